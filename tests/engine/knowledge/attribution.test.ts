// Claims are attributed to what they are about, and a negator reaches only what it negates:
// the cases a tester who never saw the code found in play (play-audit player-a), each turned
// into its mechanism. Read against the built-in buyers' real shop facts.
import { describe, expect, it } from 'vitest';
import { context } from './shop';
import { understand } from '@/engine/understand/understand';

const SIZE = context('size-question');
const HAGGLE = context('price-haggle');
const COMPARE = context('comparison-shopper');

const facts = (ctx: ReturnType<typeof context>, buyer: string, text: string) =>
  understand(text, { ...ctx, buyer }).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.evidence);

describe('a claim belongs to the item or shop it is about', () => {
  it('reads a related item’s price as that item’s, not a cut on the product', () => {
    const reply = '半裙是99元哦亲，两件一起满99还能用5元店铺券';
    expect(facts(SIZE, '那条半裙多少钱 配这件好看吗', reply)).toEqual([]);
    // Nor is it the price offered: the buyer's lowest offer must not take it.
    expect(understand(reply, { ...SIZE, buyer: '那条半裙多少钱' }).entities.price).toBeUndefined();
    // The same figure offered for the cardigan is a price below the floor.
    expect(facts(SIZE, '能便宜点吗', '给您99元拿走吧')).toEqual(['报价99元，店铺最低只能做到125元']);
  });

  it('reads a material word that names the gift as the gift, not the product’s material', () => {
    expect(facts(HAGGLE, '能再便宜点吗', '券后189元，再备注送您一个珊瑚绒抱枕套，您看可以吗？')).toEqual([]);
    expect(facts(HAGGLE, '是什么面料', '这款是珊瑚绒面料的哦')).toEqual(['说是珊瑚绒，材质是A类牛奶绒，克重260g/㎡']);
  });

  it('keeps another shop as the subject over the clauses that follow it in the sentence', () => {
    const reply = '您看到的那家239的是只有通话降噪、续航24小时、保修6个月的，配置不太一样哦';
    expect(facts(COMPARE, '同款别家239 差在哪', reply)).toEqual([]);
    expect(facts(COMPARE, '保修多久', '那家保修6个月。我们保修半年')).toEqual(['说保修半年，店铺保修1年']);
  });

  it('checks no fact of ours in a clause about the other shop, whatever the fact (player-c: 运费险)', () => {
    const reply = '我们这款是A类面料；159那家是200g的、非A类，也没送运费险、72小时才发';
    expect(facts(HAGGLE, '159的一样盖 你就说降不降', reply)).toEqual([]);
    expect(facts(HAGGLE, '有运费险吗', '我们这款没送运费险哦')).toEqual(['说没有运费险，这款送运费险']);
  });
});

describe('a negator reaches only what it negates', () => {
  it('reads 无划痕 as a return condition, not a refusal of returns', () => {
    const reply = '签收7天内包装配件齐全、耳机无划痕还支持7天无理由退换';
    expect(facts(COMPARE, '售后怎么样 坏了要寄回去吗', reply)).toEqual([]);
  });

  it('reads a refusal to answer (爱买不买, 嫌贵别买) as no claim about stock or colours', () => {
    expect(facts(SIZE, '好 就L了 燕麦色还有吗', '爱买不买')).toEqual([]);
    expect(facts(HAGGLE, '亲 奶咖色的四件套 还能再优惠点吗', '不能，嫌贵别买')).toEqual([]);
    // A real "no" to the stock question is a stock claim.
    expect(facts(SIZE, '好 就L了 燕麦色还有吗', '没了')).toEqual(['答燕麦L码没货，燕麦L码有80件库存']);
  });

  it('names the coupon the shop has when the reply says there is no offer', () => {
    expect(facts(HAGGLE, '亲 奶咖色的四件套 还能再优惠点吗', '没有优惠')).toEqual(['说没有优惠，店铺有满199减10的券可以发']);
    expect(facts(HAGGLE, '还能再优惠点吗', '券后189已经是最低了，没有其他优惠了哦')).toEqual([]);
  });
});

describe('claims the checks used to miss', () => {
  it('holds a stated warranty against the shop’s', () => {
    expect(facts(COMPARE, '坏了怎么处理?', '保修半年')).toEqual(['说保修半年，店铺保修1年']);
    expect(facts(COMPARE, '保修多久', '我们是1年保修的，质量问题直接换新哦')).toEqual([]);
  });

  it('reads "坏了自己寄回来" as the buyer paying a quality return’s postage', () => {
    expect(facts(COMPARE, '坏了怎么处理?', '坏了自己寄回来')).toEqual(['说运费买家出，质量问题的退货运费由店铺承担']);
    expect(facts(COMPARE, '坏了怎么处理?', '您自己寄回来，运费我们出')).toEqual([]);
  });

  it('reads "你出" to "运费谁出" as who pays, against the free exchange and 运费险', () => {
    const flags = understand('你出', { ...SIZE, buyer: '换码运费谁出呀' }).flags;
    expect(flags.map((f) => f.rule)).toEqual(['fact-wrong']);
    expect(flags[0]?.evidence).toBe('说运费买家出，换码运费由店铺承担');
    expect(facts(SIZE, '换码运费谁出呀', '我们出哦')).toEqual([]);
  });

  it('takes a bare size answering "M还是L" as the size recommended', () => {
    expect(facts(SIZE, '亲 166的穿M还是L啊 我平常M', 'M')).toEqual(['说M码，尺码表给这位买家L码']);
    expect(facts(SIZE, '亲 166的穿M还是L啊 我平常M', 'L')).toEqual([]);
    // A size described, not advised.
    expect(facts(SIZE, '亲 166的穿M还是L啊', 'M码偏小哦')).toEqual([]);
  });
});

describe('better replies use this chat’s facts and read as sentences', () => {
  it('quotes only the measures the buyer gave', () => {
    const better = (buyer: string) => understand('M', { ...SIZE, buyer }).flags.find((f) => f.rule === 'fact-wrong')?.fact?.better ?? '';
    expect(better('166的穿M还是L')).toContain('166cm');
    expect(better('166的穿M还是L')).not.toContain('57kg');
    expect(better('166cm 57kg 穿M还是L')).toContain('166cm、57kg');
  });

  it('puts a fact ending in a full stop inside the sentence without it', () => {
    const f = understand('不支持七天无理由退换哦', { ...COMPARE, buyer: '能退吗' }).flags.find((x) => x.fact);
    if (f?.fact) expect(f.fact.better).not.toMatch(/。[呢哦]/u);
    const g = understand('洗过也可以退的', { ...SIZE, buyer: '能退吗' }).flags.find((x) => x.rule === 'fact-wrong');
    expect(g?.fact?.better).toBe('亲，退换需要签收7天内，未穿着、未洗涤、吊牌完好哦，符合条件的我们马上给您处理呢~');
  });
});
