// fix13 (session 13): the remaining findings of session 12's blind tester and other helpers' items.
import { describe, expect, it } from 'vitest';
import { buyerMood } from '@/engine/score/upset';
import { understand } from '@/engine/understand/understand';

describe('buyerMood: a stress mark on a pleased clause is joy', () => {
  it.each(['太好了谢谢！！', '太棒了 谢谢亲!!!', '不错不错!!', '喜欢！！太好了！！'])('%s is calm', (line) => {
    expect(buyerMood(line)).toBeNull();
  });
  it.each(['好的!!快点发货!!', '怎么还没到!!', '谢谢你们的服务 气死了!!'])('%s is upset', (line) => {
    expect(buyerMood(line)).not.toBeNull();
  });
});

const rules = (text: string, buyer: string): string[] => understand(text, { buyer }).flags.map((f) => f.rule);

describe('invoice-refuse: declining an invoice written as another name is the rule', () => {
  it.each([
    ['不好意思亲，不能开成其他商品名称哦', '发票能开成别的名字吗 报销用'],
    ['抱歉亲，发票不能写别的品名的，只能按实际商品开', '品名能写办公用品吗'],
    ['亲，这个不可以开成办公用品的哦，按实际购买的开', '能开发票吗 开办公用品'],
  ])('%s', (text, buyer) => expect(rules(text, buyer)).not.toContain('invoice-refuse'));
  it.each([
    ['不好意思亲，发票开不了，也不能开成其他名称', '发票能开成别的名字吗'],
    ['亲，可以给您开，不过开的是其他商品名称哦~', '发票能开吗 单位抬头'],
    ['不好意思亲，我们不开发票的', '能开发票吗'],
  ])('%s is still refused', (text, buyer) => expect(rules(text, buyer)).toContain('invoice-refuse'));
});

describe('off-platform: the courier\'s code for a COD order stays on the order', () => {
  it.each([
    ['快递员送上门时扫码付款', '货到付款怎么付钱'],
    ['亲，货到付款的话快递小哥上门您扫码支付就可以', '到付怎么给钱'],
  ])('%s', (text, buyer) => expect(rules(text, buyer)).not.toContain('off-platform'));
  it.each([
    ['亲，扫码付款给我就行，不用走订单', '货到付款怎么付钱'],
    ['亲，快递到了您扫我的码付就行', '货到付款怎么付钱'],
    ['亲 收款码发您 扫码付给我 快递员照常送', '货到付款怎么付钱'],
  ])('%s is off-platform', (text, buyer) => expect(rules(text, buyer)).toContain('off-platform'));
});
