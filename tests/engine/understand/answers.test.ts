import { describe, expect, it } from 'vitest';
import { understand, understandByRules } from '@/engine/understand/understand';

const read = (text: string, buyer: string, extra = {}) => {
  const u = understand(text, { buyer, ...extra });
  return { moves: u.moves, flags: u.flags.map((f) => f.rule), answers: u.answers };
};

describe('a reply read after the buyer\'s question', () => {
  it('takes the move of the answer a bare yes gives', () => {
    expect(read('是的亲', '这个是纯棉的吗')).toEqual({ moves: ['product-info'], flags: [], answers: [{ topic: 'material', value: '纯棉', polarity: 'yes' }] });
    expect(read('可以的亲', '能开发票吗').moves).toEqual(['invoice-yes']);
    expect(read('包邮的哦', '包邮吗').moves).toEqual(['shipping-info']);
  });

  it('raises the flag a bare no or yes breaks', () => {
    expect(read('开不了哦', '能开发票吗').flags).toEqual(['invoice-refuse']);
    expect(read('可以的', '加微信可以吗').flags).toEqual(['off-platform']);
    expect(read('不能退哦', '衣服收到了,能退货吗?').flags).toEqual(['return-refuse']);
  });

  it('keeps a flag off where the shop\'s facts switch the rule off', () => {
    expect(read('这款不支持货到付款哦', '能货到付款吗', { cod: false }).flags).toEqual([]);
    expect(read('不包邮哦', '包邮吗', { freeShipping: false }).flags).toEqual([]);
    expect(read('不包邮哦', '包邮吗', { freeShipping: true }).flags).toEqual(['freeship-breach']);
  });

  it('reads a neutral phrase as no "no", and looks past an apology', () => {
    expect(read('没问题的亲', '能开发票吗').moves).toEqual(['invoice-yes']);
    expect(read('不好意思亲,没有了', '还有M码吗').answers).toEqual([{ topic: 'stock', polarity: 'no' }, { topic: 'size', value: 'm', polarity: 'no' }]);
  });

  it('reads a short value given to an open question', () => {
    expect(read('明天发', '什么时候发货').moves).toEqual(['shipping-info']);
  });

  it('uses the topics a scenario state declares when the line names none', () => {
    const u = understand('可以的', { buyer: '那个…我想问问,行吗', asks: ['invoice'] });
    expect(u.moves).toEqual(['invoice-yes']);
  });

  it('reads nothing more without a question', () => {
    expect(understand('是的亲').answers).toBeUndefined();
    expect(read('是的亲', '好的,那我拍了').answers).toBeUndefined();
  });

  it('reads a short answer to a question about what the item is as product-info', () => {
    // A question about no listed topic asks about the item unless it names the service.
    expect(read('18个月哦', '饼干保质期多久').moves).toEqual(['product-info']);
    expect(read('干皮也能用的亲', '干皮能用吗').moves).toEqual(['product-info']);
    expect(read('有的 带防伪码', '有防伪码吗').moves).toEqual(['product-info']);
    expect(read('可以呀,男女同款的', '男生穿可以吗').moves).toEqual(['product-info']);
  });

  it('does not read an answer about the service, a receipt or a curt no as product-info', () => {
    expect(read('可以的', '能帮我改个地址吗').moves).not.toContain('product-info');
    expect(read('在的亲', '在吗').moves).not.toContain('product-info');
    expect(read('好的', '这个能机洗吗').moves).not.toContain('product-info');
    expect(read('没', '这个有定时功能吗').moves).toEqual([]);
    expect(read('自己看详情页', '保质期多久').moves).toEqual([]);
    expect(read('不一样 他家是贴牌的', '那个牌子跟你们一样吗').moves).not.toContain('product-info');
  });

  it('reads a value given to a yes/no question as the answer to its topic', () => {
    expect(read('还在排队中哦', '发货了吗').moves).toEqual(['shipping-info']);
    expect(read('纯手工的呢', '这个杯子是手工做的吗').moves).toEqual(['product-info']);
    expect(read('看详情页', '这个杯子是手工做的吗').moves).toEqual([]);
  });
});

describe('short answers to questions asked without 吗', () => {
  const moves = (text: string, buyer: string) => understandByRules(text, { buyer }).moves;

  it('reads a value given to 几 / 多长 / an alternative as product-info', () => {
    expect(moves('五个档', '这台洗衣机有几个档位')).toEqual(['product-info']);
    expect(moves('1.5米的哦', '数据线多长')).toEqual(['product-info']);
    expect(moves('陶瓷的', '杯子是陶瓷的还是玻璃的')).toEqual(['product-info']);
    expect(moves('有的亲', '这款有现货没')).toEqual(['product-info']);
  });

  it('reads how a size runs as product-info, a size to take as recommend-size', () => {
    expect(moves('标准码', '这鞋偏大还是偏小')).toEqual(['product-info']);
    expect(moves('偏小一码哦', '这条裤子偏大偏小')).toEqual(['product-info']);
    expect(moves('L码', '170穿什么码')).toEqual(['recommend-size']);
  });

  it('reads no answer in a receipt before a wait: the answer comes after the check', () => {
    expect(moves('好的,您稍等,我去仓库问一下', '我的退货你们收到了没有')).toEqual(['please-wait']);
    expect(moves('可以开的,稍等我给您开', '能开发票吗')).toContain('invoice-yes');
  });
});

describe('a question about the item that says 多大 is no size question', () => {
  const moves = (text: string, buyer: string) => understandByRules(text, { buyer }).moves;

  it('reads a capacity or a memory given to 多大 as product-info, a size to 穿多大 as recommend-size', () => {
    expect(moves('8+128', '手机内存多大')).toEqual(['product-info']);
    expect(moves('3升的', '电饭煲多大容量')).toEqual(['product-info']);
    expect(moves('M码就行', '160 95斤穿多大')).toEqual(['recommend-size']);
  });

  it('reads how a size runs said before the size advised as both', () => {
    expect(moves('偏大,建议拍38码', '这双靴子偏大还是偏小')).toEqual(['recommend-size', 'product-info']);
  });
});
