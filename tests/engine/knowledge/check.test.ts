// Every kind of factual claim, held against the shop's facts: a wrong claim raises fact-wrong
// naming the claim and the fact, a right one (or the same fact in other words) raises nothing.
import { describe, expect, it } from 'vitest';
import type { ShopFacts } from '@/engine/scenario/shop-schema';
import type { ReplyContext } from '@/engine/understanding-types';
import { understand } from '@/engine/understand/understand';

const FACTS: ShopFacts = {
  product: {
    name: '法式修身针织开衫',
    price: 139,
    floor: 125,
    stock: 80,
    stockBy: [{ color: '雾粉', size: 'XL', stock: 0 }],
    material: '粘胶纤维55%，锦纶25%，聚酯纤维20%',
    colors: ['米白', '燕麦', '雾粉'],
  },
  sizes: {
    chart: [
      { size: 'S', height: [150, 157], weight: [40, 46] },
      { size: 'M', height: [158, 163], weight: [47, 52] },
      { size: 'L', height: [164, 169], weight: [53, 58] },
      { size: 'XL', height: [170, 175], weight: [59, 65] },
    ],
    fit: '偏小',
  },
  shipping: {
    dispatchHours: 48, sameDayBefore: 16, courier: '韵达快递', couriers: ['顺丰快递'], freeShipping: true,
    excludedRegions: ['新疆', '西藏'], arrivalDays: [1, 3], arrivalByRegion: [{ regions: ['新疆'], days: [4, 6] }],
  },
  invoice: { available: true },
  cod: false,
  payment: { card: true, installments: true },
  returns: { noReason7Days: true, days: 7, shippingInsurance: true, postage: { noReason: 'buyer', quality: 'shop' }, conditions: '签收7天内，未穿着、未洗涤、吊牌完好。' },
  offers: { gifts: ['同色系发圈一个'], coupons: [{ amount: 5, minSpend: 99 }], compensation: [5, 20] },
};
const BUYER = { height: 166, weight: 57, region: '上海' };
const CTX: ReplyContext = { price: 139, floor: 125, freeShipping: true, cod: false, dispatchHours: 48, facts: FACTS, buyerFacts: BUYER };

const wrongFacts = (text: string, ctx: ReplyContext = CTX) => understand(text, ctx).flags.filter((f) => f.rule === 'fact-wrong');
const evidence = (text: string, ctx?: ReplyContext) => wrongFacts(text, ctx).map((f) => f.evidence);

describe('fact-wrong: the size the chart gives the buyer', () => {
  it('names the claim and the fact', () => {
    expect(evidence('亲,您好,建议拍M码哦')).toEqual(['说M码，尺码表给这位买家L码']);
  });

  it('reads the size advised, not the usual size restated', () => {
    expect(evidence('您平时穿M拿L上身刚刚好')).toEqual([]);
    expect(evidence('亲您平时穿L的话这款拿M就行')).toEqual(['说M码，尺码表给这位买家L码']);
    expect(evidence('穿xl比较合适哦')).toEqual(['说XL码，尺码表给这位买家L码']);
  });

  it('says nothing when a size is only mentioned, or the chart cannot place the buyer', () => {
    expect(evidence('M码是偏小的哦')).toEqual([]);
    expect(evidence('建议拍M码哦', { ...CTX, buyerFacts: { region: '上海' } })).toEqual([]);
  });

  it('takes the larger size when height and weight fall in different rows', () => {
    expect(evidence('建议拍L码', { ...CTX, buyerFacts: { height: 166, weight: 60 } })).toEqual(['说L码，尺码表给这位买家XL码']);
  });

  it('carries a better reply with the true size', () => {
    // What she has said (ReplyContext.told) is quoted with the chart's size; with nothing said it asks for her measures (facts12).
    expect(wrongFacts('建议拍M码', { ...CTX, told: BUYER })[0]?.fact?.better).toContain('L码');
    expect(wrongFacts('建议拍M码')[0]?.fact?.better).toContain('身高和体重');
  });
});

