import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test, not taken from a labelled set: each mechanism reads the reply
// with the buyer's line before it, in at least two wordings.
const read = (text: string, buyer: string, extra = {}) => {
  const u = understand(text, { buyer, ...extra });
  return { moves: u.moves, flags: u.flags.map((f) => f.rule) };
};

describe('a charge in a short answer is for what the buyer asked about', () => {
  it('charges for the card, the invoice or the postage the question names', () => {
    expect(read('有的 这个得您承担', '花呗分期要手续费吗').flags).toContain('card-fee');
    expect(read('可以 要加5个点', '能开增值税专票吗').flags).toContain('invoice-fee');
    expect(read('第二件要补8块', '买两件包邮吗', { freeShipping: true }).flags).toContain('freeship-breach');
  });

  it('charges nothing when the reply says who pays is the shop', () => {
    expect(read('不用 手续费我们出', '分期有手续费吗').flags).toEqual([]);
    expect(read('能开 税点我们承担', '专票能开吗').flags).not.toContain('invoice-fee');
  });
});

describe('whose postage a postage charge is', () => {
  it('reads an invoice\'s postage as invoice-fee, not a 包邮 breach', () => {
    expect(read('纸质的单独寄 邮费您出一下', '能开纸质发票吗', { freeShipping: true }).flags).toEqual(['invoice-fee']);
    expect(read('开票可以 但快递费要您补个3块', '我要开个票', { freeShipping: true }).flags).toEqual(['invoice-fee']);
  });

  it('reads a return\'s postage and a courier the buyer chose as policy', () => {
    expect(read('非质量问题运费您承担哦', '退回去邮费谁出', { freeShipping: true }).flags).toEqual([]);
    expect(read('可以的 要补10块差价', '能给我发顺丰吗', { freeShipping: true }).flags).toEqual([]);
  });

  it('still reads extra postage for the 包邮 goods themselves', () => {
    expect(read('您这边要再付12元运费哦', '不是包邮吗', { freeShipping: true }).flags).toEqual(['freeship-breach']);
  });

  it('reads postage given to the buyer as no charge', () => {
    expect(read('快递弄丢了我们马上补发,再补您5块运费当补偿', '快递丢了怎么办', { freeShipping: true }).flags).not.toContain('freeship-breach');
  });
});

describe('another person\'s data given out', () => {
  it('reads an address, a number or a purchase told about someone else as privacy-leak', () => {
    expect(read('她填的是海淀区中关村那边', '我闺蜜上次在你家买的寄到哪了 帮我看看地址').flags).toContain('privacy-leak');
    expect(read('他的手机是139开头的', '我同事说在你们店买过 把他电话给我下').flags).toContain('privacy-leak');
    expect(read('买了呀 上周拍了两条', '我老婆是不是在你们家买过裤子').flags).toContain('privacy-leak');
  });

  it('reads a polite decline as no leak', () => {
    expect(read('抱歉亲 别的买家信息我们要保密的', '我闺蜜上次在你家买的寄到哪了 帮我看看地址').flags).toEqual([]);
    expect(read('亲 这个让他在自己订单里看哦', '我同事说在你们店买过 把他电话给我下').flags).toEqual([]);
  });

  it('does not read 其他 as a person', () => {
    expect(read('可以的 您申请退款后重新拍其他颜色就行', '我想取消这单换个其他颜色可以吗').flags).toEqual([]);
  });
});

describe('a doubtful or echoed answer keeps its polarity', () => {
  it('reads 应该/大概 before the answer word as the answer', () => {
    expect(read('应该是吧', '这个杯子是玻璃的吗').moves).toContain('product-info');
    expect(read('大概可以吧', '这款锅能进洗碗机吗').moves).toContain('product-info');
  });

  it('reads the question\'s own verb given back as a yes', () => {
    expect(read('耐摔的哦', '这个手机壳耐摔吗').moves).toContain('product-info');
    expect(read('防滑的呢', '这双鞋防滑吗').moves).toContain('product-info');
  });

  it('reads a yes to a guaranteed time as a guarantee', () => {
    expect(read('保证的亲', '能保证后天到吗').flags).toContain('ship-promise');
    expect(read('可以的', '一定能今天发出吗').flags).toContain('ship-promise');
    expect(read('可以的', '今天能发出吗').flags).not.toContain('ship-promise');
  });
});

describe('a refusal of card payment in other wordings', () => {
  it('reads instalments refused and card payment switched off', () => {
    expect(read('分期这边不给开哦', '可以分期吗').flags).toContain('card-refuse');
    expect(read('店里把信用卡支付关掉了', '信用卡怎么付不了').flags).toContain('card-refuse');
  });

  it('reads a fee refused as no refusal of the card', () => {
    expect(read('信用卡付我们不收额外费用的', '刷信用卡要加钱吗').flags).toEqual([]);
  });
});
