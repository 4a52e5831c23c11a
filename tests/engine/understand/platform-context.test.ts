import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const flags = (text: string, buyer?: string, ctx = {}) => understand(text, buyer ? { ...ctx, buyer } : ctx).flags.map((f) => f.rule);

// Session 5: platform flags read with the buyer's line and the shop's true terms. Wordings are
// written for this test; each structure was kept because it reads replies of at least two tuning
// files (named per case).
describe('cash on delivery read with her line', () => {
  // context-y, writer-g
  it('a shop she says has no COD refuses none', () => {
    expect(flags('这个暂时不支持货到付款的亲', '你们家不是没有货到付款嘛，还能到付吗')).not.toContain('cod-refuse');
    expect(flags('这个暂时不支持货到付款的亲', '页面上写着支持货到付款')).toContain('cod-refuse');
  });

  // context-y, writer-d
  it('an item the reply says has COD not enabled states the terms, unless she says the page offers it', () => {
    expect(flags('亲这款还没有开通货到付款哦，可以用花呗')).not.toContain('cod-refuse');
    expect(flags('亲这款还没有开通货到付款哦，可以用花呗', '详情页有货到付款的选项啊')).toContain('cod-refuse');
  });

  // chats-u, writer-v
  it('she chose COD and is made to pay first, or her order is closed: cod-refuse', () => {
    expect(flags('那这个单子麻烦您先付款哈', '我拍了个货到付款的单')).toContain('cod-refuse');
    expect(flags('好的那我先帮您关掉了，您改天再拍', '详情页显示能货到付款，我就要这个')).toContain('cod-refuse');
    expect(flags('不用先付款的，到了给快递员就行', '我拍了个货到付款的单')).not.toContain('cod-refuse');
    expect(flags('那这个单子麻烦您先付款哈', '能货到付款吗')).not.toContain('cod-refuse');
  });
});

describe('charges and who pays them', () => {
  // writer-v (both replies); writer-a and writer-b say the same and charge the buyer besides
  it('a fee the platform takes from the shop is no fee of hers', () => {
    expect(flags('不好意思，用信用卡的话银行要收我们手续费，所以店里暂时没开信用卡')).not.toContain('card-fee');
    expect(flags('用信用卡的话银行要收我们手续费，您得多付3个点')).toContain('card-fee');
  });

  // writer-x, writer-v, writer-b
  it('a fee given as the cause of a refusal is an excuse, not a charge', () => {
    expect(flags('因为刷信用卡会产生手续费，我们只收储蓄卡哦')).not.toContain('card-fee');
    expect(flags('因为刷信用卡会产生手续费，我们只收储蓄卡哦')).toContain('card-refuse');
  });

  // writer-v, writer-b
  it('a fee the shop cannot bear is not borne, and "由您那边出" charges her', () => {
    expect(flags('分期的手续费店里承担不了，手续费就由您那边出哈')).toContain('card-fee');
  });

  // writer-x, writer-g
  it('a fee for the invoice is invoice-fee, not card-fee', () => {
    const f = flags('可以开的，不过专票的费用您承担一下', '能开增值税专票吗');
    expect(f).toContain('invoice-fee');
    expect(f).not.toContain('card-fee');
    expect(flags('刷卡的话手续费您承担一下')).toContain('card-fee');
  });

  // writer-v, writer-x
  it('postage for a region the reply puts outside the stated range is the range', () => {
    const free = { freeShipping: true };
    expect(flags('亲这款包邮，除海南、新疆以外的地区都包，海南的话要补8元运费', undefined, free)).not.toContain('freeship-breach');
    expect(flags('新疆不在我们家的包邮范围里，运费要补15元', undefined, free)).not.toContain('freeship-breach');
  });

  // writer-x, writer-b, writer-c, writer-e
  it('a region no longer makes the range when her line says the item she bought ships free', () => {
    const free = { freeShipping: true };
    expect(flags('您那边比较远，补10块吧', '我买的是包邮的呀', free)).toContain('freeship-breach');
    expect(flags('您那边比较远，补10块吧', '这个多少钱', free)).not.toContain('freeship-breach');
  });

  // writer-c, writer-e
  it('a negated charge that conditions the dispatch still charges', () => {
    expect(flags('不补12块运费就发不了哦', undefined, { freeShipping: true })).toContain('freeship-breach');
    expect(flags('不补运费的，放心', undefined, { freeShipping: true })).not.toContain('freeship-breach');
  });
});

