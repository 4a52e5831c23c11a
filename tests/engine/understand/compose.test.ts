import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const flags = (text: string, ctx = {}) => understand(text, ctx).flags.map((f) => f.rule);

// Wordings written for this test, not taken from a labelled set: one mechanism per structure.
describe('flags composed from the structure of a reply', () => {
  it('reads a refusal over an action, in either order', () => {
    expect(flags('这单我们没法给您开具发票')).toContain('invoice-refuse');
    expect(flags('信用卡这边暂时刷不了哦')).toContain('card-refuse');
    expect(flags('到付的单子仓库那边不处理的')).toContain('cod-refuse');
    expect(flags('这个真的不给退的亲')).toContain('return-refuse');
  });

  it('does not read a question, a condition or a stated return condition as a refusal', () => {
    expect(flags('请问您是想问能不能开发票吗')).not.toContain('invoice-refuse');
    expect(flags('如果不能退的话我再帮您想办法')).not.toContain('return-refuse');
    expect(flags('吊牌剪了的话就不能无理由退了哦')).not.toContain('return-refuse');
  });

  it('reads a charge over something the buyer never pays for, and who pays', () => {
    expect(flags('用花呗分期的话利息您来出一下')).toContain('card-fee');
    expect(flags('开专票要加6个点')).toContain('invoice-fee');
    expect(flags('这单运费您自理哈', { freeShipping: true })).toContain('freeship-breach');
    expect(flags('这单运费您自理哈', { freeShipping: false })).not.toContain('freeship-breach');
    expect(flags('开票免费,邮费我们出')).toEqual([]);
    expect(flags('退回来的运费您出哦', { freeShipping: true })).not.toContain('freeship-breach');
  });

  it('reads a reward tied to a review, not a price cut beside one', () => {
    expect(flags('帮忙晒个图给五星,返您八块钱')).toContain('review-induce');
    expect(flags('给您便宜5块,满意的话给个好评哦')).not.toContain('review-induce');
  });

  it('reads the exchange refused (不能用红包换好评, 和评价无关) as no review-induce', () => {
    expect(flags('我们不能用红包换好评哦')).not.toContain('review-induce');
    expect(flags('不可以拿返现换五星的亲')).not.toContain('review-induce');
    expect(flags('这5元券是给您的补偿，和评价无关哦')).not.toContain('review-induce');
    expect(flags('给个好评返你5元红包')).toContain('review-induce');
  });

  it('reads a bad word tied to another shop, not to our own', () => {
    expect(flags('隔壁那家用的都是回收料')).toContain('disparage');
    expect(flags('我们家的不会起球哦')).not.toContain('disparage');
  });

  it('reads an order the agent closes herself', () => {
    expect(flags('没货了我这边就给您取消订单了')).toContain('order-close');
    expect(flags('订单我们不会随便取消的')).not.toContain('order-close');
  });
});
