import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);
const moves = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).moves;

// Session 9 (issue 9): misreads found in play and mechanisms read across the newest writers. The
// wordings are written for these tests, not taken from a labelled set.
describe('a refusal that closes the clause takes back what it follows', () => {
  it('reads the buyer’s off-platform proposal refused after it as no violation', () => {
    expect(flags('加微信私下转账这个真不行哦', '能加微信私下转账吗')).not.toContain('off-platform');
    expect(flags('私下转账这种我们真的不可以哈', '我直接转你支付宝行不')).not.toContain('off-platform');
    expect(flags('加qq这个确实不方便呢', '加个qq聊吧')).not.toContain('off-platform');
  });

  it('still flags the same proposal granted, or refused only in a later clause', () => {
    expect(flags('加微信私下转账吧，更便宜', '能加微信私下转账吗')).toContain('off-platform');
    expect(flags('加我微信领红包，不行的话也没事')).toContain('off-platform');
  });
});

describe('misreads found in play', () => {
  it('reads a problem sent to the courier as the agent sending her elsewhere, not a trace', () => {
    expect(moves('物流的问题找快递', '快递怎么还没到')).not.toContain('track-parcel');
    expect(flags('物流的问题找快递', '快递怎么还没到')).toContain('tone-cold');
    expect(flags('包裹的事找驿站', '驿站说没收到我的件')).toContain('tone-cold');
    // The agent going to the courier herself is the trace.
    expect(moves('驿站的问题我们去找快递追责', '快递怎么还没到')).toContain('track-parcel');
  });

  it('reads a price called this week’s sale price as holding the price', () => {
    expect(moves('这套已经是本周活动价199啦', '能便宜点吗')).toContain('hold-price');
    expect(moves('已经是双十一的最低价了亲', '再少点吧')).toContain('hold-price');
  });
});

describe('a no to the charge she asks about frees it: the invoice or the card is granted', () => {
  const facts = { product: { name: '针织开衫', price: 139, floor: 125, stock: 80 }, invoice: { available: true }, cod: false, payment: { card: true, installments: true } };
  const read = (text: string, buyer: string) => understand(text, { buyer, facts, price: 139, floor: 125 });
  it('takes 不用钱哒 after 开发票要加钱吗 as a free invoice, not a refusal', () => {
    const u = read('不用钱哒', '开发票要加钱吗');
    expect(u.moves).toContain('invoice-yes');
    expect(u.answers).toEqual([{ topic: 'invoice', polarity: 'yes' }]);
    expect(u.flags.map((f) => f.rule)).toEqual([]);
    expect(read('免费的亲', '刷卡要手续费吗').flags.map((f) => f.rule)).toEqual([]);
  });

  it('still reads the action refused, or the charge put on her', () => {
    expect(read('开不了哦', '开发票要加钱吗').flags.map((f) => f.rule)).toContain('invoice-refuse');
    expect(read('开不了哦', '开发票要加钱吗').answers).toEqual([{ topic: 'invoice', polarity: 'no' }]);
    expect(read('要的，加3个点', '开发票要加钱吗').flags.map((f) => f.rule)).toContain('invoice-fee');
  });
});

describe('one list of far-off times for the invoice (compose.json invoice.farOff)', () => {
  it('reads a month-long wait with an excuse or no yes as the refusal, a granted one and a time later than the deadline as a wrong fact, from the same words', async () => {
    const { context } = await import('../knowledge/shop');
    const HAGGLE = context('price-haggle');
    const asked = '能开发票吗 公司报销用';
    const read = (text: string) => understand(text, { ...HAGGLE, buyer: asked }).flags;
    // The far-off words the refusal reads (年底, 月末, 过阵子) are the ones the time check reads.
    for (const text of ['财务不在，年底统一开', '系统升级 月末一起开', '发票过阵子再开吧']) {
      expect(read(text).map((f) => f.rule)).toContain('invoice-refuse');
      expect(read(text).filter((f) => f.rule === 'fact-wrong')).toEqual([]);
    }
    // Granted with no excuse (可以开，年底统一开): the shop's time misstated, not a refusal (session 10).
    for (const text of ['可以开，年底统一开', '能开的，月末一起开']) expect(read(text).map((f) => f.rule)).toEqual(['fact-wrong']);
    // A time later than the shop's days but no month off: the wrong fact, no refusal.
    expect(read('可以开，月初给您开好').map((f) => [f.rule, f.fact?.claim])).toEqual([['fact-wrong', '说发票月初开']]);
  });
});

describe('a negation that makes a modifier (没拆封的, 未使用的) refuses nothing', () => {
  it('reads the unopened ones granted as no refusal of the return', () => {
    expect(flags('未使用的可以退哦', '能退吗')).not.toContain('return-refuse');
    expect(flags('没拆过的三天内都能退', '不想要了能退吗')).not.toContain('return-refuse');
    expect(flags('没开的那两盒直接退货', '好')).not.toContain('return-refuse');
  });

  it('still reads a sentence-final 的, a bare no and a refusal after the modifier', () => {
    expect(flags('不退的哦', '能退吗')).toContain('return-refuse');
    expect(flags('不能退的亲', '能退吗')).toContain('return-refuse');
    expect(flags('没有的', '能开发票吗')).toContain('invoice-refuse');
  });
});