describe('fact-wrong: price, coupons, compensation, gifts', () => {
  it('flags a price below the floor, stated or as a cut', () => {
    expect(evidence('亲,给您119元吧')).toEqual(['报价119元，店铺最低只能做到125元']);
    expect(evidence('那给您便宜20块')).toEqual(['报价119元，店铺最低只能做到125元']);
    expect(evidence('亲,129元给您哦')).toEqual([]);
  });

  it('holds the floor a variant lowers', () => {
    expect(evidence('亲,给您119元吧', { ...CTX, floor: 115 })).toEqual([]);
  });

  it('flags a coupon the shop does not give', () => {
    expect(evidence('我给您发一张10元优惠券')).toEqual(['说有10元券，店铺的券是满99减5']);
    expect(evidence('可以领满99减5的券哦')).toEqual([]);
    expect(evidence('给您一张5元无门槛券')).toHaveLength(1);
  });

  it('flags compensation above what the shop allows', () => {
    expect(evidence('真的很抱歉,给您补偿50元')).toEqual(['说补偿50元，超出了客服能给的范围，店铺允许的补偿是5–20元，更多要先请店长同意，不能先答应买家']);
    expect(evidence('真的很抱歉,给您补偿10元红包')).toEqual([]);
  });

  it('flags a gift the shop does not give, in either wording', () => {
    expect(evidence('拍下送您一个发圈哦')).toEqual([]);
    expect(evidence('下单就送小礼物哦')).toEqual([]);
    expect(evidence('再送您一条围巾')).toEqual(['说送围巾，店铺的赠品是同色系发圈一个']);
    expect(evidence('赠送精美胸针一枚')).toHaveLength(1);
  });

  it('does not read delivery (送到, 配送) as a gift', () => {
    expect(evidence('一般1-3天送到哦')).toEqual([]);
  });

  it('does not read her own present (送人, 送礼, 送朋友) as a gift claim', () => {
    expect(evidence('您周六要送人的话我给您加急哦')).toEqual([]);
    expect(evidence('祝您周末送礼顺利~')).toEqual([]);
    expect(evidence('送朋友的话可以帮您包装一下')).toEqual([]);
    expect(evidence('再送您一个小礼物哦')).toEqual([]);
  });
});

describe('fact-wrong: a second size said to fit her too (player12 F42)', () => {
  it('flags the size the chart does not give, whichever is named first', () => {
    expect(evidence('亲，L或者XL都可以哦，看您喜欢的效果~')).toEqual(['说XL码也能穿，尺码表给这位买家L码']);
    expect(evidence('亲，按表是L，不过您平时M的话M也能穿哦')).toEqual(['说M码也能穿，尺码表给这位买家L码']);
    expect(evidence('亲，M和L都能穿哦~')).toHaveLength(1);
    expect(evidence('XL跟L都没问题的')).toEqual(['说XL码也能穿，尺码表给这位买家L码']);
  });

  it('says nothing of one size advised, a size put to her taste, or an exchange', () => {
    expect(evidence('按尺码表您穿L正合适')).toEqual([]);
    expect(evidence('L码刚好，喜欢宽松一点的话XL也可以')).toEqual([]);
    expect(evidence('先拍L，不合适M也可以换的')).toEqual([]);
  });
});

describe('fact-wrong: stock', () => {
  it('flags a colour and size said in stock that is sold out', () => {
    expect(evidence('雾粉XL有货的亲')).toEqual(['说雾粉XL码有货，雾粉XL码库存是0']);
    expect(evidence('米白L有货的亲')).toEqual([]);
  });

  it('flags an item said sold out that is in stock', () => {
    expect(evidence('这款卖完了哦')).toEqual(['说这款没货，这款有80件库存']);
    expect(evidence('雾粉XL暂时缺货了')).toEqual([]);
  });

  it('flags a false count of what is left', () => {
    expect(evidence('只剩3件了,喜欢要抓紧哦')).toEqual(['说这款只剩3件，库存是80']);
    expect(evidence('只剩80件了哦')).toEqual([]);
  });

  // player12 F23, F38: a size or colour the facts give no count of its own has only the total.
  it('checks a count for a size or colour without a count of its own against the total only', () => {
    expect(evidence('有货的亲，米白L库存200件，放心拍')).toEqual(['说米白L码库存200件，这款一共只有80件库存']);
    expect(evidence('燕麦M还剩20件哦')).toEqual([]);
    expect(evidence('米白L卖完了哦')).toEqual(['说米白L码没货，米白L码有货(这款共80件库存)']);
  });

  it('flags every size or colour said in stock when one is sold out', () => {
    expect(evidence('有货的亲~三个颜色所有尺码都有现货哦')).toEqual(['说所有尺码都有货，雾粉XL码没货了']);
    expect(evidence('雾粉所有尺码都有货哦')).toEqual(['说雾粉所有尺码都有货，雾粉XL码没货了']);
    expect(evidence('米白所有尺码都有现货')).toEqual([]);
    expect(evidence('L码各个颜色都有货的')).toEqual([]);
  });
});

