import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { MOVES, type Move } from '@/engine/vocabulary';

const moves = (text: string) => understand(text).moves;

const EXAMPLES: Record<Move, string> = {
  greet: '亲,您好~有什么可以帮您的吗',
  thank: '感谢您的支持,祝您生活愉快',
  empathize: '非常理解您的心情,换作是我也会着急',
  apologize: '实在抱歉,是我们发错货了',
  'ask-info': '亲,方便说一下身高体重吗',
  'recommend-size': '按您的身高体重,建议拍M码哦',
  'product-info': '这款是纯棉的,很透气哦',
  'hold-price': '亲,这已经是活动价了,真的不能再低了',
  'offer-discount': '那给您便宜10块吧',
  'offer-gift': '价格不变,送您一双袜子哦',
  'urge-order': '活动今晚就结束了,库存不多了哦',
  upsell: '这件搭配我们家的阔腿裤很好看哦',
  'explain-policy': '签收7天内不影响二次销售都可以无理由退换',
  'offer-return': '您申请一下退款,我马上同意',
  'offer-exchange': '给您换个大一码的,运费我们出',
  'offer-compensation': '给您补偿5元红包表示歉意',
  'shipping-info': '付款后48小时内发货,默认发中通',
  'track-parcel': '我马上帮您查一下物流',
  'invoice-yes': '发票可以开的,您把抬头发我',
  escalate: '这个我需要跟主管确认一下',
  'compare-objective': '两款的区别在于我们用的是加厚面料',
  acknowledge: '好的亲~',
  'please-wait': '请稍等,我帮您查一下',
};

describe('moves', () => {
  it.each(MOVES.map((m) => [m, EXAMPLES[m]] as const))('recognises %s', (move, text) => {
    expect(moves(text)).toContain(move);
  });

  it('reads a receipt as acknowledge only when it says nothing else', () => {
    expect(moves('嗯嗯收到')).toEqual(['acknowledge']);
    expect(moves('不客气哦亲😊')).toEqual(['acknowledge']);
    expect(moves('好的,感谢您的支持')).not.toContain('acknowledge');
    // After a yes/no question the same words answer it.
    expect(understand('好的', { buyer: '能开发票吗' }).moves).toEqual(['invoice-yes']);
  });

  it('reads please-wait as the agent checking, not a delivery to wait for', () => {
    expect(moves('您稍等,我看一下库存')).toContain('please-wait');
    expect(moves('这边帮您核实一下哦')).toContain('please-wait');
    expect(moves('快递在路上了,请耐心等待')).not.toContain('please-wait');
  });

  // 今天拍下送… is the gift's condition, not a push to order (README, moves conventions): no urge-order.
  it('finds several moves in one reply', () => {
    expect(moves('价格确实没法再低了,不过今天拍下送运费险,明天就发货哦')).toEqual(['hold-price', 'offer-gift', 'shipping-info']);
    expect(moves('价格确实没法再低了,喜欢的话早点拍,活动今晚就结束,明天就发货哦')).toEqual(
      expect.arrayContaining(['hold-price', 'urge-order', 'shipping-info']),
    );
  });

  it('does not take a refusal to cut the price for a discount', () => {
    const m = moves('不能再便宜了亲');
    expect(m).toContain('hold-price');
    expect(m).not.toContain('offer-discount');
  });

  it('reads "this is the lowest" after a concrete price as the offer, not a refusal', () => {
    expect(moves('可以给您改成159元,这是最低了哦')).toEqual(['offer-discount']);
  });

  it('does not take "换作是我" for an exchange', () => {
    expect(moves('换作是我也会着急的')).not.toContain('offer-exchange');
  });

  it('reads a cut on a bulk or a bundle as offer-discount (labelling: 两件减20)', () => {
    expect(moves('两件一起拍减15哦')).toContain('offer-discount');
    expect(moves('宝子第二瓶半价哦')).toContain('offer-discount');
    expect(moves('今晚下单立减30,只到12点')).toContain('offer-discount');
    expect(moves('和主机一起买比单买省60')).toContain('offer-discount');
    expect(moves('少1件的话我们马上补发')).not.toContain('offer-discount');
    expect(moves('首页有满199减20的店铺券')).not.toContain('offer-discount');
  });

  it('reads chasing the warehouse as shipping-info and chasing the courier as track-parcel (labelling)', () => {
    expect(moves('已经帮您催仓库了,今天发出')).toContain('shipping-info');
    expect(moves('我这就去仓库催一下哈')).not.toContain('track-parcel');
    expect(moves('我让仓库去催顺丰派送')).toContain('track-parcel');
  });

  it('does not read a statement about a gift\'s terms as offering one', () => {
    expect(moves('赠品是单独发的,再等两天')).not.toContain('offer-gift');
    expect(moves('宝子买一送一是送一个小样哈')).not.toContain('offer-gift');
    expect(moves('今天拍下送一个收纳袋')).toContain('offer-gift');
  });

  it('does not take a coupon for a price cut', () => {
    expect(moves('领一下店铺的10元优惠券')).toEqual(['offer-gift']);
  });

  it('does not take a review bribe for compensation', () => {
    expect(moves('删掉差评给您返个红包')).not.toContain('offer-compensation');
  });

  it('does not take the refusal of an invoice for invoice-yes', () => {
    expect(moves('活动商品不提供发票的')).not.toContain('invoice-yes');
  });

  it('reads traditional characters and full-width digits', () => {
    expect(moves('可以給您便宜１０元')).toEqual(['offer-discount']);
  });

  it('returns moves in vocabulary order, so equal replies compare equal', () => {
    expect(moves('谢谢亲,您好')).toEqual(['greet', 'thank']);
  });
});

describe('upsell: another item put to her, not her own bundle or a set named', () => {
  const read = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).moves;
  it('reads 一起拍 after her own bundle as its price, and a set named as no upsell', () => {
    expect(read('杯子加杯垫一起拍少8块', '杯子和杯垫一起买能便宜吗')).not.toContain('upsell');
    expect(read('一起拍少8块,要不要再看看同系列的托盘', '杯子和杯垫一起买能便宜吗')).toContain('upsell');
    expect(read('礼盒套装里有四支,颜色都不一样')).not.toContain('upsell');
    expect(read('推荐您拍这个套装,比单买划算')).toContain('upsell');
  });

  it('reads an extra put in for her (给您加一副手套) as offer-gift, no upsell', () => {
    const moves = read('价格真的改不了,我给您加一副手套', '再便宜点吧');
    expect(moves).toContain('offer-gift');
    expect(moves).not.toContain('upsell');
  });
});

describe('please-wait: only a wait she is asked to bear (wait-asked.ts)', () => {
  const read = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).moves;
  it('reads the errand to a colleague with no wait asked as escalate alone, and an explicit wait as please-wait', () => {
    expect(read('那我问下店长能不能包邮', '不包邮我就不买了')).toEqual(['escalate']);
    expect(read('您稍等,我问下店长能不能包邮', '不包邮我就不买了')).toContain('please-wait');
  });

  it('reads a check that waits on what she is to send as ask-info alone', () => {
    expect(read('麻烦拍个照片给我,我看一下', '杯子裂了')).not.toContain('please-wait');
    expect(read('好的请稍等,我帮您查一下', '快递到哪了')).toContain('please-wait');
  });
});