describe('a return condition she names makes the refusal the rule', () => {
  it('reads her use for a time, or the day past seven she names, as the condition met', () => {
    expect(flags('用过的不能退哦', '面霜用了三次了还能退吗')).not.toContain('return-refuse');
    expect(flags('超过七天了，不能退了', '收到第9天了还可以退吗')).not.toContain('return-refuse');
  });

  it('still refuses a use she did not name, or a fault she reports', () => {
    expect(flags('用过的不能退哦', '面霜不想要了能退吗')).toContain('return-refuse');
    expect(flags('用过的不能退哦', '面霜用了三次就过敏了')).toContain('return-refuse');
  });
});

describe('disparage: a claim about another shop, in more of the shapes writers give it', () => {
  it('reads the brand named as all its price buys, a decline of its quality, many others’ bad experience, a break after one use', () => {
    expect(flags('索尼那个就是贵在牌子，用料一样的', '你们这个耳机和索尼的比呢')).toContain('disparage');
    expect(flags('小米的品控这两年差多了', '和小米的比怎么样')).toContain('disparage');
    expect(flags('那家好多人退货的，您别买', '那家便宜30')).toContain('disparage');
    expect(flags('隔壁那种一拉就断', '你们家的数据线怎么样')).toContain('disparage');
    expect(flags('他家送的都是地摊货', '别家还送收纳袋')).toContain('disparage');
  });

  it('reads the name she puts before ours as the other shop', () => {
    expect(flags('B牌这两年质量下滑很厉害', 'B牌和你们家的吹风机哪个好')).toContain('disparage');
    // Another of our own items before 和你们 is no other shop.
    expect(flags('这款质量一般，那款好一点', '这款和你们家那款有啥区别')).not.toContain('disparage');
  });

  it('leaves our own shop named as one, a bad word denied, and a plain comparison', () => {
    expect(flags('我们是品牌旗舰店，不可能卖假货的', '你们这是假货吧')).not.toContain('disparage');
    expect(flags('不会是二手的，都是新品', '这个是不是二手的')).not.toContain('disparage');
    expect(flags('乐高精度高一些，我们价格是它的一半', '乐高和你们家的积木比怎么样')).not.toContain('disparage');
    expect(flags('我们的鞋穿两次就合脚了', '会不会磨脚')).not.toContain('disparage');
  });
});

describe('return-refuse: a reason demanded after her no-reason motive', () => {
  it('reads any reason asked of a return she wants for no reason as a refusal', () => {
    expect(flags('为啥要退呀？东西又没坏', '不喜欢这个颜色')).toContain('return-refuse');
    expect(flags('不合适总得说个理由吧', '穿着不合适')).toContain('return-refuse');
  });

  it('leaves a polite question beside the return granted, and a reason asked without her motive', () => {
    expect(flags('可以的，方便说下原因吗？', '我不想要了')).not.toContain('return-refuse');
    expect(flags('可以退的，能说下为什么不喜欢吗，我们改进一下', '不喜欢')).not.toContain('return-refuse');
  });
});

describe('return-refuse: a no-reason return held to a quality problem', () => {
  it('reads 不算质量问题 beside her no-reason motive as refusing the 7-day return', () => {
    expect(flags('不合适不属于质量问题的哦', '能退吗')).toContain('return-refuse');
    expect(flags('这个不算质量问题呢', '就是不喜欢这个款式')).toContain('return-refuse');
  });

  it('leaves the same words after a fault she reports to the verdict, and beside the return granted', () => {
    expect(flags('这个不算质量问题呢', '拉链有点卡')).not.toContain('return-refuse');
    expect(flags('不喜欢不算质量问题，不过7天内可以退的', '不喜欢')).not.toContain('return-refuse');
  });
});

describe('return-refuse: an opening said to bar resale, a fee after 不过', () => {
  it('reads the inspection the 7-day rule allows, made the condition, as a refusal', () => {
    expect(flags('拆开了就影响二次销售的哦', '拆了包装还能退吗')).toContain('return-refuse');
    expect(flags('试穿了就影响二次销售，不行', '我没穿出去过')).toContain('return-refuse');
    // Goods the rule bars once opened: the condition is the rule.
    expect(flags('面膜拆封了影响二次销售的', '面膜拆了能退吗')).not.toContain('return-refuse');
    expect(flags('试穿不影响二次销售的话都可以退', '试穿了一下能退吗')).not.toContain('return-refuse');
  });

  it('reads a fee on the return after 不过 as charged, not freed', () => {
    expect(flags('可以退，不过要扣10%的手续费', '不想要了能退吗')).toContain('return-refuse');
  });
});

describe('review-induce: a reward answering her question of what a review earns', () => {
  it('reads the reward in a short answer as the price of the review she names', () => {
    expect(flags('给您8块', '差评删了给钱吗')).toContain('review-induce');
    expect(flags('返15', '给好评的话有啥好处')).toContain('review-induce');
    expect(flags('送红包哦', '打个五星送什么')).toContain('review-induce');
  });

  it('leaves a reward denied, a long reply that says its own, and a gain asked with no review', () => {
    expect(flags('没有红包的哦', '打个五星送什么')).not.toContain('review-induce');
    expect(flags('评价和红包没关系哦', '差评删了给钱吗')).not.toContain('review-induce');
    expect(flags('送10元券', '买两件送什么')).not.toContain('review-induce');
  });
});
