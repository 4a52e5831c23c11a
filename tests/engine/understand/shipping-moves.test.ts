// shipping-info read from what the reply is about, in this file's own wordings: a range of numbers is
// no delivery time unless a time unit follows; a restock is no parcel arriving; damage in transit is
// an explanation of the item; a date promised ("周五前一定到") is a delivery time.
import { describe, expect, it } from 'vitest';
import { understand, understandByRules } from '@/engine/understand/understand';

const moves = (text: string, buyer?: string) => understandByRules(text, buyer ? { buyer } : {}).moves;

describe('shipping-info: only a delivery, not a number range or a restock', () => {
  it('reads no delivery in a range of ages, sizes or areas', () => {
    expect(moves('这款2到6岁的小朋友都能玩')).not.toContain('shipping-info');
    expect(moves('适合10到20平米的卧室')).not.toContain('shipping-info');
    expect(moves('38到40码的脚都能穿')).not.toContain('shipping-info');
  });

  it('still reads a delivery time with its unit', () => {
    expect(moves('一般3到5天就能收到')).toContain('shipping-info');
    expect(moves('下单后48小时就能到')).toContain('shipping-info');
    expect(moves('两周左右到您手上')).toContain('shipping-info');
  });

  it('reads a date promised as a delivery time, not 目前 or 下单前想到', () => {
    expect(moves('国庆前保证送到您家')).toContain('shipping-info');
    expect(moves('端午前100%能到')).toContain('shipping-info');
    expect(moves('目前还没到货到付款的范围')).not.toContain('shipping-info');
    expect(moves('这个您买之前应该想到的')).not.toContain('shipping-info');
  });

  it('reads a restock told to her as no parcel on its way', () => {
    expect(moves('这个色要下个月才补货,到货了我第一时间通知您')).not.toContain('shipping-info');
    expect(moves('等到货您再拍就行')).not.toContain('shipping-info');
    expect(moves('您的包裹明天就到货')).toContain('shipping-info');
  });

  it('reads damage in transit as no delivery statement', () => {
    expect(moves('路上压了一下盒子有点瘪,不影响使用的')).not.toContain('shipping-info');
    expect(moves('包裹还在运输中哦')).toContain('shipping-info');
  });
});

describe('shipping-info: a restock or a refund\'s time is no dispatch (understand.ts)', () => {
  const read = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).moves;

  it('reads when the goods come back in stock as product-info, unless the reply speaks of the parcel', () => {
    expect(read('周五补货哦', '这个杯子什么时候到货')).toEqual(['product-info']);
    expect(read('M码周四到货呢', '黑色M码有货吗')).toEqual(['product-info']);
    expect(read('M码周四到货,到了给您顺丰发出', '黑色M码有货吗')).toContain('shipping-info');
  });

  it('reads a time told after her question when the refund comes as explain-policy', () => {
    expect(read('原路返回的,一般2-3个工作日', '退款多久能到')).toEqual(['explain-policy']);
    expect(read('一般2-3天能送到', '快递多久能到')).toContain('shipping-info');
  });
});
