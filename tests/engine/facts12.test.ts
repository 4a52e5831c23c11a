// Session 12 (facts12): the knowledge score and the report's better phrasings in play.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { understand } from '@/engine/understand/understand';
import { context } from './knowledge/shop';

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}

const facts = (u: ReturnType<typeof understand>) => u.flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.claim);

describe('a yes to her proposed price or remedy is an offer of it (item 1)', () => {
  const HAGGLE = context('price-haggle');
  const COMPLAINT = context('complaint');
  const REFUND = context('refund-dispute');

  it('a yes to her price below the floor is an offer below it: fact-wrong', () => {
    const u = understand('可以', { ...HAGGLE, buyer: '159卖不卖 不卖我走了' });
    expect(u.moves).toContain('offer-discount');
    expect(u.entities.price).toBe(159);
    expect(facts(u)).toEqual(['报价159元']);
    expect(facts(understand('可以', { ...context('comparison-shopper'), buyer: '再少点 259行不' }))).toEqual(['报价259元']);
  });

  it('a yes to her cut within the floor is an offer-discount, no fact-wrong; cut again from the offer made', () => {
    const u = understand('能的', { ...HAGGLE, buyer: '再少20行吗' });
    expect(u.moves).toEqual(['offer-discount']);
    expect(u.entities.price).toBe(179);
    expect(facts(u)).toEqual([]);
    // 再少十块 after 189 was offered: 179, at the floor.
    const again = understand('行', { ...HAGGLE, buyer: '那再少十块呗 凑个整我马上拍', offered: 189 });
    expect(again.entities.price).toBe(179);
    expect(facts(understand('可以的亲', { ...HAGGLE, buyer: '那再少十块呗', offered: 179 }))).toEqual(['报价169元']);
  });

  it('我说了算 / 能的 after 50块你说了算吗 promises the 50: over the shop\'s range', () => {
    for (const [reply, buyer] of [['我说了算', '50块你说了算吗?别随口答应 回头不认'], ['能的', '补50?你做得了主吗 别到时候又说不算数'], ['可以的', '真给50?先问清楚能不能给 再跟我说']]) {
      const u = understand(reply!, { ...COMPLAINT, buyer: buyer! });
      expect(u.moves).toContain('offer-compensation');
      expect(u.entities.amount).toBe(50);
      expect(facts(u)).toEqual(['说补偿50元，超出了客服能给的范围']);
    }
    expect(facts(understand('可以的', { ...REFUND, buyer: '50块你说了算吗?先问清楚再答应我' }))).toEqual(['说补偿50元，超出了客服能给的范围']);
    // Within the range the yes is an offer the shop makes.
    const ok = understand('可以', { ...COMPLAINT, buyer: '补10?你做得了主吗' });
    expect(ok.moves).toContain('offer-compensation');
    expect(facts(ok)).toEqual([]);
  });

  it('a yes to a coupon or a gift she names is checked against the shop\'s coupons and gifts', () => {
    const wrong = understand('可以', { ...HAGGLE, buyer: '给个20的券行吗' });
    expect(wrong.moves).toContain('offer-gift');
    expect(facts(wrong)).toEqual(['说有20元券']);
    expect(facts(understand('可以', { ...HAGGLE, buyer: '给个10元券行吗' }))).toEqual([]);
    expect(facts(understand('好的', { ...HAGGLE, buyer: '送个毯子呗' }))).toEqual(['说送毯子']);
    expect(facts(understand('好的', { ...HAGGLE, buyer: '送个抱枕套呗' }))).toEqual([]);
    expect(facts(understand('可以', { ...COMPLAINT, buyer: '给张20的券行吗' }))).toEqual(['说有20元券']);
  });

  it('a bare no to her price holds it; a reply with its own figure or a no is read as it is', () => {
    expect(understand('不行哦', { ...HAGGLE, buyer: '159卖不卖 不卖我走了' }).moves).toEqual(['hold-price']);
    expect(understand('可以，189给您', { ...HAGGLE, buyer: '159卖不卖' }).entities.price).toBe(189);
    expect(understand('好的', { ...HAGGLE, buyer: '发中通吗' }).granted).toBeUndefined();
  });
});

describe('the size claim\'s better phrasing quotes what she has said in the chat (item 2)', () => {
  const SIZE = context('size-question');
  const better = (u: ReturnType<typeof understand>) => u.flags.find((f) => f.rule === 'fact-wrong')?.fact?.better;

  it('her height from an earlier line is quoted, not 您的身高体重', () => {
    // She said 166 in her opening; the reply answers a later line with no figure in it.
    const u = understand('建议您拿S码哦', { ...SIZE, buyer: '在的话帮我看看尺码呗', told: { height: 166 }, buyerFacts: { height: 166 } });
    expect(better(u)).toContain('您166cm穿L码');
    expect(better(u)).not.toContain('身高体重');
  });

  it('with nothing said, the better phrasing asks for her height and weight instead of stating a size', () => {
    // A log's context knows her measures, but she has said none in the chat.
    const u = understand('建议您拿S码哦', { ...SIZE, buyer: '拿哪个码', buyerFacts: { height: 166, weight: 57 } });
    expect(better(u)).toMatch(/告诉我您的身高和体重/u);
    expect(better(u)).not.toMatch(/[SML]码正合适/u);
  });

  it('in play: the opening\'s 166 is quoted two turns later', async () => {
    const { playScript } = await import('@/engine/session');
    const { score } = await import('@/engine/score/score');
    const scenario = load('size-question');
    const chat = playScript(scenario, ['亲，您好~', '亲，这款面料是粘胶的哦', '建议您拿S码哦', '好的'], { seed: 1, variant: 'normal' });
    const item = score(chat, scenario).feedback.find((f) => f.rule === 'fact-wrong' && f.claim === '说S码');
    expect(item?.better).toContain('您166cm穿L码');
  });
});
