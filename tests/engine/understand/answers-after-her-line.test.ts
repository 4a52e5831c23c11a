import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test, not taken from a labelled set (session 9, moves9).
const movesOf = (text: string, buyer?: string) => understand(text, buyer === undefined ? {} : { buyer }).moves;

describe('a short answer resolved against her question', () => {
  it('reads 发了 after a dispatch question as the dispatch told', () => {
    expect(movesOf('发了亲', '我的订单发没发啊')).toContain('shipping-info');
    expect(movesOf('已经发了哦', '衬衫发了吗')).toContain('shipping-info');
  });

  it('reads a deadline arrival question and a 百分百 yes', () => {
    expect(movesOf('保证不了哦', '下周一前到吗')).toContain('shipping-info');
    expect(movesOf('百分百能到', '周日之前能到吗')).toContain('shipping-info');
  });

  it('reads a guess put to the shop with 吧 as a yes-no question', () => {
    expect(movesOf('是的亲', '这个是包邮的吧')).toContain('shipping-info');
    expect(movesOf('不会的', '这单运费不会要我出吧')).toContain('shipping-info');
    // A request with 吧 is no question: a bare receipt stays a receipt.
    expect(movesOf('好的亲', '那我再考虑一下吧')).toEqual(['acknowledge']);
  });

  it('advises the size she puts to the shop when it says yes', () => {
    expect(movesOf('可以的', '170 60kg穿M可以吗')).toEqual(['recommend-size']);
    expect(movesOf('够的亲', '我胸围96 拿XL够吗')).toEqual(['recommend-size']);
  });
});

describe('a longer reply to her question of the item', () => {
  it('tells her about the item when it makes no move of its own', () => {
    expect(movesOf('不难养的，放阳台散射光的地方，一周浇一次水就行', '这盆龟背竹难养吗')).toContain('product-info');
    expect(movesOf('大号一套59，小号单买39，颜色都一样的', '多少钱')).toContain('product-info');
  });

  it('does not when it knows nothing or asks her back', () => {
    expect(movesOf('这个不清楚哦，您去详情页看看吧', '这盆龟背竹难养吗')).not.toContain('product-info');
    expect(movesOf('您家阳台朝哪边呀？光照够的话就好养', '这盆龟背竹难养吗')).not.toContain('product-info');
  });
});

describe('a comparison asked', () => {
  it('is compare-objective with no product-info apart', () => {
    const moves = movesOf('那家用的是普通棉，我们这款是新疆长绒棉，克重也高一些', '你们这个和隔壁那家的比怎么样');
    expect(moves).toContain('compare-objective');
    expect(moves).not.toContain('product-info');
  });
});

describe('moves the phrases name', () => {
  it('reads a price changed with her sent to pay as a discount', () => {
    expect(movesOf('改好了，您刷新一下再付款')).toContain('offer-discount');
    expect(movesOf('已经给您改好了，货到付款不变')).not.toContain('offer-discount');
  });

  it('reads when a refund reaches her, paying first and the invoice as paid as policy', () => {
    expect(movesOf('退款原路返回，一般2-3个工作日')).toContain('explain-policy');
    expect(movesOf('要先付款后才能安排发货哦')).toContain('explain-policy');
    expect(movesOf('发票只能按实付金额开哦')).toContain('explain-policy');
  });

  it('reads a bare 等下 or 我看看 as a wait', () => {
    expect(movesOf('等下哈')).toContain('please-wait');
    expect(movesOf('我看看哦')).toContain('please-wait');
    expect(movesOf('您拍个照片我看看')).not.toContain('please-wait');
  });
});

describe('her line asking when a refund under way reaches her', () => {
  it('reads what the reply says of the refund as policy, no return offered', () => {
    const moves = movesOf('亲，退款已经同意了，会原路退回您的账户', '我的退款怎么还没到账');
    expect(moves).toContain('explain-policy');
    expect(moves).not.toContain('offer-return');
  });
});

describe('a return asked of a case she supposes', () => {
  it('reads a short yes as the rule, not a return started', () => {
    expect(movesOf('可以的亲', '要是不合适可以退吗')).toEqual(['explain-policy']);
    expect(movesOf('可以的亲', '裙子买大了可以退吗')).toEqual(['offer-return']);
  });
});
