import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import movesData from '@/engine/lexicon/moves.json';
import flagsData from '@/engine/lexicon/flags.json';
import { parseLabelled } from '@/engine/understand/evaluate';
import { normalize } from '@/engine/understand/normalize';
import { gateOf, mayMatch } from '@/engine/understand/required-chars';

const GROUPS = ['patterns', 'weak', 'firm', 'exclude', 'excludeReply', 'replyPatterns', 'replyFirm', 'curt'] as const;

describe('the required-character gate', () => {
  it('requires a character every match holds, skipping optional parts', () => {
    const gate = gateOf(['(亲亲|亲)?在(的|滴|哒)']);

    expect(gate && String.fromCharCode(...gate)).toBe('在');
  });

  it('unions the characters of alternatives', () => {
    const gate = gateOf(['(不能|没法)退', '包邮|顺丰']);

    expect(new Set(gate && String.fromCharCode(...gate))).toEqual(new Set('退包顺'));
  });

  it('gives no gate when a branch may match without a literal character', () => {
    expect(gateOf(['您好|^.{0,2}$'])).toBeNull();
    expect(gateOf(['(?=退)[退换]'])).toBeNull();
  });

  it('never rules out a labelled reply that a lexicon pattern matches', () => {
    const dir = 'tests/eval/tuning';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelled(readFileSync(`${dir}/${f}`, 'utf8')).map((r) => normalize(r.text)));
    const entries = [...Object.values(movesData), ...Object.values(flagsData)] as Array<Record<string, unknown>>;
    let ruledOut = 0;
    // Collected, then asserted once: an expect() (and its message) per (group, reply) pair cost
    // most of this test's time.
    const wronglyRuledOut: string[] = [];

    for (const entry of entries) {
      for (const group of GROUPS) {
        const sources = entry[group] as string[] | undefined;
        const gate = gateOf(sources);
        if (!sources || gate === null) continue;
        const re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
        for (const text of texts) {
          if (mayMatch(gate, text)) continue;
          ruledOut++;
          if (re.test(text)) wronglyRuledOut.push(`${group} ${re.source.slice(0, 60)} on ${text}`);
        }
      }
    }

    expect(wronglyRuledOut).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
    // Every pattern against every labelled reply: slow on a shared machine, not a speed check.
  }, 120_000);
});