describe('refusals and their excuses', () => {
  // blind-final, writer-v
  it('closing the card payment refuses the card', () => {
    expect(flags('信用卡付的单子我们都给关了，您换储蓄卡')).toContain('card-refuse');
    expect(flags('店里关掉信用卡支付了，用余额吧')).toContain('card-refuse');
  });

  // writer-a, writer-d
  it('a no to how the invoice travels, sending it apart, refuses no invoice', () => {
    expect(flags('跟货一起寄不了哦，开好后单独给您寄', '发票能跟货一起寄吗')).not.toContain('invoice-refuse');
    expect(flags('发票开不了哦', '发票能跟货一起寄吗')).toContain('invoice-refuse');
  });

  // writer-x, blind-c
  it('an excuse followed by the promise to issue refuses nothing; one followed by a wait does', () => {
    expect(flags('开票的同事今天请假了，明天上班第一时间给您开好')).not.toContain('invoice-refuse');
    expect(flags('开票的同事今天请假了，要等她回来才能开')).toContain('invoice-refuse');
  });

  // blind-final, blind-c, writer-e
  it('an invoice only as other goods refuses the one she is owed', () => {
    expect(flags('我们卖的是包，只能给您开日用品的票')).toContain('invoice-refuse');
  });

  // writer-e, writer-d
  it('a price without tax (不含税) refuses no invoice', () => {
    expect(flags('开票要补5个点，因为标价是不含税的')).not.toContain('invoice-refuse');
  });
});

describe('returns', () => {
  // chats-u, logs-z
  it('a presale deposit kept is the rule', () => {
    expect(flags('预售的定金是不退的哈，尾款记得按时付', '定金能退吗')).not.toContain('return-refuse');
    expect(flags('这个不退的哈', '收到不喜欢能退吗')).toContain('return-refuse');
  });

  // logs-z, writer-x (refused); blind-b, writer-b, writer-f, context-y (goods barred once opened)
  it('trying on or opening the box is no condition against a return, unless the goods are barred once opened', () => {
    expect(flags('拆开包装了就不能无理由退了哦', '拆开包装看了看，没用过')).toContain('return-refuse');
    expect(flags('试穿过的就不能退了亲', '试了一下有点小，能退吗')).toContain('return-refuse');
    expect(flags('面膜拆封后就不支持无理由退了', '面膜拆了一片，能退吗')).not.toContain('return-refuse');
    expect(flags('洗过的就不能退了亲', '洗了一次，不太喜欢，能退吗')).not.toContain('return-refuse');
  });

  // chats-u, logs-z
  it('a made-to-order item stated as such is the rule', () => {
    expect(flags('刻字的属于定制商品，不支持七天无理由退换', '刻了名字还能退吗')).not.toContain('return-refuse');
  });

  // blind-final, writer-x, chats-u (refused); writer-e (a photo asked for is no judgement)
  it('a condition read off her photo is a judgement: the refusal stands', () => {
    expect(flags('从照片上看是洗过的，不能给您退了')).toContain('return-refuse');
    expect(flags('用过的面霜影响二次销售，不支持七天无理由，过敏的话把照片发我看看')).not.toContain('return-refuse');
  });

  // writer-v, blind-b
  it('a failed inspection foretold judges the goods; it refuses nothing yet', () => {
    expect(flags('这种退回来都审核不了的', '杯子裂了，照片发你了，能退吗')).not.toContain('return-refuse');
    expect(flags('这种不给退的', '杯子裂了，照片发你了，能退吗')).toContain('return-refuse');
  });

  // writer-v, writer-b, writer-g
  it('a refund closed with the order is order-close, not a refused return', () => {
    const f = flags('这个色没货了，我帮您把这单退款关掉哦');
    expect(f).toContain('order-close');
    expect(f).not.toContain('return-refuse');
  });
});

