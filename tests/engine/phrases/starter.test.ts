// Every starter phrase is a reply the scorer would accept: understand() raises no flag on it,
// alone, as a first reply, and (for the after-sale ones) to an upset buyer. A phrase that broke
// a rule would teach the trainee the very thing the report takes points for.
import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { PHRASE_CATEGORIES, STARTER_PHRASES } from '@/engine/phrases/starter';

describe('the starter 话术库', () => {
  it('covers 售前, 售中, 售后 and 主动营销 with unique ids and distinct texts', () => {
    for (const c of PHRASE_CATEGORIES) expect(STARTER_PHRASES.filter((p) => p.category === c).length).toBeGreaterThanOrEqual(4);
    expect(new Set(STARTER_PHRASES.map((p) => p.id)).size).toBe(STARTER_PHRASES.length);
    expect(new Set(STARTER_PHRASES.map((p) => p.text)).size).toBe(STARTER_PHRASES.length);
  });

  it.each(STARTER_PHRASES.map((p) => [p.id, p.text] as const))('%s breaks no rule', (_id, text) => {
    expect(understand(text).flags).toEqual([]);
  });

  it('the greeting is a proper first reply and the comfort phrase answers an upset buyer', () => {
    const greet = STARTER_PHRASES.find((p) => p.id === 'pre-greet')!;
    expect(understand(greet.text, { firstReply: true }).flags).toEqual([]);
    const comfort = STARTER_PHRASES.find((p) => p.id === 'after-empathy')!;
    const read = understand(comfort.text, { buyerUpset: true, buyer: '什么破快递,一个星期了还没到!' });
    expect(read.flags).toEqual([]);
    expect(read.moves).toContain('empathize');
  });

  it('names no way off the platform and promises no fixed arrival', () => {
    for (const p of STARTER_PHRASES) {
      expect(p.text).not.toMatch(/微信|QQ|vx|加我|转账|保证.{0,4}到|明天.{0,2}到|包到/iu);
    }
  });
});
