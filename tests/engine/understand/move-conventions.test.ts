// The writers' known disagreements on moves, decided against ../shared/eval/labelling.md (README,
// "Moves read from structure"): the reader follows each decision. Wordings are this file's own.
import { describe, expect, it } from 'vitest';
import { understand, understandByRules } from '@/engine/understand/understand';

const read = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {});
const moves = (text: string, buyer?: string) => read(text, buyer).moves;

describe('urge-order needs a push, not a time condition (今天拍还送…)', () => {
  it('reads the day a gift, a cut or a dispatch applies as that offer alone', () => {
    // Files: chats-u, writer-x, writer-v, logs-z, blind-b, blind-c, writer-g label these without urge-order.
    // The rules alone: the classifier, trained on older labels that said otherwise, may still add it
    // until it is retrained.
    const rules = (text: string) => understandByRules(text).moves;
    expect(rules('这款今天下单还送一个收纳盒哦')).toEqual(['offer-gift']);
    expect(rules('现在拍下赠送保温杯一个')).not.toContain('urge-order');
    expect(rules('今天付款的话今晚就给您发出')).not.toContain('urge-order');
    expect(rules('今天拍明天就能到您那')).not.toContain('urge-order');
  });

  it('still reads an invitation, a deadline or scarcity as urge-order', () => {
    expect(moves('喜欢的话现在就拍吧')).toContain('urge-order');
    expect(moves('今天下单正好赶上发货')).toContain('urge-order');
    expect(moves('今晚下单立减20,只到12点哦')).toContain('urge-order');
    expect(moves('这个色只剩3件了')).toContain('urge-order');
    expect(moves('活动马上结束,抓紧哈')).toContain('urge-order');
  });
});

describe('a bare curt no makes no move, whatever she asked', () => {
  it('gives no product-info or shipping-info to 没 / 没有。 / 不包 / 不行', () => {
    // 39 of 41 such replies across the tuning files carry no move (labelling.md: "没" is tone-cold).
    expect(moves('没', '这件有灰色的吗')).toEqual([]);
    expect(moves('没有。', '还有大一码的吗')).toEqual([]);
    expect(moves('不包', '这个包不包邮')).toEqual([]);
    expect(moves('不行', '能先发货吗')).toEqual([]);
  });

  it('keeps the flag a curt no raises', () => {
    expect(read('不行', '能开发票吗').flags.map((f) => f.rule)).toContain('invoice-refuse');
  });

  it('still reads a no that says more as the answer it gives', () => {
    expect(moves('没有了亲,灰色下周到货', '这件有灰色的吗')).toContain('product-info');
    expect(moves('不是的亲,是涤棉的', '这是纯棉的吗')).toContain('product-info');
  });
});

describe('a bare pointer elsewhere answers nothing', () => {
  it('reads 详情页 / 说明书 / 问厂家 alone as no product-info', () => {
    expect(moves('详情页', '这个有防水款吗')).toEqual([]);
    expect(moves('说明书', '这个咋组装')).toEqual([]);
    expect(moves('问厂家', '保修几年')).toEqual([]);
  });

  it('still reads a value given after a short question', () => {
    expect(moves('白色和灰色两种', '有几个颜色')).toContain('product-info');
  });
});

describe('greetings and closing questions', () => {
  it('reads the shop named in a greeting as no statement about the item', () => {
    expect(moves('您好,欢迎光临小橘家居旗舰店,我是客服阿橘')).toEqual(['greet']);
    expect(moves('这里是某某数码授权专卖店,很高兴为您服务')).not.toContain('product-info');
  });

  it('still reads a claim that the goods are genuine as product-info', () => {
    expect(moves('我们是品牌授权店,保证正品')).toContain('product-info');
  });

  it('reads 还有什么可以帮您的吗 as ask-info, not a greeting', () => {
    const closing = moves('好的亲,还有什么可以帮您的吗');
    expect(closing).toContain('ask-info');
    expect(closing).not.toContain('greet');
    expect(moves('您这边还有其他问题吗')).toContain('ask-info');
    expect(moves('您好,有什么可以帮您的吗')).toContain('greet');
  });

  it('reads 我一直在的 as no greeting', () => {
    expect(moves('有问题直接旺旺发我,我一直在的')).not.toContain('greet');
    expect(moves('在的亲')).toContain('greet');
  });
});

describe('a traced parcel\'s arrival is track-parcel, not shipping-info too', () => {
  it('reads the arrival a trace reports as part of the trace', () => {
    // blind-final, writer-b, writer-d: the estimate after a trace is labelled track-parcel alone.
    const traced = moves('我刚帮您联系了网点,包裹今天下午就能送到');
    expect(traced).toContain('track-parcel');
    expect(traced).not.toContain('shipping-info');
  });

  it('still reads an arrival estimate with no trace as shipping-info', () => {
    expect(moves('江浙沪一般两天到')).toContain('shipping-info');
    expect(moves('今天发的话明天就能收到', '什么时候能到')).toContain('shipping-info');
  });
});

describe('a question that also offers asks her to choose', () => {
  it('reads the offers and ask-info', () => {
    // blind-final, chats-u, logs-z, writer-b, writer-d, writer-g, writer-v.
    const choice = moves('可以给您补发一个新的,也可以直接退款,您看哪种方便');
    expect(choice).toContain('ask-info');
    expect(choice).toContain('offer-exchange');
    expect(moves('换货还是退款都行,你选哪个')).toContain('ask-info');
  });

  it('does not read a statement about which one is better as a question', () => {
    expect(moves('这两款哪个都好用')).not.toContain('ask-info');
  });
});
