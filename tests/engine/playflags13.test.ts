import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const flags = (text: string, buyer?: string, ctx: ReplyContext = {}): string[] =>
  understand(text, { ...ctx, ...(buyer ? { buyer } : {}) }).flags.map((f) => f.rule);

// Session 13 (playflags13): platform rules the session-12 blind play tester found misread
// (/work/play12/findings.md). Each block has the play wording, wordings of our own, and the
// near-misses that must stay as they are.

describe('order-close: a closing put to her is the consent step (F29)', () => {
  const late = '快递到底还送不送了?卡在中转站4天了 再不到我就差评了';
  it('reads an offer to cancel with her consent as no closing', () => {
    expect(flags('亲，要不要我帮您取消订单？您同意的话我再操作', late)).not.toContain('order-close');
    expect(
      flags('亲，您放心，如果周五晚上还没到，我们直接给您补发顺丰，运费店铺承担，再补偿一张10元无门槛券；或者要不要我帮您取消订单全额退款？您同意的话我再操作哦', late),
    ).not.toContain('order-close');
    expect(flags('亲，黑色缺货了，需要我帮您把订单取消吗？', '黑色什么时候发')).not.toContain('order-close');
    expect(flags('亲，黑色暂时没货，这单我帮您关掉好不好？到货第一时间通知您', '黑色什么时候发')).not.toContain('order-close');
    expect(flags('黑色没货了，等您确认后我再帮您取消订单哦', '黑色什么时候发')).not.toContain('order-close');
  });

  it('still reads a closing done or announced, whatever courtesy follows', () => {
    expect(flags('亲，黑色缺货了，我直接帮您取消订单，您确认一下退款到账没', '黑色什么时候发')).toContain('order-close');
    expect(flags('亲，黑色缺货了，我帮您取消订单，新地址您告诉我', '黑色什么时候发')).toContain('order-close');
    expect(flags('亲，黑色缺货了，我已经帮您把订单取消了吗？不好意思', '黑色什么时候发')).toContain('order-close');
    expect(flags('亲，没关系，那我先帮您取消掉，您想好了再来', '我下了单，还在犹豫要不要')).toContain('order-close');
  });
});

describe('privacy-leak: her own address confirmed to her (F43)', () => {
  it('reads her own delivery city checked in her chat as no leak', () => {
    expect(
      flags('亲，让您久等了，刚联系了申通，包裹在中转站确实滞留了，我已经催快递加急处理，我核对一下，您的收货地址是杭州的对吧？有新进展第一时间通知您哦', '快递到底还送不送了?卡在中转站4天了 再不到我就差评了'),
    ).not.toContain('privacy-leak');
    expect(flags('亲，我核对一下，您的收货地址是杭州西湖区的对吧？', '订单号2907316648203315 到底什么时候到')).not.toContain('privacy-leak');
  });

  it('still reads another person’s data, another account or a third person in the reply as a leak', () => {
    expect(flags('您朋友的收货地址是杭州的对吧', '你好 我想问下我朋友买的那单寄到哪了')).toContain('privacy-leak');
    expect(flags('您的收货地址是杭州西湖区文三路哦', '我换了个号 帮我看下之前那单寄到哪了')).toContain('privacy-leak');
    expect(flags('您的地址是杭州西湖区，隔壁那个买家也是这个小区的', '快递到哪了')).toContain('privacy-leak');
  });
});

