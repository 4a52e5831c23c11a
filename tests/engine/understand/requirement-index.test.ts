import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import movesData from '@/engine/lexicon/moves.json';
import flagsData from '@/engine/lexicon/flags.json';
import { splitClauses } from '@/engine/understand/clauses';
import { parseLabelled } from '@/engine/understand/evaluate';
import { normalize } from '@/engine/understand/normalize';
import { gateOf, mayMatch } from '@/engine/understand/required-chars';
import { factorsOf, mayHold } from '@/engine/understand/required-factors';
import { NO_REQUIREMENT, RequirementIndex } from '@/engine/understand/requirement-index';

const GROUPS = ['patterns', 'weak', 'firm', 'exclude', 'excludeReply', 'replyPatterns', 'replyFirm', 'curt'] as const;

describe('the requirement index', () => {
  it('passes a text that holds one of the gate characters and one of the words', () => {
    const index = new RequirementIndex();
    const id = index.register(Uint16Array.from('到送', (c) => c.charCodeAt(0)), ['保证', '一定会']);

    expect(index.passes(id, '我保证明天到')).toBe(true);
    expect(index.passes(id, '一定会送')).toBe(true);
    expect(index.passes(id, '我保证明天发')).toBe(false);
    expect(index.passes(id, '一定明天到')).toBe(false);
    expect(index.passes(id, '')).toBe(false);
  });

  it('passes everything for a requirement with neither check, and one check alone when the other is unknown', () => {
    const index = new RequirementIndex();
    const words = index.register(null, ['包邮']);
    const chars = index.register(Uint16Array.of('退'.charCodeAt(0)), null);

    expect(index.register(null, null)).toBe(NO_REQUIREMENT);
    expect(index.passes(NO_REQUIREMENT, '')).toBe(true);
    expect(index.passes(words, '顺丰包邮')).toBe(true);
    expect(index.passes(words, '包 邮')).toBe(false);
    expect(index.passes(chars, '可以退')).toBe(true);
    expect(index.passes(chars, '可以换')).toBe(false);
  });

  it('finds a word at the end of the text, one beyond the BMP, and words sharing their first two characters', () => {
    const index = new RequirementIndex();
    const a = index.register(null, ['好评返', '好评有']);
    const b = index.register(null, ['好评']);
    const emoji = index.register(null, ['😊😊']);

    expect(index.passes(a, '给个好评有')).toBe(true);
    expect(index.passes(b, '给个好评有')).toBe(true);
    expect(index.passes(a, '给个好评')).toBe(false);
    expect(index.passes(b, '给个好评')).toBe(true);
    expect(index.passes(emoji, '谢谢😊😊')).toBe(true);
    expect(index.passes(emoji, '谢谢😊')).toBe(false);
  });

  it('reads a text again after a requirement is registered', () => {
    const index = new RequirementIndex();
    const first = index.register(null, ['发票']);

    expect(index.passes(first, '可以开发票')).toBe(true);
    const second = index.register(null, ['开发']);
    expect(index.passes(second, '可以开发票')).toBe(true);
    expect(index.passes(first, '可以开发票')).toBe(true);
  });

  // Every pattern over every tuning reply: it grows with the sets, so it gets its own time.
  it('gives what the gate and the words give one by one, for every lexicon pattern and group over every tuning reply', { timeout: 120_000 }, () => {
    const dir = 'tests/eval/tuning';
    const replies = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelled(readFileSync(`${dir}/${f}`, 'utf8')).map((r) => normalize(r.text)));
    // The clauses too: the matcher checks pieces of a reply as well as the whole. Each distinct
    // text once (a fifth are repeats, short clauses most): the answer for a text is the same.
    const texts = [...new Set([...replies, ...replies.flatMap((t) => splitClauses(t).map((c) => c.text))])];
    const index = new RequirementIndex();
    const checks: Array<{ id: number; gate: ReturnType<typeof gateOf>; words: ReturnType<typeof factorsOf>; what: string }> = [];
    const entries = [...Object.values(movesData), ...Object.values(flagsData)] as Array<Record<string, unknown>>;
    for (const entry of entries) {
      for (const group of GROUPS) {
        const sources = (entry[group] as string[] | undefined) ?? [];
        if (sources.length === 0) continue;
        // Each pattern alone, and the group as one alternation (the words of all its patterns).
        const perPattern = sources.map((s) => ({ gate: gateOf([s]), words: factorsOf(s), what: `${group} ${s.slice(0, 40)}` }));
        const all = perPattern.every((p) => p.words !== null) ? [...new Set(perPattern.flatMap((p) => p.words!))] : null;
        for (const c of [...perPattern, { gate: gateOf(sources), words: all, what: `${group} (all)` }]) {
          checks.push({ id: index.register(c.gate, c.words), ...c });
        }
      }
    }
    const wrong: string[] = [];
    let passed = 0;
    let ruledOut = 0;
    for (const text of texts) {
      for (const c of checks) {
        const expected = mayMatch(c.gate, text) && mayHold(c.words, text);
        const got = index.passes(c.id, text);
        if (got !== expected) wrong.push(`${c.what} on ${text}: ${got}`);
        if (got) passed++;
        else ruledOut++;
      }
    }

    expect(wrong).toEqual([]);
    expect(checks.length).toBeGreaterThan(500);
    expect(passed).toBeGreaterThan(0);
    expect(ruledOut).toBeGreaterThan(passed);
  });
});
