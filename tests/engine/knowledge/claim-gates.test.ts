// The knowledge claims skip a clause that holds no character of a pattern's gate
// (required-chars.ts); a gate may only skip clauses its pattern cannot match.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GATED_LOGISTICS_PATTERNS } from '@/engine/knowledge/claims-logistics';
import { GATED_OFFER_PATTERNS } from '@/engine/knowledge/claims-offer';
import { GATED_PRODUCT_PATTERNS } from '@/engine/knowledge/claims-product';
import { splitClauses } from '@/engine/understand/clauses';
import { parseLabelled } from '@/engine/understand/evaluate';
import { normalize } from '@/engine/understand/normalize';
import { gateOfPatterns, mayMatch } from '@/engine/understand/required-chars';

const PATTERNS = [...GATED_OFFER_PATTERNS, ...GATED_PRODUCT_PATTERNS, ...GATED_LOGISTICS_PATTERNS];

describe('the knowledge claims\' character gates', () => {
  it('gives a case-insensitive pattern no gate', () => {
    expect(gateOfPatterns([/顺丰|sf/iu])).toBeNull();
    expect(gateOfPatterns([/顺丰|sf/u])).not.toBeNull();
  });

  it('gives every gated claim pattern a gate', () => {
    for (const pattern of PATTERNS) expect(gateOfPatterns([pattern]), pattern.source).not.toBeNull();
  });

  it('never rules out a clause of a labelled reply that a claim pattern matches', () => {
    const dir = 'tests/eval/tuning';
    const clauses = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelled(readFileSync(`${dir}/${f}`, 'utf8')))
      .flatMap((r) => splitClauses(normalize(r.text)).map((c) => c.text));
    const wronglyRuledOut: string[] = [];
    let ruledOut = 0;

    for (const pattern of PATTERNS) {
      const gate = gateOfPatterns([pattern]);
      const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      for (const text of clauses) {
        if (mayMatch(gate, text)) continue;
        ruledOut++;
        if (re.test(text)) wronglyRuledOut.push(`${pattern.source.slice(0, 40)} on ${text}`);
      }
    }

    expect(wronglyRuledOut).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
  }, 60_000);
});