describe('invoice-refuse: an invoice granted on terms that refuse it (F14/F15/F16)', () => {
  const asked = '那发票能开不 单位抬头 电子的就行';
  it('reads a receipt, a title limited or refused, another item’s name as a refusal', () => {
    expect(flags('亲，可以开的，就是特价款只能开收据哦~', asked)).toContain('invoice-refuse');
    expect(flags('亲，可以开的，但只能开个人抬头的哈~', asked)).toContain('invoice-refuse');
    expect(flags('亲，可以给您开，不过开的是其他商品名称哦~', asked)).toContain('invoice-refuse');
    expect(flags('亲，我们这边开不出公司抬头，您写个人名字可以吗~', asked)).toContain('invoice-refuse');
    expect(flags('可以开，但是开不了公司抬头', '能开发票吗')).toContain('invoice-refuse');
    expect(flags('可以开的，不过开的是我们另一家公司的抬头，您看行不', '能开发票吗')).toContain('invoice-refuse');
    expect(flags('亲，个人抬头开不了哈，只能开公司的', '我要开个人抬头的发票')).toContain('invoice-refuse');
  });

  it('reads an invoice held until a review as a refusal and review pressure', () => {
    const f = flags('亲，发票可以开，不过要确认收货好评后才开哦~', asked);
    expect(f).toContain('invoice-refuse');
    expect(f).toContain('review-induce');
    expect(flags('发票好评了再给您开哈', '能开发票吗')).toContain('review-induce');
  });

  it('reads every title given, another company refused, or a review asked with no hold as no refusal', () => {
    expect(flags('亲，公司抬头没问题，免费的，确认收货后3个工作日内发到您邮箱哦', asked)).not.toContain('invoice-refuse');
    expect(flags('可以开的亲，个人和公司抬头都可以', '能开发票吗')).not.toContain('invoice-refuse');
    expect(flags('专票只能开公司抬头哦，个人的可以开普票', '能开专票吗')).not.toContain('invoice-refuse');
    expect(flags('对公转账不行哦，发票可以正常开', '我要对公转账 开发票')).not.toContain('invoice-refuse');
    expect(flags('亲，发票只能开您本人或您公司的抬头，给其他公司开是不符合规定的', '发票抬头能写别的公司吗')).not.toContain('invoice-refuse');
    const f = flags('可以的亲，收到货给个好评呗，发票确认收货后3个工作日内开', '能开发票吗');
    expect(f).not.toContain('invoice-refuse');
    expect(f).not.toContain('review-induce');
  });
});

describe('card-fee: a card price of its own (F18)', () => {
  const asked = '信用卡分期能用不 额外收费吗 🤔';
  it('reads a different price for paying by card as the fee', () => {
    expect(flags('亲，信用卡能用的哈，信用卡付款价格是209哦~', asked, { price: 199 })).toContain('card-fee');
    expect(flags('亲，信用卡能用的哈，信用卡付款价格是209哦~', asked)).toContain('card-fee');
    expect(flags('可以的，刷卡的话要209哦', '能刷卡吗', { price: 199 })).toContain('card-fee');
  });

  it('reads the same price, a price at the list price, or instalments as no fee', () => {
    expect(flags('可以刷卡，花呗付款价格也是199，不加钱', '能刷卡吗')).not.toContain('card-fee');
    expect(flags('可以的亲，信用卡付款是199元', '能刷卡吗', { price: 199 })).not.toContain('card-fee');
    expect(flags('能的，信用卡分期3期免息', '能刷卡吗')).not.toContain('card-fee');
    expect(flags('可以的亲，分期12期每期17元', '能刷卡吗')).not.toContain('card-fee');
    expect(flags('开票要15个工作日哦', '能开发票吗')).not.toContain('invoice-fee');
  });
});

describe('off-platform: a QQ group, a handle’s place told, another marketplace (F19/F41)', () => {
  const wechat = '亲 你们有微信吗 私下转账便宜点呗 平台还扣你们钱呢';
  it('reads the chat or the sale moved off the platform', () => {
    expect(flags('亲，微信不方便哦，您可以加我们的企业QQ群，群里有优惠~', wechat)).toContain('off-platform');
    expect(flags('亲，V信号在主页店铺简介里，您自己看哈~', wechat)).toContain('off-platform');
    expect(flags('亲，走闲鱼拍吧，我那边挂个一样的，175给您', wechat)).toContain('off-platform');
    expect(flags('亲 我发你个拼多多链接 一样的货 175', wechat)).toContain('off-platform');
    expect(flags('微信号就在店铺简介里，自己搜一下哈', '你们有微信吗')).toContain('off-platform');
    expect(flags('亲，抖音直播间拍更便宜哦，搜我们店名就行', '有优惠吗')).toContain('off-platform');
  });

  it('reads a platform group, a refusal, or a shop compared as staying on the platform', () => {
    expect(flags('可以加我们淘宝群哦，群里有专属券', '有优惠吗')).not.toContain('off-platform');
    expect(flags('亲，不好意思，不能走闲鱼或者私下交易哦，在淘宝拍有保障', wechat)).not.toContain('off-platform');
    expect(flags('亲，京东旗舰店也有卖，价格一样', '有优惠吗')).not.toContain('off-platform');
    expect(flags('您是在抖音上买的吗?那需要去抖音售后哦', '我在抖音买的 怎么退')).not.toContain('off-platform');
    expect(flags('嫌贵去拼多多买吧', '别家才卖159')).not.toContain('off-platform');
    expect(flags('闲鱼上是个人卖家,价格可能更低,但一般没有质保', '你们这个翻新机和闲鱼上的比有什么优势')).not.toContain('off-platform');
  });
});