describe('fact-wrong: a use waved through for a return (player12 F45)', () => {
  it('flags a worn or washed item said returnable all the same', () => {
    expect(evidence('亲，您好~七天无理由的，衣服穿过几次也没关系哦')).toEqual(['说穿过也能退，退换条件是签收7天内，未穿着、未洗涤、吊牌完好']);
    expect(evidence('洗过也没事的，照样给您退', { ...CTX, buyer: '洗过一次还能退吗' })).toHaveLength(1);
  });

  it('says nothing of a try-on, nor of a use outside a return', () => {
    expect(evidence('试穿过没关系的，吊牌在就能退', { ...CTX, buyer: '试穿了还能退吗' })).toEqual([]);
    expect(evidence('洗过也没关系，不会缩水的', { ...CTX, buyer: '这个会缩水吗' })).toEqual([]);
  });
});

describe('fact-wrong: the promotion told (player12 F27)', () => {
  const ctx: ReplyContext = { ...CTX, facts: { ...FACTS, product: { ...FACTS.product!, regularPrice: 169, promotionEnds: '周日24点' } } };

  it('flags a made-up everyday price and a deadline on another day', () => {
    expect(evidence('亲，这款日常价要199的，现在活动价139', ctx)).toEqual(['说日常价199元，日常价是169元']);
    expect(evidence('原价199哦，活动周五就结束啦', ctx)).toEqual(['说日常价199元，日常价是169元', '说活动周五结束，活动周日24点结束']);
    expect(evidence('这个价到星期三截止哦', ctx)).toEqual(['说活动星期三结束，活动周日24点结束']);
  });

  it('says nothing of the true price and day, nor where the shop gives none', () => {
    expect(evidence('日常价169，活动到周日晚上结束哦', ctx)).toEqual([]);
    expect(evidence('活动星期天就结束了，抓紧哦', ctx)).toEqual([]);
    expect(evidence('原价199哦，活动周五就结束啦')).toEqual([]);
  });
});

describe('fact-wrong: a claim the reply denies as a whole (player13 F22)', () => {
  it('claims nothing', () => {
    expect(evidence('可以的亲，不存在特价不开发票这种说法哦，电子普通发票免费开')).toEqual([]);
    // Said outright, the refusal is invoice-refuse (one mistake, one item), not a wrong fact besides.
    expect(understand('特价款不能开发票哦', CTX).flags.map((f) => f.rule)).toContain('invoice-refuse');
  });
});

describe('fact-wrong: same-day dispatch said flat (player13 F1)', () => {
  it('flags it where the shop sends the same day only before its cut-off', () => {
    expect(evidence('顺丰发，今天下单今天发')).toEqual(['说今天下单今天发，下午4点前付款一般当天发出，最晚48小时内发货']);
    expect(evidence('晚上拍也是当天发哦')).toEqual(['说晚上拍也是当天发，下午4点前付款一般当天发出，最晚48小时内发货']);
  });

  it('says nothing of a hedged or bounded same-day dispatch', () => {
    expect(evidence('下午4点前付款一般当天就能发')).toEqual([]);
    expect(evidence('今天下单的话尽量今天给您发出')).toEqual([]);
    expect(evidence('付款后48小时内发货哦')).toEqual([]);
  });
});

describe('fact-wrong: the price of a related item (player12 F22)', () => {
  const ctx: ReplyContext = { ...CTX, facts: { ...FACTS, related: [{ name: '高腰百褶半身裙', price: 99 }, { name: '珍珠胸针', price: 19 }] } };

  it('flags a related item priced other than the shop lists it', () => {
    expect(evidence('亲，米白L还有，半身裙89元可以搭一下~', ctx)).toEqual(['说高腰百褶半身裙89元，高腰百褶半身裙标价99元']);
    expect(evidence('胸针只要15，配开衫很好看', ctx)).toEqual(['说珍珠胸针15元，珍珠胸针标价19元']);
  });

  it('says nothing of its true price, a saving, a total or this item\'s price', () => {
    expect(evidence('半身裙99元，搭着很好看哦', ctx)).toEqual([]);
    expect(evidence('一起拍的话半身裙立减10元', ctx)).toEqual([]);
    expect(evidence('开衫加半身裙一共238元', ctx)).toEqual([]);
    expect(evidence('开衫139元，搭一条半身裙更好看', ctx)).toEqual([]);
  });
});

