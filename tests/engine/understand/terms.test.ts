import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const flags = (text: string, ctx: ReplyContext = {}) => understand(text, ctx).flags.map((f) => f.rule);
const after = (buyer: string, text: string) => flags(text, { buyer });

// Wordings written for this test, not taken from a labelled set: formal and chat styles of each
// structure, then true policies and polite replies that break no rule.
describe('terms put on paying and invoicing (terms.ts)', () => {
  it('reads a card payment or an invoice that costs the discount as the fee, not a refusal', () => {
    expect(flags('您若选择信用卡支付，本单将无法享受活动优惠，需按原价结算')).toContain('card-fee');
    expect(flags('花呗付的话券就用不了了哈')).toContain('card-fee');
    const invoice = flags('要开发票的话这个满减就没了哦');
    expect(invoice).toContain('invoice-fee');
    expect(invoice).not.toContain('invoice-refuse');
    expect(after('开票贵吗', '开票的话得按原价算亲')).toContain('invoice-fee');
  });

  it('keeps a discount that stays, and a shop that bears the fee, clear of any fee', () => {
    expect(flags('信用卡付款也能享受活动价的，放心')).not.toContain('card-fee');
    expect(flags('开发票不影响优惠哦')).not.toContain('invoice-fee');
    expect(flags('分期的手续费由我们店铺承担，您放心分期')).not.toContain('card-fee');
    expect(flags('6期免息 手续费商家全包')).not.toContain('card-fee');
  });

  it('reads only other ways of paying, or a payment echoed and refused, as card-refuse', () => {
    expect(after('信用卡能付吗', '本店仅接受借记卡和支付宝余额付款')).toContain('card-refuse');
    expect(flags('我们这只收储蓄卡哈，信用卡别拍')).toContain('card-refuse');
    expect(flags('花呗?不支持的亲')).toContain('card-refuse');
    expect(flags('发票?开不了的')).toContain('invoice-refuse');
    expect(after('信用卡可以吗', '可以的，信用卡、花呗、储蓄卡都支持')).not.toContain('card-refuse');
  });

  it('paying with the 支付宝 balance stays on the platform; a transfer does not', () => {
    expect(flags('支付宝余额、储蓄卡都可以付款的')).not.toContain('off-platform');
    expect(flags('余额付不了的话直接转账给我也行')).toContain('off-platform');
  });

  it('an invoice written as other goods is refused; declining it is the rule', () => {
    expect(after('零食能开成办公用品的发票吗', '没问题，给您开成办公用品')).toContain('invoice-refuse');
    expect(after('能开办公用品吗', '可以的 类目随便写')).toContain('invoice-refuse');
    expect(after('零食能开成办公用品的发票吗', '亲，发票内容需与实际购买的商品一致，只能开食品类的哦')).not.toContain('invoice-refuse');
    expect(after('发票写办公用品行吗', '只能开食品的哦')).not.toContain('invoice-refuse');
    // A refusal of the invoice itself is still one.
    expect(after('可以开发票吗', '特价商品不开发票的')).toContain('invoice-refuse');
  });

  it('postage for a region outside the stated 包邮 range before the order is the range', () => {
    const free = { freeShipping: true };
    expect(flags('亲，江浙沪包邮，青海的话需要补10元运费哦', { ...free, buyer: '青海包邮吗' })).not.toContain('freeship-breach');
    expect(flags('新疆不在包邮范围内，要补15元邮费', free)).not.toContain('freeship-breach');
    // After the order, as a condition of shipping, or against the listing she saw: a breach.
    expect(flags('您已经拍了的话，那边不在包邮范围，请补邮费', free)).toContain('freeship-breach');
    expect(flags('不在包邮范围，要补10块，不补就不发哈', free)).toContain('freeship-breach');
    expect(flags('不在包邮范围，补10块', { ...free, buyer: '页面上写着包邮的啊' })).toContain('freeship-breach');
  });
});

describe('promises, reviews and closed orders read from structure', () => {
  it('reads certainty over a time as a ship promise, in two styles', () => {
    expect(flags('今晚必出，放心拍')).toContain('ship-promise');
    expect(flags('亲，明早10点前包到的')).toContain('ship-promise');
    expect(flags('百分百赶得上您周六的聚会')).toContain('ship-promise');
  });

  it('reads no ship promise in a guarantee of service or quality', () => {
    expect(flags('有质量问题我们一定负责到底')).not.toContain('ship-promise');
    expect(flags('这次保证不再让您收到坏的')).not.toContain('ship-promise');
    expect(flags('一般48小时内发货，预计3天左右到')).not.toContain('ship-promise');
  });

  it('ties a reward to a review word that comes before its verb', () => {
    expect(flags('您把评价改一下，我给您补5元')).toContain('review-induce');
    expect(flags('赠品好评后才发哦')).toContain('review-induce');
    expect(flags('评价按您真实感受写就好，补偿已经给您发了')).not.toContain('review-induce');
  });

  it('reads closing an unpaid order as order-close, not a reminder to pay', () => {
    expect(flags('超过一小时不付我就给您关了')).toContain('order-close');
    expect(after('拍了还没付', '没付的话我们这边就取消了哈')).toContain('order-close');
    expect(flags('订单还没付款哦，记得付一下，超时系统会自动关闭')).not.toContain('order-close');
  });
});
