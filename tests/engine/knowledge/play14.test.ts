// Facts the second blind tester found unchecked (player13 F6, F17-F20), in new wordings: when and
// what kind of invoice the shop issues, a region said to ship free too, a use said not to stop a
// no-reason return, a second gift in a list, a warranty longer by an amount, and a re-sent
// parcel's postage charged in an after-sales chat.
import { describe, expect, it } from 'vitest';
import type { ShopFacts } from '@/engine/scenario/shop-schema';
import type { ReplyContext } from '@/engine/understanding-types';
import { understand } from '@/engine/understand/understand';

const FACTS: ShopFacts = {
  product: { name: '加厚珊瑚绒四件套', price: 219, floor: 199, stock: 40, material: '珊瑚绒', colors: ['灰', '粉'], highlights: ['1年保修'] },
  shipping: { dispatchHours: 48, courier: '中通快递', freeShipping: true, excludedRegions: ['新疆', '西藏'], arrivalDays: [2, 4] },
  invoice: { available: true, note: '电子普通发票，免费，确认收货后3个工作日内发到邮箱。' },
  cod: false,
  payment: { card: true, installments: true },
  returns: { noReason7Days: true, days: 7, shippingInsurance: true, postage: { noReason: 'buyer', quality: 'shop' }, conditions: '签收7天内，未使用、未水洗、吊牌完好。' },
  offers: { gifts: ['毛绒发箍一个'] },
};
const CTX: ReplyContext = { price: 219, floor: 199, freeShipping: true, cod: false, dispatchHours: 48, facts: FACTS };
const at = (buyer: string): ReplyContext => ({ ...CTX, buyer });
const wrong = (text: string, ctx: ReplyContext = CTX) => understand(text, ctx).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.evidence);
const rules = (text: string, ctx: ReplyContext = CTX) => understand(text, ctx).flags.map((f) => f.rule);

describe('the invoice: when it is issued and what kind', () => {
  it('an issue on payment where the shop issues after receipt is wrong', () => {
    expect(wrong('发票没问题，下单后马上给您开', at('公司报销要发票的'))).toEqual(['说发票下单后马上给您开，店铺确认收货后3个工作日内发到邮箱']);
    expect(wrong('可以开哦 付完款立刻开好发您', at('能开票吗'))[0]).toMatch(/^说发票付完款立刻开/u);
  });

  it('an issue after receipt, or at once after it, is right', () => {
    expect(wrong('可以开的，您确认收货后我马上给您开', at('能开票吗'))).toEqual([]);
    expect(wrong('可以的，收到货点了确认就给您开电子票', at('发票能开吗'))).toEqual([]);
  });

  it('a paper or special invoice where the shop issues electronic ordinary ones is wrong', () => {
    expect(wrong('能开的 纸质发票跟货一起寄给您', at('可以开发票吗'))).toEqual(['说开纸质发票随货寄，店铺开的是电子普通发票']);
    expect(wrong('专票也可以开 发个开票信息给我', at('能开增值税专票吗'))).toEqual(['说可以开专票，店铺开的是电子普通发票']);
    expect(wrong('专票开不了哦 只能开电子普票', at('能开专票吗'))).toEqual([]);
  });

  it('a far-off time with the invoice granted is the wrong time, not a refusal', () => {
    const ctx = at('发票能开吧 单位的');
    expect(rules('可以呀，单位抬头免费开，下个月统一开给您~', ctx)).not.toContain('invoice-refuse');
    expect(wrong('可以呀，单位抬头免费开，下个月统一开给您~', ctx)).toEqual(['说发票下个月开，店铺确认收货后3个工作日内发到邮箱']);
  });
});

describe('free shipping and return conditions said in passing', () => {
  it('an excluded region said to ship free too is wrong', () => {
    expect(wrong('全国包邮的，西藏也包')).toEqual(['说西藏包邮，新疆、西藏不在包邮范围']);
    expect(wrong('包邮哦，江浙沪都包')).toEqual([]);
  });

  it('a use said not to stop a no-reason return is wrong', () => {
    expect(wrong('放心，洗过了也能7天无理由退', at('不喜欢能退吗'))).toEqual(['说洗过也能退，退换条件是签收7天内，未使用、未水洗、吊牌完好']);
    expect(wrong('用过了也能七天无理由退换的', at('可以退吗'))[0]).toMatch(/^说用过也能退/u);
    expect(wrong('没拆没用的话7天都能退', at('可以退吗'))).toEqual([]);
  });
});

describe('gifts and the warranty', () => {
  it('each gift of a list is checked', () => {
    expect(wrong('拍下送毛绒发箍和一对珊瑚绒枕套')).toEqual(['说送珊瑚绒枕套，店铺的赠品是毛绒发箍一个']);
    expect(wrong('拍下送毛绒发箍一个哦')).toEqual([]);
  });

  it('a warranty longer by an amount is no warranty term', () => {
    expect(wrong('比那家多半年保修')).toEqual([]);
    expect(wrong('我们比他们长半年保修哦')).toEqual([]);
    expect(wrong('我们保修半年')).toEqual(['说保修半年，店铺保修1年']);
  });
});

describe('a re-sent parcel: its postage is the goods’ own (freeship-breach), in an after-sales chat too', () => {
  const after: ReplyContext = { ...CTX, afterSales: true, buyer: '好 你查 我等着' };
  it('charging the difference for a re-send by another courier breaks 包邮', () => {
    expect(rules('查到了包裹丢了，给您补发顺丰，不过差价运费需要您出一下哦', after)).toContain('freeship-breach');
    expect(rules('重新发的话还要您再付10块运费', after)).toContain('freeship-breach');
  });
  it('a re-send at the shop’s cost, or a return’s postage, is no breach', () => {
    expect(rules('给您补发顺丰，运费我们出', after)).not.toContain('freeship-breach');
    expect(rules('先退回来再补发，退回的运费您先垫一下', after)).not.toContain('freeship-breach');
  });
});
