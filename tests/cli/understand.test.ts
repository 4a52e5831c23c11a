import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';


const cli = runCli;

describe('peilian understand', () => {
  it('--json prints text, moves, entities and flags', async () => {
    const { code, out } = await cli(['understand', '活动商品不提供发票的', '--json']);

    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      text: '活动商品不提供发票的',
      moves: [],
      entities: {},
      flags: [{ rule: 'invoice-refuse', points: 6, evidence: expect.stringContaining('发票') }],
    });
  });

  it('uses --context to turn a cut into an offered price', async () => {
    const { out } = await cli(['understand', '那我给您便宜8块', '--json', '--context', '{"price":168}']);

    expect(JSON.parse(out)).toMatchObject({ moves: ['offer-discount'], entities: { price: 160, discount: 8 } });
  });

  it('reads one reply per line from stdin and writes one JSON result per line', async () => {
    const { code, out } = await cli(['understand'], '亲,您好\n\n我保证后天一定到货\n');

    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l) as { text: string; moves: string[]; flags: Array<{ rule: string }> });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: '亲,您好', moves: ['greet'] });
    expect(lines[1]!.flags.map((f) => f.rule)).toEqual(['ship-promise']);
  });

  it('reads a short answer after the buyer\'s line given with --buyer', async () => {
    const { code, out } = await cli(['understand', '开不了哦', '--buyer', '能开发票吗', '--json']);

    expect(code).toBe(0);
    const u = JSON.parse(out) as { flags: Array<{ rule: string }>; answers: unknown };
    expect(u.flags.map((f) => f.rule)).toEqual(['invoice-refuse']);
    expect(u.answers).toEqual([{ topic: 'invoice', polarity: 'no' }]);
  });

  it('reads stdin lines as plain text or {"text","buyer"} objects', async () => {
    const input = ['是的亲', JSON.stringify({ text: '是的亲', buyer: '这个是纯棉的吗' }), JSON.stringify({ text: '可以的' })].join('\n');
    const { code, out } = await cli(['understand'], input);

    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l) as { text: string; moves: string[] });
    expect(lines.map((l) => l.text)).toEqual(['是的亲', '是的亲', '可以的']);
    expect(lines[0]!.moves).not.toContain('product-info');
    expect(lines[1]!.moves).toEqual(['product-info']);
  });

  it('rejects a JSON stdin line without a text, naming the line', async () => {
    const { code, err } = await cli(['understand'], '好的\n{"buyer":"能开发票吗"}\n');

    expect(code).toBe(2);
    expect(err).toContain('line 2');
  });

  it('prints a readable summary without --json', async () => {
    const { out } = await cli(['understand', '刷信用卡的话手续费您来出哦']);

    expect(out).toContain('card-fee');
    expect(out).toContain('扣6分');
  });

  it('exits 2 on an unknown option or a bad --context', async () => {
    expect((await cli(['understand', '你好', '--nope'])).code).toBe(2);
    expect((await cli(['understand', '你好', '--context', 'not json'])).code).toBe(2);
  });
});
