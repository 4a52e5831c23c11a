import { describe, expect, it } from 'vitest';
import { scenarioHash } from '@/engine/scenario/content-hash';
import { miniHaggle } from './fixtures';

describe('scenario content hash', () => {
  it('is the same for the same content, whatever the key order, and changes with any edit', () => {
    const a = miniHaggle();
    const reordered = Object.fromEntries(Object.entries(miniHaggle()).reverse()) as typeof a;
    const edited = miniHaggle();
    edited.shop.product.price += 1;

    expect(scenarioHash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioHash(reordered)).toBe(scenarioHash(a));
    expect(scenarioHash(edited)).not.toBe(scenarioHash(a));
  });
});
