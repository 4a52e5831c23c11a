import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '@/engine/scenario/load';
import { score } from '@/engine/score/score';
import type { Transcript, Turn } from '@/engine/transcript';
import { understand } from '@/engine/understand/understand';
import { MOVES, OUTCOME_KINDS, RULE_IDS } from '@/engine/vocabulary';

// Replies as people type them: Chinese, emoji, HTML, control characters, very long lines.
const reply = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('亲,您好~', '不开发票', '<script>alert(1)</script>发票', '\u0000\u0007\u001b[31m', '😊😊😊!!!???', '１２３ＡＢＣ', '親,這款'),
  fc.string({ unit: fc.constantFrom('亲', '不', '发', '票', '微', '信', '一', '百', '十', '块', '折', '!', '~', '😊', ' ', 'a'), minLength: 0, maxLength: 400 }),
);

const turn: fc.Arbitrary<Turn> = fc.record(
  { role: fc.constantFrom('buyer' as const, 'agent' as const), text: reply, at: fc.integer({ min: 0, max: 10_000_000 }), upset: fc.boolean() },
  { requiredKeys: ['role', 'text'] },
);

const transcript: fc.Arbitrary<Transcript> = fc.record({
  turns: fc.array(turn, { maxLength: 12 }),
  outcome: fc.constantFrom(null, ...OUTCOME_KINDS),
  lowestOffer: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
});

describe('understand on any input', () => {
  it('never throws and returns only vocabulary moves and rule ids', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const u = understand(text, { price: 168, firstReply: true, buyerUpset: true });
        expect(u.moves.every((m) => (MOVES as readonly string[]).includes(m))).toBe(true);
        expect(u.flags.every((f) => (RULE_IDS as readonly string[]).includes(f.rule))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 10,000-character reply', () => {
    const text = '亲,您好😊<b>不开发票</b>\u0000'.repeat(600).slice(0, 10_000);

    const u = understand(text);

    expect(u.text).toHaveLength(10_000);
    expect(u.flags.map((f) => f.rule)).toContain('invoice-refuse');
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(reply, (text) => {
        expect(understand(text, { price: 99 })).toEqual(understand(text, { price: 99 }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('score on any transcript', () => {
  it('never throws and keeps every score within 0..100', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const { scores } = score(t);
        for (const value of Object.values(scores)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        expect(score(t)).toEqual(score(t));
      }),
      { numRuns: 100 },
    );
  });

  it('fails every transcript with a platform violation', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const result = score(t);
        if (result.pointsDeducted > 0) expect(result.passed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('knowledge on any transcript of a built-in buyer', () => {
  const file = 'scenarios/size-question.yaml';
  const scenario = loadScenario(readFileSync(file, 'utf8'), file).scenario;
  // Replies built from the words claims are made of: sizes, prices, stock, couriers, materials, postage.
  const claimy = fc.array(
    fc.constantFrom('建议拍', 'M', 'L', 'XL', '码', '有货', '没货', '只剩3件', '送您', '围巾', '中通', '韵达', '纯棉', '包邮', '新疆', '运费您自己出', '退', '99元', '15天无理由', '货到付款', '可以', '不', ',', '亲'),
    { maxLength: 12 },
  ).map((parts) => parts.join(''));

  it('stays within 0..100, is 100 less 25 per wrong fact, and never throws', () => {
    fc.assert(
      fc.property(fc.array(claimy, { maxLength: 6 }), (replies) => {
        const turns: Turn[] = replies.flatMap((text) => [{ role: 'buyer' as const, text: '在吗' }, { role: 'agent' as const, text }]);
        const result = score({ turns, outcome: null }, scenario);
        const wrong = result.violations.filter((v) => v.rule === 'fact-wrong').length;
        expect(result.scores.knowledge).toBe(Math.max(0, 100 - 25 * wrong));
        for (const v of result.violations.filter((x) => x.rule === 'fact-wrong')) expect(v.evidence).toMatch(/^(说|答|报价).+，.+/u);
      }),
      { numRuns: 150 },
    );
  });
});
