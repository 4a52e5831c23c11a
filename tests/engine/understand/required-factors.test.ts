import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import movesData from '@/engine/lexicon/moves.json';
import flagsData from '@/engine/lexicon/flags.json';
import { splitClauses } from '@/engine/understand/clauses';
import { parseLabelled } from '@/engine/understand/evaluate';
import { normalize } from '@/engine/understand/normalize';
import { factorsOf, mayHold } from '@/engine/understand/required-factors';

const GROUPS = ['patterns', 'weak', 'firm', 'exclude', 'excludeReply', 'replyPatterns', 'replyFirm', 'curt'] as const;
const sorted = (f: readonly string[] | null) => (f ? [...f].sort() : f);

describe('the required-word gate', () => {
  it('requires a word every match holds, past optional parts and lookarounds', () => {
    expect(sorted(factorsOf('(亲亲|亲)?在(的|滴|哒)(哦|呢|$)'))).toEqual(['在哒', '在滴', '在的']);
    expect(sorted(factorsOf('不(?!用)能退'))).toEqual(['不能退']);
    expect(sorted(factorsOf('保证[^,]{0,10}(到|送达)'))).toEqual(['保证']);
  });

  it('takes the fewest words of a run of exact parts, then joins the alternatives', () => {
    expect(sorted(factorsOf('(能|可以|非常)理解'))).toEqual(['理解']);
    expect(sorted(factorsOf('(不能|没法)退|包邮'))).toEqual(['不能退', '包邮', '没法退']);
    expect(sorted(factorsOf('[的滴]哦'))).toEqual(['滴哦', '的哦']);
  });

  it('gives no words when a branch may match without one, or holds only single characters', () => {
    expect(factorsOf('您好|^.{0,2}$')).toBeNull();
    expect(factorsOf('(好)+的?')).toBeNull();
    expect(factorsOf('退(款)?')).toBeNull();
    expect(factorsOf('(a)\\1')).toBeNull();
    expect(mayHold(null, '')).toBe(true);
  });

  it('reads a quantifier after a repeated or optional group as it is', () => {
    expect(factorsOf('(亲亲)*在的')).toEqual(['在的']);
    expect(sorted(factorsOf('(亲亲){1,2}在'))).toEqual(['亲亲']);
    expect(sorted(factorsOf('x(亲亲)?y'))).toEqual(['xy', 'x亲亲y']);
  });

  // Every pattern over every labelled reply: it grows with the sets, so it gets its own time.
  it('never rules out a labelled reply, nor its joined clauses, that a lexicon pattern matches', { timeout: 120_000 }, () => {
    const dir = 'tests/eval/tuning';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelled(readFileSync(`${dir}/${f}`, 'utf8')).map((r) => normalize(r.text)));
    const entries = [...Object.values(movesData), ...Object.values(flagsData)] as Array<Record<string, unknown>>;
    let ruledOut = 0;
    // Collected, then asserted once: an expect() per (pattern, reply) pair took minutes.
    const wronglyRuledOut: string[] = [];
    const joined = texts.map((t) => splitClauses(t).map((c) => c.text).join('\n'));

    for (const entry of entries) {
      for (const group of GROUPS) {
        for (const source of (entry[group] as string[] | undefined) ?? []) {
          const factors = factorsOf(source);
          if (factors === null) continue;
          const re = new RegExp(`(?:${source})`, 'mu');
          texts.forEach((text, i) => {
            if (mayHold(factors, text)) return;
            ruledOut++;
            if (re.test(text) || re.test(joined[i]!)) wronglyRuledOut.push(`${group} ${source.slice(0, 60)} on ${text}`);
          });
        }
      }
    }

    expect(wronglyRuledOut).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
  });
});