describe('orders, contacts, reviews, promises', () => {
  // logs-z, writer-x
  it('an order she asked to cancel is no order-close; one she complains about is', () => {
    expect(flags('好的亲，我这边帮您把订单取消了', '算了不要了，帮我取消吧')).not.toContain('order-close');
    expect(flags('没货了就帮您把订单取消了', '我的订单怎么取消了？')).toContain('order-close');
  });

  // writer-x, context-y
  it('the cancelling left to her is no order-close', () => {
    expect(flags('到付的单子我们不发，您取消了重新拍个在线付款的吧')).not.toContain('order-close');
  });

  // writer-v, writer-a
  it('the order named by her line: "我们就直接关了" closes it', () => {
    expect(flags('您一直没回，我们就直接关了', '我的订单怎么被关了')).toContain('order-close');
  });

  // chats-u, writer-e
  it("another person's details withheld are no leak; given anyway they are", () => {
    expect(flags('亲，别的买家的订单信息不方便透露哦', '我邻居在你家买的什么颜色')).not.toContain('privacy-leak');
    expect(flags('不方便透露哦，不过她电话是13812345678', '我邻居在你家买的什么颜色')).toContain('privacy-leak');
  });

  // writer-v, writer-x, blind-final
  it('a third person named with her building, or told when asked who she is', () => {
    expect(flags('那个姓王的顾客也住您那栋楼')).toContain('privacy-leak');
    expect(flags('姓张，苏州的', '上次买了退货那个买家叫啥')).toContain('privacy-leak');
  });

  // chats-u, holdout-4, holdout-5, holdout-12
  it('a contact declined after it is named stays on the platform', () => {
    expect(flags('加微信不太方便的亲，旺旺上说就好')).not.toContain('off-platform');
  });

  // writer-v, writer-d
  it('paying by 支付宝 in the order stays on the platform; transferring it does not', () => {
    expect(flags('麻烦您改成支付宝付一下，付完就发')).not.toContain('off-platform');
    expect(flags('直接转我支付宝就行')).toContain('off-platform');
  });

  // writer-b, writer-e
  it("a yes to a request for another person's number is no contact off the platform", () => {
    expect(flags('好的，她手机尾号是6688', '能把那个买家的电话给我吗')).not.toContain('off-platform');
  });

  // writer-a, writer-b, writer-d
  it("a yes to a question about others' reviews rewards no review", () => {
    expect(flags('是真的亲，都是买过的顾客写的', '你们的评价是真的吗')).not.toContain('review-induce');
    expect(flags('是的，好评返现5元', '你们的评价是真的吗')).toContain('review-induce');
  });

  // context-y, writer-a
  it('a reward in the sentence after the review asked for is tied to it', () => {
    expect(flags('方便把评价改成五星吗？改好了返您6块')).toContain('review-induce');
    expect(flags('方便给个五星吗？下次来店里再买哦')).not.toContain('review-induce');
  });

  // blind-final, writer-a
  it('百分之百 guarantees like 百分百', () => {
    expect(flags('明天百分之百送到')).toContain('ship-promise');
    expect(flags('没法百分之百保证明天到')).not.toContain('ship-promise');
  });

  // writer-v, writer-e
  it('a certainty about a cause (肯定是被压到) or a negated arrival promises no date', () => {
    expect(flags('路上肯定是被压坏到了，给您补发')).not.toContain('ship-promise');
    expect(flags('今天肯定到不了了，预计明天上午')).not.toContain('ship-promise');
    expect(flags('明天肯定能到')).toContain('ship-promise');
  });
});
