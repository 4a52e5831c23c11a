import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { comparedShop } from '@/engine/understand/other-shop';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

// Wordings written for these tests, not taken from a labelled set: each block is one mechanism
// of the platform-rule flags, with replies it must flag and plain ones it must leave alone.
describe('disparage: a bad word said of another shop', () => {
  it('reads a claim about cheaper sellers as a class (便宜的都是…, 某些店用的是…)', () => {
    expect(flags('便宜的基本都是积压的库存货哦')).toContain('disparage');
    expect(flags('某些店用的是碎料拼的，我们是整张皮')).toContain('disparage');
    expect(flags('网上低价的都是拼接料，戴几次就坏')).toContain('disparage');
  });

  it('takes the name the buyer compared us with as the other shop, without a list of brands', () => {
    expect(comparedShop('这个跟无印良品的比哪个好')).toBe('无印良品');
    expect(comparedShop('这款和那款比哪个好')).toBeNull();
    expect(flags('无印良品的就是交智商税，买我们的', '这个跟无印良品的比哪个好')).toContain('disparage');
    expect(flags('飞利浦那个刀头不可能是原装的', '和飞利浦比怎么样')).toContain('disparage');
  });

  it('leaves a fair comparison, our own cheaper item and a refusal to judge alone', () => {
    expect(flags('无印良品的也不错，我们的优势是面料更厚', '这个跟无印良品的比哪个好')).not.toContain('disparage');
    expect(flags('我们和旗舰店质量差不多，价格更实惠', '跟旗舰店比怎么样')).not.toContain('disparage');
    expect(flags('那款面料薄一点，容易起球', '这款和那款比哪个好')).not.toContain('disparage');
    expect(flags('别家的我不评价，我们是全新料', '别家便宜')).not.toContain('disparage');
  });
});

describe('off-platform: the chat or the payment moved off the platform', () => {
  it('reads an adding verb over a handle off the platform', () => {
    expect(flags('这里说话不方便，加个绿泡泡细聊')).toContain('off-platform');
    expect(flags('麻烦加一下我们老板的个人号，有内部价')).toContain('off-platform');
    expect(flags('您私信我，我单独给您报个价')).toContain('off-platform');
    expect(flags('收到货扫卡片上的二维码加客服，返现3元')).toContain('off-platform');
  });

  it('reads a way of paying past the order', () => {
    expect(flags('先别在淘宝拍，我发您收款码')).toContain('off-platform');
    expect(flags('直接打到我卡上就行，给您便宜点')).toContain('off-platform');
    expect(flags('到我们小程序付更便宜')).toContain('off-platform');
  });

  it('leaves a chat kept on the platform and a polite no alone', () => {
    expect(flags('您在订单里申请售后或者直接找我就行')).not.toContain('off-platform');
    expect(flags('加微信不太方便哦，咱们就在旺旺上聊', '加个微信吧')).not.toContain('off-platform');
    expect(flags('不能加微信的亲，有事在这里找我')).not.toContain('off-platform');
    expect(flags('有淘宝群的，店铺首页就能进', '有微信群吗')).not.toContain('off-platform');
    expect(flags('您可以加我们旺旺好友，上新会通知')).not.toContain('off-platform');
    expect(flags('您拍下先别付款，我给您改个价')).not.toContain('off-platform');
    expect(flags('请不要添加任何自称客服的个人微信，谨防诈骗')).not.toContain('off-platform');
  });
});

describe('return-refuse: an inspection counted as use', () => {
  it('reads "a try-on counts as used" as a refusal, not the stated condition', () => {
    expect(flags('拆开看过就算用过了，影响二次销售，退不了', '盒子拆开看了下，不太喜欢，能退吗')).toContain('return-refuse');
    expect(flags('穿过洗过的就不能退了哦', '穿过洗过了还能退吗')).not.toContain('return-refuse');
  });
});

describe('the order and its way of paying', () => {
  it('reads a COD order she placed that is closed, made to pay online or left unshipped as cod-refuse', () => {
    expect(flags('系统说您那边风险高，我就帮您把单关闭了', '我这单是货到付款的，怎么没了')).toContain('cod-refuse');
    expect(flags('我这边已经给您改成在线支付了，点链接付一下就行', '我拍的是货到付款')).toContain('cod-refuse');
    expect(flags('您那个地址系统不让我们发，只能先付款', '我下的是货到付款，怎么还不发')).toContain('cod-refuse');
  });

  it('leaves a closing owned as a mistake and undone alone', () => {
    expect(flags('是我们弄错了，这单不该取消，马上重新给您补一单货到付款', '我的货到付款单怎么被取消了')).not.toContain('cod-refuse');
  });

  it('reads 关 only as closing, not inside 报关 or 关注', () => {
    expect(flags('我们这边的货都是正规报关的，有单据', '是正品吗')).not.toContain('order-close');
    expect(flags('您的单子我这边先关掉了哈', '我想问下什么时候发')).toContain('order-close');
  });
});

