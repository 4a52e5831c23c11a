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
