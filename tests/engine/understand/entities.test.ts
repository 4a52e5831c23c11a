import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const entities = (text: string, price?: number) => understand(text, price === undefined ? {} : { price }).entities;

describe('entities', () => {
  it('combines a cut with the list price', () => {
    expect(entities('那我给您便宜8块', 168)).toMatchObject({ discount: 8, price: 160 });
  });

  it('applies a discount rate to the list price', () => {
    expect(entities('给您打9折', 200)).toMatchObject({ discountRate: 0.9, price: 180 });
    expect(entities('九五折给您', 100)).toMatchObject({ discountRate: 0.95, price: 95 });
  });

  it('reads a new price', () => {
    expect(entities('可以给您改成159元', 168).price).toBe(159);
    expect(entities('一百五十九元给您', 168).price).toBe(159);
  });

  it('keeps a cut without a list price as a discount only', () => {
    const e = entities('便宜十块');
    expect(e.discount).toBe(10);
    expect(e.price).toBeUndefined();
  });

  it('does not read a coupon or a list price as the offer', () => {
    expect(entities('领一下10元优惠券').price).toBeUndefined();
    expect(entities('原价199元哦').price).toBeUndefined();
  });

  it('reads a specification after a cut word as no price cut', () => {
    expect(entities('主动降噪最高能降42dB', 299)).not.toHaveProperty('discount');
    expect(entities('减重了30克 电池3000毫安', 299).price).toBeUndefined();
    expect(entities('那我给您便宜20块', 299)).toMatchObject({ discount: 20, price: 279 });
  });

  it('reads compensation as an amount, not a price', () => {
    const e = entities('给您补偿5元红包');
    expect(e.amount).toBe(5);
    expect(e.price).toBeUndefined();
  });

  it('reads sizes in letters and numbers', () => {
    expect(entities('建议拍L码').size).toBe('L');
    expect(entities('穿xl比较合适').size).toBe('XL');
    expect(entities('拍38码就行').size).toBe('38');
  });

  it('does not read the ok in ok亲 as a size', () => {
    expect(entities('ok亲').size).toBeUndefined();
  });

  it('reads height in metres, centimetres and Chinese numerals', () => {
    expect(entities('1米65').height).toBe(165);
    expect(entities('一米七').height).toBe(170);
    expect(entities('身高165cm').height).toBe(165);
  });

  it('reads weight in 斤 as kilograms', () => {
    expect(entities('一百二十斤').weight).toBe(60);
    expect(entities('体重55kg').weight).toBe(55);
  });

  it('reads a promised dispatch time in hours', () => {
    expect(entities('48小时内发货').shipTime).toBe(48);
    expect(entities('明天就给您发货').shipTime).toBe(24);
    expect(entities('今天发出').shipTime).toBeLessThanOrEqual(24);
  });

  it('reads a promised arrival time in days', () => {
    expect(entities('后天到').arrivalTime).toBe(2);
    expect(entities('一般三到五天到').arrivalTime).toBe(5);
  });

  it('reads the courier and the order number', () => {
    expect(entities('默认发韵达快递').courier).toBe('韵达');
    expect(entities('订单号123456789012345').orderNo).toBe('123456789012345');
  });

  it('lets a stated price win over one computed from a cut', () => {
    expect(entities('那再便宜10块,179给您', 199)).toMatchObject({ discount: 10, price: 179 });
  });

  it('reads a bare figure offered to the buyer as the price', () => {
    expect(entities('169给你,拍吧').price).toBe(169);
    expect(entities('行吧,259给你').price).toBe(259);
    expect(entities('可以便宜,189').price).toBe(189);
  });

  it('reads the price after a coupon as the price', () => {
    expect(entities('券后189').price).toBe(189);
    expect(entities('用券到手价159哦').price).toBe(159);
  });

  it('never reads the value of a coupon saving as the price', () => {
    expect(entities('我给您发一张店铺优惠券,能再省10块哦').price).toBeUndefined();
    expect(entities('我给您发一张店铺优惠券,能再省10块哦', 199).price).toBe(189);
  });

  it('does not read a range of days as money', () => {
    expect(entities('仓库收到检查后1-2天内给您退款和补运费哦').price).toBeUndefined();
  });

  it('reads a figure far under the list price as another item\'s price, not an offer', () => {
    expect(entities('快充头39元,充10分钟能听2小时哦', 299).price).toBeUndefined();
  });

  it('reads a quoted price in an upsell as the add-on\'s price', () => {
    expect(entities('半裙99元,和开衫一起拍很显腿长哦', 139).price).toBeUndefined();
    expect(entities('这款现在99元', 139).price).toBe(99);
  });
});
