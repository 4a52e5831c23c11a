// The two-labeller figure: the second labeller's labels are scored against the writer's, matched
// by file and text; a reply whose text the tuning file no longer holds is left out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, loadSecond } from '../../scripts/agreement';

describe('agreement', () => {
  it('scores the second labeller against the writer, per kind, and names where they part', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peilian-agree-'));
    writeFileSync(join(dir, 'w.jsonl'), [
      JSON.stringify({ text: '亲,有货的,今天拍明天发', moves: ['product-info', 'shipping-info'], flags: [] }),
      JSON.stringify({ text: '开不了发票', moves: [], flags: ['invoice-refuse'] }),
    ].join('\n'));
    const second = join(dir, 'second.jsonl');
    writeFileSync(second, [
      JSON.stringify({ file: 'w.jsonl', text: '亲,有货的,今天拍明天发', moves: ['product-info', 'shipping-info', 'explain-policy'], flags: [] }),
      JSON.stringify({ file: 'w.jsonl', text: '开不了发票', moves: [], flags: [] }),
      JSON.stringify({ file: 'w.jsonl', text: '这句已不在文件里', moves: ['greet'], flags: [] }),
    ].join('\n'));

    const a = agreement(loadSecond(second), dir);

    expect(a.replies).toBe(2);
    expect(a.moves.precision).toBeCloseTo(2 / 3);
    expect(a.moves.recall).toBe(1);
    expect(a.flags.recall).toBe(0);
    expect(a.apart).toEqual(expect.arrayContaining([['explain-policy', 1, 0], ['invoice-refuse', 0, 1]]));
  });

  it('the shipped second labeller matches replies still in the tuning sets', () => {
    const a = agreement(loadSecond('tests/eval/agreement/second-labeller.jsonl'), 'tests/eval/tuning');
    expect(a.replies).toBeGreaterThanOrEqual(290);
  });
});
