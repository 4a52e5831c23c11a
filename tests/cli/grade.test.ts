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
  scores: { tone: number; compliance: number; conversion: number | null; knowledge: number | null; total: number };
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
    expect(bad.err).toContain('turns[0].role: 应为 buyer 或 agent');

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

  describe('validates the log and its context, naming the bad field', () => {
    const turns = [{ role: 'agent', text: '亲,您好' }];
    const errorOf = async (content: string, name = 'log.json') => {
      const r = await cli(['grade', file(name, content)]);
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/\n\s+at /u);
      return r.err;
    };

    it('names a turn whose role is wrong, deep in the list', async () => {
      const log = { turns: [...GOOD.turns, { role: 'customer', text: '在吗' }] };
      expect(await errorOf(JSON.stringify(log))).toContain('turns[4].role: 应为 buyer 或 agent');
    });

    it('names a missing text and a text that is not a string', async () => {
      expect(await errorOf(JSON.stringify({ turns: [{ role: 'agent' }] }))).toContain('turns[0].text: 缺少这个字段');
      expect(await errorOf(JSON.stringify({ turns: [{ role: 'agent', text: 5 }] }))).toContain('turns[0].text: 应为文字');
    });

    it('names the line of a JSON Lines file', async () => {
      const err = await errorOf('{"role":"agent","text":"hi"}\n{"role":"buyer","text":["x"]}', 'log.jsonl');
      expect(err).toContain('line 2');
      expect(err).toContain('text: 应为文字');
    });

    it('rejects freeShipping "no" instead of reading it as true', async () => {
      expect(await errorOf(JSON.stringify({ turns, context: { freeShipping: 'no' } }))).toContain('context.freeShipping: 应为 true 或 false');
    });

    it('rejects sizes that are neither a chart nor a list of labels, and context fields it does not know', async () => {
      expect(await errorOf(JSON.stringify({ turns, context: { sizes: 'M' } }))).toContain('context.sizes');
      expect(await errorOf(JSON.stringify({ turns, context: { frees: true } }))).toContain('不认识的字段 frees');
      expect(await errorOf(JSON.stringify({ turns, context: { product: { price: '199' } } }))).toContain('context.product.price: 应为数字');
    });

    it('rejects an outcome it does not know and a date it cannot read', async () => {
      expect(await errorOf(JSON.stringify({ turns, outcome: 'won' }))).toContain('outcome: 应为 sale 或 no-sale');
      expect(await errorOf(JSON.stringify({ turns: [{ role: 'agent', text: 'hi', at: 'yesterday' }] }))).toContain('turns[0].at: 应为 ISO 时间');
    });

    it('reads epoch seconds as seconds and epoch milliseconds as milliseconds', async () => {
      const start = Date.parse('2026-03-01T10:00:00Z');
      const log = {
        turns: [
          { role: 'buyer', text: '在吗', at: start / 1000 },
          { role: 'agent', text: '亲,您好,在的哦', at: start + 20_000 },
          { role: 'buyer', text: '这个有货吗', at: '2026-03-01T10:01:00Z' },
          { role: 'agent', text: '亲,有货的哦', at: (start + 80_000) / 1000 },
        ],
      };
      const { out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);
      expect((JSON.parse(out) as GradeJson).responseTimes).toEqual({ first: 20, average: 20 });
    });
  });

  describe('scores knowledge only when the context gives shop facts', () => {
    const sizeLog = {
      turns: [
        { role: 'buyer', text: '我166cm 57公斤 平时穿M 拿哪个码' },
        { role: 'agent', text: '亲,您好~您平时穿M的话这款也拍M就可以哦' },
      ],
    };
    const chart = { chart: [{ size: 'M', height: [158, 163], weight: [47, 52] }, { size: 'L', height: [164, 169], weight: [53, 58] }] };

    it('leaves knowledge out (null, not 100) without facts', async () => {
      const { out } = await cli(['grade', file('log.json', JSON.stringify(sizeLog)), '--json']);
      const result = JSON.parse(out) as GradeJson;
      expect(result.scores.knowledge).toBeNull();
      expect(result.violations.map((v) => v.rule)).not.toContain('fact-wrong');
    });

    it('raises fact-wrong from the chart and the height and weight the buyer gave', async () => {
      const log = { ...sizeLog, context: { sizes: chart } };
      const { out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);
      const result = JSON.parse(out) as GradeJson;
      expect(result.violations).toContainEqual({ rule: 'fact-wrong', turn: 1, points: 0 });
      expect(result.turns[1]!.flags).toContainEqual(expect.objectContaining({ rule: 'fact-wrong', evidence: '说M码，尺码表给这位买家L码' }));
      expect(result.scores.knowledge).toBe(75);
    });

    it('prints the claim, the fact and a better reply in the text report', async () => {
      const log = { ...sizeLog, context: { sizes: chart } };
      const { out } = await cli(['grade', file('log.json', JSON.stringify(log))]);
      expect(out).toContain('商品知识 75');
      expect(out).toContain('第2条：说M码，尺码表给这位买家L码');
      expect(out).toContain('更好的说法：亲，按尺码表您166cm、57kg穿L码');
    });

    it('gives 100 when every claim holds', async () => {
      const log = { turns: [{ role: 'agent', text: '亲,您好,这款是包邮的哦' }], context: { shipping: { freeShipping: true } } };
      const { out } = await cli(['grade', file('log.json', JSON.stringify(log)), '--json']);
      expect((JSON.parse(out) as GradeJson).scores.knowledge).toBe(100);
    });
  });

  describe('honours context.floor', () => {
    const sale = (price: number) => ({
      turns: [
        { role: 'buyer', text: '能便宜点吗' },
        { role: 'agent', text: `亲,您好,给您${price}元可以哦` },
        { role: 'buyer', text: '好的我拍了' },
        { role: 'agent', text: '感谢您的支持,祝您生活愉快哦' },
      ],
      outcome: 'sale',
      context: { price: 199, floor: 179 },
    });

    it('scores conversion 0 for a sale below the floor', async () => {
      const { out } = await cli(['grade', file('log.json', JSON.stringify(sale(169))), '--json']);
      const result = JSON.parse(out) as GradeJson;
      expect(result.scores.conversion).toBe(0);
      expect(result.violations.map((v) => v.rule)).toContain('fact-wrong');
    });

    it('scores a sale at the floor as a sale', async () => {
      const { out } = await cli(['grade', file('log.json', JSON.stringify(sale(179))), '--json']);
      expect((JSON.parse(out) as GradeJson).scores.conversion).toBe(80);
    });
  });
});
