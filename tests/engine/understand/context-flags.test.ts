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

describe('a return refused by the structure of the reply', () => {
  it('reads a reason demanded before the return as return-refuse', () => {
    expect(read('为啥要退呀?不讲清楚理由没法给您办的', '我想退掉').flags).toContain('return-refuse');
    expect(read('退可以 得先写明原因才行', '这个我要退').flags).toContain('return-refuse');
  });

  it('reads a reason asked to choose the handling, or waived, as no refusal', () => {
    expect(read('您是想退还是换呢,说下原因我帮您看哪种方便', '东西不想要了').flags).not.toContain('return-refuse');
    expect(read('不用说原因的,直接申请就行', '我想退掉').flags).not.toContain('return-refuse');
  });

  it('reads a fee on a return and a dismissed after-sales request', () => {
    expect(read('能退 但要扣15%的折旧费', '我想退货').flags).toContain('return-refuse');
    expect(read('这种寄回来也是白寄哦', '[图片] 杯子有道裂纹').flags).toContain('return-refuse');
    expect(read('这个我们不认的', '鞋子开胶了 想退').flags).toContain('return-refuse');
  });

  it('reads a bare 不 before the return as a refusal', () => {
    expect(read('这款我们不退哦', '不喜欢能退吗').flags).toContain('return-refuse');
    expect(read('活动款这边不退款的', '不想要了能退款吗').flags).toContain('return-refuse');
  });

  it('reads a refusal for a condition the buyer names as the policy', () => {
    expect(read('剪了标就不能退了哦', '吊牌剪了还能退吗').flags).not.toContain('return-refuse');
    expect(read('洗过就不支持退了呢', '衣服洗了一次发现不喜欢 能退吗').flags).not.toContain('return-refuse');
    expect(read('不能退哦', '吊牌还在,没穿过,想退').flags).toContain('return-refuse');
  });

  it('reads the condition as no excuse when she reports a fault with the goods', () => {
    expect(read('穿过了就不能退了', '什么破鞋 才穿一下就发现问题 我要退').flags).toContain('return-refuse');
    expect(read('拆封了就不支持退货哦', '拆开发现屏幕裂了 要退').flags).toContain('return-refuse');
    expect(read('穿过了就不能退了', '穿过一次了还能退吗').flags).not.toContain('return-refuse');
  });

  it('reads 到付 refused for a return as policy, not cod-refuse', () => {
    expect(read('不接受到付的哦', '退货可以寄到付吗', { cod: true }).flags).toEqual([]);
    expect(read('到付不行哦', '寄回去能到付吗', { cod: true }).flags).toEqual([]);
  });
});

describe('another shop run down after the buyer names it', () => {
  it('reads a bad word about the shop the buyer named as disparage', () => {
    expect(read('那个价位的基本都是高仿', '别家才卖49').flags).toContain('disparage');
    expect(read('便宜没好货,一分钱一分货,都是边角料', '隔壁店便宜30').flags).toContain('disparage');
  });

  it('reads our own item described, or a bad word negated, as no disparage', () => {
    expect(read('这款不易起球的哦', '别家的穿两次就起球了').flags).not.toContain('disparage');
    expect(read('我们家的是纯棉的,各有各的特点', '别家的是不是假货').flags).not.toContain('disparage');
  });
});

describe('someone else named with her details', () => {
  it('reads a named person with an order, a phone or a place as privacy-leak', () => {
    expect(read('王女士那单寄到滨江区了,单号给您', '我的快递呢').flags).toContain('privacy-leak');
    expect(read('有个宝妈也买了这个码,浙江的', '这个码有人买吗').flags).toContain('privacy-leak');
  });

  it('reads the buyer addressed by name, or the shop\'s return address, as no leak', () => {
    expect(read('王女士您好,您的订单单号是SF123456', '我的快递呢').flags).not.toContain('privacy-leak');
    expect(read('退货地址:杭州市余杭区某路8号 李姐 13800000000', '退货地址发我一下').flags).not.toContain('privacy-leak');
  });

  it('reads a size asked for a companion as no request for her data', () => {
    expect(read('给男朋友的话拍XL,宽松好看', '我男朋友180 75kg 这个选啥').flags).not.toContain('privacy-leak');
  });
});

describe('a contact off the platform given with its id', () => {
  it('reads a chat id or the shop\'s own number given as off-platform', () => {
    expect(read('加我们客服微信 shop_kf2024 发图更清楚', '图片发不了怎么办').flags).toContain('off-platform');
    expect(read('售后电话0571 8888 6666 直接打就行', '售后怎么联系').flags).toContain('off-platform');
  });

  it('reads another person\'s number as no contact of the shop, and a refusal as none', () => {
    expect(read('那位买家的电话是13800001111', '').flags).not.toContain('off-platform');
    expect(read('不能加微信哦 亲 有事旺旺找我', '能加微信吗').flags).not.toContain('off-platform');
  });
});

describe('a no to 包邮吗', () => {
  it('is a breach only where the item is known to ship free', () => {
    expect(read('这款不包哦', '包邮吗').flags).toEqual([]);
    expect(read('这款不包哦', '包邮吗', { freeShipping: true }).flags).toEqual(['freeship-breach']);
  });
});