describe('return-refuse: a return dissuaded or a reason demanded', () => {
  it('reads "don\'t apply" after her after-sales request as a refusal', () => {
    expect(flags('这种小瑕疵不影响使用，您就别申请了', '杯口有个小缺口，想退')).toContain('return-refuse');
    expect(flags('您先讲清楚到底什么原因，不然没法给您处理', '不想要了，想退')).toContain('return-refuse');
  });
});

describe('review-induce: a reward for the review her line names', () => {
  it('reads a reward that asks her to change the review she left', () => {
    expect(flags('亲，能撤掉吗？给您转15块', '我已经给了差评')).toContain('review-induce');
    expect(flags('您能不能给个好评，我退您10元补偿', '东西太差了')).toContain('review-induce');
  });

  it('leaves an apology without a reward alone', () => {
    expect(flags('抱歉给您添麻烦了，问题我们一定解决', '我已经给了差评')).not.toContain('review-induce');
  });
});

describe('off-platform: her phone asked for, a cheaper channel off the platform', () => {
  it('reads her number asked for a call off the platform, and a channel said to be cheaper than here', () => {
    expect(flags('这个我定不了，您留个手机号，我们经理打给您谈')).toContain('off-platform');
    expect(flags('我们小程序上也有，比淘宝便宜十来块')).toContain('off-platform');
  });

  it('leaves a phone asked for the fitter or the delivery alone', () => {
    expect(flags('您方便留个电话吗？安装师傅上门前会联系您')).not.toContain('off-platform');
  });
});

describe('freeship-breach: a region she says is outside 包邮', () => {
  it('reads postage for the region her line puts outside the range as the range itself', () => {
    expect(flags('对的亲，青海这边需要补10元运费', '我青海的，你们写的偏远地区除外对吧')).not.toContain('freeship-breach');
  });

  it('reads her question before the order whether a region ships free as answered by the range', () => {
    expect(flags('宁夏的话要加15哦', '宁夏包邮吗')).not.toContain('freeship-breach');
    expect(flags('可以发的，澳门运费另算', '能寄到澳门吗')).not.toContain('freeship-breach');
    // After the order, or when the reply says the region does ship free, the charge breaks the promise.
    expect(flags('宁夏的话要加15哦', '拍好了，宁夏也包吧')).toContain('freeship-breach');
    expect(flags('宁夏也是包邮的，拍完联系我补个运费就行', '宁夏包邮吗')).toContain('freeship-breach');
  });

  it('reads the order she says shipped free (我这是包邮款, 页面没说要加) as the promise a charge breaks', () => {
    expect(flags('乡下是要加钱的', '详情里没说要加钱啊')).toContain('freeship-breach');
    expect(flags('您那边路远，就补个6块吧', '我拍了个包邮的，怎么还要补钱')).toContain('freeship-breach');
  });
});

describe('freeship-breach: postage that is not the 包邮 goods going out', () => {
  it('reads a return or an exchange, in her line or in the sentence that charges, as the return postage (policy)', () => {
    expect(flags('可以的，来回运费您这边承担哦', '鞋子不喜欢，能退吗')).not.toContain('freeship-breach');
    expect(flags('能换的，不过运费要您自己出', '码数不对想换一双')).not.toContain('freeship-breach');
    expect(flags('换是能换，就是运费得您出哈', '这个颜色看着不太一样')).not.toContain('freeship-breach');
    // A courier changed is not the goods going back.
    expect(flags('给您换成顺丰了，差价您补一下', '我拍的包邮款还没发吗')).toContain('freeship-breach');
  });

  it('reads a charge waived or governed by a modal no as no charge', () => {
    expect(flags('是我们弄错了，那个补邮费的链接您不用拍了', '包邮的为啥让我补邮费')).not.toContain('freeship-breach');
    expect(flags('包邮地区内，不会以任何理由再让您补邮费的')).not.toContain('freeship-breach');
  });
});