describe('fact-wrong: dispatch, courier, arrival, free shipping', () => {
  it('flags a dispatch window the shop does not state', () => {
    expect(evidence('我们72小时内发货哦')).toEqual(['说72小时内发货，店铺承诺付款后48小时内发货']);
    expect(evidence('付款后48小时内发货哦')).toEqual([]);
  });

  it('reads the same-day cut-off with or without 下午', () => {
    expect(evidence('下午4点前付款当天发')).toEqual([]);
    expect(evidence('4点前拍下当天就发哦')).toEqual([]);
    expect(evidence('下午6点前付款当天发货')).toEqual(['说下午6点前付款当天发，下午4点前付款一般当天发出']);
  });

  it('flags a courier the shop does not use, not one it rules out or another shop uses', () => {
    expect(evidence('我们默认发中通的哦')).toEqual(['说发中通，店铺发韵达快递或顺丰快递']);
    expect(evidence('我们发韵达,着急可以补发顺丰')).toEqual([]);
    expect(evidence('我们不发中通哦')).toEqual([]);
    expect(evidence('别家发中通,我们发韵达')).toEqual([]);
  });

  it('holds arrival days to the buyer region', () => {
    expect(evidence('发出后一般1-3天到')).toEqual([]);
    expect(evidence('一般5天左右到哦')).toEqual(['说5天到，发出后到上海一般1-3天到']);
    expect(evidence('一般5天左右到哦', { ...CTX, buyerFacts: { ...BUYER, region: '新疆' } })).toEqual([]);
  });

  it('flags free shipping claimed for an excluded region', () => {
    expect(evidence('新疆也包邮的哦')).toEqual(['说新疆包邮，新疆、西藏不在包邮范围']);
    expect(evidence('亲,这款是包邮的哦')).toEqual([]);
    expect(evidence('新疆不包邮哦,需要补运费')).toEqual([]);
  });
});

describe('fact-wrong: material and colours', () => {
  it('flags a material the goods are not made of', () => {
    expect(evidence('这款是纯棉的哦')).toEqual(['说是纯棉，材质是粘胶纤维55%，锦纶25%，聚酯纤维20%']);
    expect(evidence('面料含锦纶,不起球')).toEqual([]);
    expect(evidence('这款不是纯棉的哦,是粘胶混纺')).toEqual([]);
  });

  it('does not read another shop’s material, or a question', () => {
    expect(evidence('别家那款是纯棉的')).toEqual([]);
  });

  it('flags a colour the item does not come in, and one said missing that it has', () => {
    expect(evidence('有黑色的哦')).toEqual(['说有黑色，这款的颜色是米白、燕麦、雾粉']);
    expect(evidence('米白色和燕麦色都有')).toEqual([]);
    expect(evidence('没有米白色了哦')).toEqual(['说没有米白色，这款的颜色是米白、燕麦、雾粉']);
  });
});