describe('ship-promise: a yes to her dated arrival question (F28)', () => {
  const tomorrow = '那就你家吧 顺丰明天能到吧?';
  it('reads an unhedged yes or a flat next-day arrival as the promise', () => {
    expect(flags('亲，能到的，放心~', tomorrow)).toContain('ship-promise');
    expect(flags('亲，顺丰次日达哦', tomorrow)).toContain('ship-promise');
    expect(flags('能到的亲，放心~', '我上海的 明天必须到 行不行')).toContain('ship-promise');
    expect(flags('亲，上海一般第二天就到了，周六肯定来得及', '我上海的 明天必须到 行不行')).toContain('ship-promise');
    expect(flags('放心吧，来得及', '周六前能到吗')).toContain('ship-promise');
    expect(flags('能', '明天能到吗')).toContain('ship-promise');
    expect(flags('能', '明天能到吗 到不了我就退')).toContain('ship-promise');
  });

  it('reads a hedge, a denial, a note taken, another question or an undated question as no promise', () => {
    expect(flags('一般能到的，不过以物流为准哈', '明天能到吗')).not.toContain('ship-promise');
    expect(flags('能发货的，明天到不了哦', '明天能到吗')).not.toContain('ship-promise');
    expect(flags('顺丰的话次日达，不过不敢保证', '明天能到吗')).not.toContain('ship-promise');
    expect(flags('亲，明天到问题不大哦', tomorrow)).not.toContain('ship-promise');
    expect(flags('可以备注哦', '能指定周六送到吗')).not.toContain('ship-promise');
    expect(flags('可以换的亲，吊牌没拆、没洗过就都没问题', '那能换吗？周六前来得及吗')).not.toContain('ship-promise');
    expect(flags('放心，很快的', '多久能到')).not.toContain('ship-promise');
    expect(flags('是的', '明天到不了吧?')).not.toContain('ship-promise');
    expect(flags('能不能到要看快递哦', '明天能到吗')).not.toContain('ship-promise');
    expect(flags('可以免费换码的亲,有运费险,来回运费不用您出哦', '今天拍明天能到不 明天不到我就不要了')).not.toContain('ship-promise');
  });
});

describe('disparage: a wink at another shop (F31)', () => {
  const bait = '同行你们肯定知道 他家货有问题吧?说嘛';
  it('reads the insinuation as running the shop down', () => {
    expect(flags('亲，这个价格，懂的都懂😏', bait)).toContain('disparage');
    expect(flags('亲，您懂的，我就不多说了', bait)).toContain('disparage');
    expect(flags('便宜的那家，不用我多说了吧', '别家才卖159')).toContain('disparage');
  });

  it('reads a wink with no other shop, or one denied, as no disparagement', () => {
    expect(flags('亲，这款性价比，懂的都懂，闭眼入', '这个好用吗')).not.toContain('disparage');
    expect(flags('这个价格，懂的都懂，闭眼入', 'ok 那这款值吗')).not.toContain('disparage');
    expect(flags('亲，我们不是那种懂的都懂的店，同行的我们不评价哦', bait)).not.toContain('disparage');
    expect(flags('亲，同行的货我们不好评价哈，我们是官方旗舰店，每副都可以查防伪码，您自己判断就好~', bait)).not.toContain('disparage');
  });
});

describe('review-induce: the reward she demanded for five stars granted (F37)', () => {
  const demand = '少废话 返我30 我就给五星 不然差评挂着';
  it('reads the reward granted for the review she offered', () => {
    expect(flags('亲，实在抱歉，这样，我直接给您补30元红包，周五前肯定补发顺丰到您手上', demand)).toContain('review-induce');
    expect(flags('行，30就30，您记得给五星哈', demand)).toContain('review-induce');
    expect(flags('好的亲，20元马上给您转过去', '补我20 我就把差评删了')).toContain('review-induce');
  });

  it('reads the deal refused, the review left to her, or a threat alone as no reward for a review', () => {
    expect(flags('亲，实在抱歉，评价是您的权利，我们不能用红包换好评哦，补偿只和这次物流耽误有关', demand)).not.toContain('review-induce');
    expect(flags('亲，物流耽误实在抱歉，给您补偿10元，评价您按真实感受来就好', '补偿多给点呗 给够了我给你好评')).not.toContain('review-induce');
    expect(flags('亲，实在抱歉，给您补偿10元红包', '快递晚了4天 给我补偿 不然差评')).not.toContain('review-induce');
    expect(flags('亲，补偿最多10元哦，实在抱歉', '补偿多给点呗 给够了我给你好评')).not.toContain('review-induce');
    expect(flags('好的亲，给您加到20元', '补偿多给点呗 给够了我给你好评')).toContain('review-induce');
  });
});
