import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';


const cli = runCli;

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'peilian-grade-')), name);
  writeFileSync(path, content);
  return path;
}

interface GradeJson {
  turns: Array<{ index: number; role: string; text: string; moves: string[]; flags: Array<{ rule: string }> }>;
  violations: Array<{ rule: string; turn: number; points: number }>;
  scores: { tone: number; compliance: number; conversion: number | null; total: number };
  passed: boolean;
  responseTimes?: { first?: number; average?: number };
}

const GOOD = {
  turns: [
    { role: 'buyer', text: '在吗,这件有M码吗' },
    { role: 'agent', text: '亲,您好~M码有货的哦' },
    { role: 'buyer', text: '好的我拍了' },
    { role: 'agent', text: '感谢您的支持,祝您生活愉快哦' },
  ],
};

describe('peilian grade', () => {
  it('--json grades a JSON chat log with turn indexes into the input', async () => {
    const log = { turns: [...GOOD.turns.slice(0, 2), { role: 'buyer', text: '能开发票吗' }, { role: 'agent', text: '活动商品不开发票的哦' }] };

    const { code, out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);

    expect(code).toBe(0);
    const result = JSON.parse(out) as GradeJson;
    expect(result.turns.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(result.violations).toContainEqual({ rule: 'invoice-refuse', turn: 3, points: 6 });
    expect(result.passed).toBe(false);
  });

  it('passes a polite chat and leaves conversion out when nothing says how it ended', async () => {
    const { out } = await cli(['grade', file('log.json', JSON.stringify(GOOD)), '--json']);

    const result = JSON.parse(out) as GradeJson;
    expect(result.violations).toEqual([]);
    expect(result.scores.conversion).toBeNull();
    expect(result.scores.total).toBeGreaterThanOrEqual(80);
    expect(result.passed).toBe(true);
  });

  it('reads JSON Lines of turns and times replies given as ISO strings or epoch ms', async () => {
    const lines = [
      { role: 'buyer', text: '在吗', at: '2026-03-01T10:00:00Z' },
      { role: 'agent', text: '亲,您好,在的哦', at: Date.parse('2026-03-01T10:01:00Z') },
    ].map((t) => JSON.stringify(t));

    const { code, out } = await cli(['grade', file('log.jsonl', lines.join('\n')), '--json']);

    expect(code).toBe(0);
    const result = JSON.parse(out) as GradeJson;
    expect(result.responseTimes).toEqual({ first: 60, average: 60 });
    expect(result.violations.map((v) => v.rule)).toEqual(['resp-first', 'resp-avg']);
  });

  it('reads each agent turn after the buyer turns before it', async () => {
    const log = {
      turns: [
        { role: 'buyer', text: '你好' },
        { role: 'buyer', text: '能开发票吗' },
        { role: 'agent', text: '亲,您好~开不了哦' },
        { role: 'buyer', text: '这个是纯棉的吗' },
        { role: 'agent', text: '亲稍等' },
        { role: 'agent', text: '是的亲' },
      ],
    };

    const { out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);

    const result = JSON.parse(out) as GradeJson;
    expect(result.violations).toContainEqual({ rule: 'invoice-refuse', turn: 2, points: 6 });
    // The buyer's question holds over the agent's two turns in a row.
    expect(result.turns[5]!.moves).toEqual(['product-info']);
  });

  it('applies the shop context of the file', async () => {
    const log = { turns: [{ role: 'agent', text: '亲,您好,偏远地区要加运费哦' }], context: { freeShipping: false } };

    const { out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);

    expect((JSON.parse(out) as GradeJson).violations).toEqual([]);
  });

  it('prints a readable report without --json', async () => {
    const { out } = await cli(['grade', file('log.json', JSON.stringify(GOOD))]);

    expect(out).toContain('总分');
    expect(out).toContain('结果：及格');
  });

  it('exits 1 with a clear message on a bad file', async () => {
    const bad = await cli(['grade', file('log.json', '{"turns":[{"role":"shop","text":"hi"}]}')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"role" must be "buyer" or "agent"');

    const notJson = await cli(['grade', file('log.jsonl', '{"role":"agent","text":"hi"}\nnot json')]);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('line 2');

    const missing = await cli(['grade', '/nonexistent/log.json']);
    expect(missing.code).toBe(1);
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli(['grade'])).code).toBe(2);
    expect((await cli(['grade', 'a.json', '--pass-mark', 'x'])).code).toBe(2);
  });
});
