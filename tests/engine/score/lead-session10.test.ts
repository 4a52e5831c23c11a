// Session 10, the lead's fixes from a blind tester's plays (player10): postage named in an after-sales
// chat is a return's, whatever her state has declared of the case yet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { shopContext } from '@/engine/score/reply-context';
import type { Scenario } from '@/engine/scenario/schema';

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const REFUND = load('refund-dispute');

describe('postage in an after-sales chat', () => {
  it('is a return\'s, not the 包邮 goods\' outbound postage, before any state names the case', () => {
    // opening → dispute-filed: no state on the way declares afterSale.
    const chat = playScript(REFUND, ['你好', '退不了', '运费你自己出 爱寄不寄'], { seed: 1, variant: 'hard' });
    const rules = score(chat, REFUND).violations.filter((v) => v.turn === 5).map((v) => v.rule);
    expect(rules).not.toContain('freeship-breach');
    expect(rules).toContain('tone-cold');
  });

  it('marks the context of a 售后 buyer only', () => {
    expect(shopContext(REFUND).afterSales).toBe(true);
    expect(shopContext(load('price-haggle')).afterSales).toBeUndefined();
  });
});

describe('a price said in the haggle, read against the shop (player10)', () => {
  it('a bare figure answering the price she puts is an offer at that figure, checked against the floor', async () => {
    const { understand } = await import('@/engine/understand/understand');
    const { context } = await import('../knowledge/shop');
    const C = context('comparison-shopper');
    const below = understand('249吧 不能再少了', { ...C, buyer: '再少点 259行不' });
    expect(below.moves).toContain('offer-discount');
    expect(below.flags.map((f) => f.fact?.claim)).toContain('报价249元');
    const list = understand('299 不能再少了', { ...C, buyer: '再少点 259行不' });
    expect(list.moves).toContain('hold-price');
    expect(list.flags.filter((f) => f.rule === 'fact-wrong')).toEqual([]);
  });

  it('the other shop\'s price she named, said back, is no offer of ours; matched, it is', async () => {
    const { understand } = await import('@/engine/understand/understand');
    const { context } = await import('../knowledge/shop');
    const C = context('comparison-shopper');
    const buyer = '别家239 你们299 凭啥?说不出来我就买那家了';
    expect(understand('嫌贵就去买239的呗 那家就是卖翻新货的', { ...C, buyer }).flags.map((f) => f.rule)).not.toContain('fact-wrong');
    expect(understand('我们也可以239给您', { ...C, buyer }).flags.map((f) => f.rule)).toContain('fact-wrong');
  });
});

describe('a price asked to be paid off the platform (player10)', () => {
  it('is checked against the floor as any offer is: 转我175就行 under 179', async () => {
    const { understand } = await import('@/engine/understand/understand');
    const { context } = await import('../knowledge/shop');
    const u = understand('行 加我vx lin8899 转我175就行', { ...context('price-haggle'), buyer: '私下转账便宜点呗' });
    expect(u.flags.map((f) => f.rule)).toEqual(expect.arrayContaining(['off-platform', 'fact-wrong']));
    expect(u.entities.price).toBe(175);
  });
});
