import { describe, expect, it, vi } from 'vitest';
import { newId } from '@/db/ids';
import { IdSchema } from '@/server/api-contract';

describe('record ids', () => {
  it('are UUID v4 shaped, unique, and valid session ids for the team server', () => {
    const ids = Array.from({ length: 2000 }, () => newId());

    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('need no secure context (crypto.randomUUID is absent on a LAN address)', () => {
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new Error('crypto.randomUUID is only available in secure contexts');
    });

    expect(newId()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