describe('fact-wrong: returns and who pays return postage', () => {
  it('flags return days the shop does not give', () => {
    expect(evidence('支持15天无理由退换哦')).toEqual(['说15天可退，签收7天内可以无理由退换']);
    expect(evidence('签收7天内可以无理由退换哦')).toEqual([]);
  });

  it('flags a return allowed against the conditions', () => {
    expect(evidence('洗过也可以退的')).toEqual(['说洗过也能退，退换条件是签收7天内，未穿着、未洗涤、吊牌完好']);
  });

  it('a no-reason return with 运费险: the buyer paying is wrong, the insurance paying right', () => {
    const ctx = { ...CTX, afterSale: 'no-reason' as const };
    expect(evidence('退的话运费您自己出哦', ctx)).toEqual(['说运费买家出，无理由退货运费由运费险赔付']);
    expect(evidence('退货有运费险赔付,您不用出运费', ctx)).toEqual([]);
  });

  it('a no-reason return without 运费险: the buyer pays, and saying so is no 包邮 breach', () => {
    const facts = { ...FACTS, returns: { ...FACTS.returns, shippingInsurance: false } };
    const u = understand('退的话运费您自己出哦', { ...CTX, facts, afterSale: 'no-reason' });
    expect(u.flags.map((f) => f.rule)).toEqual([]);
  });

  it('a quality problem: the buyer paying is wrong, an advance the shop pays back is right', () => {
    const facts = { ...FACTS, returns: { ...FACTS.returns, shippingInsurance: false } };
    const ctx = { ...CTX, facts, afterSale: 'quality' as const };
    expect(evidence('退货的话运费需要您自己承担', ctx)).toEqual(['说运费买家出，质量问题的退货运费由店铺承担']);
    expect(evidence('运费您先垫付,退回来后我们补给您', ctx)).toEqual([]);
    expect(evidence('退回的运费我们来承担', ctx)).toEqual([]);
  });

  it('reads the case from the buyer line when nothing else says it', () => {
    const facts = { ...FACTS, returns: { ...FACTS.returns, shippingInsurance: false } };
    const ctx = { ...CTX, facts, buyer: '鞋子开胶了 我要退' } as ReplyContext;
    expect(evidence('退回运费您自己出', ctx)).toHaveLength(1);
  });

  it('flags 运费险 claimed where there is none', () => {
    const facts = { ...FACTS, returns: { ...FACTS.returns, shippingInsurance: false } };
    expect(evidence('放心,有运费险的', { ...CTX, facts })).toEqual(['说有运费险，这款没有运费险']);
    expect(evidence('放心,有运费险的')).toEqual([]);
  });
});

describe('fact-wrong: invoice, COD, card', () => {
  it('flags COD offered where the item has none, and says nothing of a right refusal', () => {
    expect(evidence('可以货到付款的哦')).toEqual(['说可以货到付款，这款不能货到付款']);
    expect(evidence('这款不支持货到付款哦')).toEqual([]);
  });

  it('flags an invoice offered where the shop gives none', () => {
    const facts = { ...FACTS, invoice: { available: false } };
    expect(evidence('可以开发票的哦', { ...CTX, facts })).toEqual(['说可以开发票，这款不能开发票']);
    expect(evidence('可以开发票的哦')).toEqual([]);
  });

  it('leaves a refusal that is a platform violation to that rule: one mistake, one item', () => {
    const u = understand('不能开发票哦', CTX);
    expect(u.flags.map((f) => f.rule)).toEqual(['invoice-refuse']);
  });

  it('flags card payment claimed where the shop takes none', () => {
    const facts = { ...FACTS, payment: { card: false } };
    expect(evidence('支持信用卡付款哦', { ...CTX, facts })).toEqual(['说可以信用卡付款，这款不能信用卡付款']);
  });
});

describe('fact-wrong without facts', () => {
  it('is never raised when the context gives no shop facts', () => {
    expect(evidence('建议拍M码,这款是纯棉的,可以货到付款', {})).toEqual([]);
  });
});

describe('fact-wrong: yes/no answers read against the buyer question', () => {
  const after = (buyer: string, text: string, ctx: ReplyContext = CTX) => evidence(text, { ...ctx, buyer });

  it('"是的亲" after "是纯棉的吗" claims cotton', () => {
    expect(after('这个是纯棉的吗', '是的亲')).toEqual(['答是纯棉，材质是粘胶纤维55%，锦纶25%，聚酯纤维20%']);
    expect(after('这个是纯棉的吗', '不是的亲')).toEqual([]);
  });

  it('answers about COD, colours, the courier and stock', () => {
    expect(after('能货到付款吗', '可以的亲')).toEqual(['答可以货到付款，这款不能货到付款']);
    expect(after('能货到付款吗', '不支持哦亲')).toEqual([]);
    expect(after('有黑色吗', '有的呢')).toEqual(['答有黑色，这款的颜色是米白、燕麦、雾粉']);
    expect(after('米白有吗', '有的呢')).toEqual([]);
    expect(after('发中通吗', '是的亲')).toEqual(['答发中通，店铺发韵达快递或顺丰快递']);
    expect(after('是韵达吗', '对的亲')).toEqual([]);
  });

  it('counts a kind once when the reply also says it outright', () => {
    expect(after('这个是纯棉的吗', '是的亲,纯棉的')).toHaveLength(1);
  });

  it('answers nothing without the buyer line', () => {
    expect(evidence('是的亲')).toEqual([]);
  });
});
