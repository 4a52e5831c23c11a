// Return terms as a trainee states them to a buyer who wants to send shoes back: the period in
// any wording, who pays the postage without a subject, a courier for her parcel, a condition
// asserted of her that she never reported, and the figures that offer no compensation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { shopContext } from '@/engine/score/reply-context';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const shoes = loadScenario(readFileSync('scenarios/refund-dispute.yaml', 'utf8'), 'refund-dispute').scenario!;
const CTX: ReplyContext = shopContext(shoes);
const read = (text: string, buyer = '请问这双鞋怎么退', extra: Partial<ReplyContext> = {}) => understand(text, { ...CTX, buyer, ...extra });
const wrong = (text: string, buyer?: string, extra?: Partial<ReplyContext>) => read(text, buyer, extra).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.evidence);
const rules = (text: string, buyer?: string) => read(text, buyer).flags.map((f) => f.rule);

describe('the return period, however it is worded', () => {
  it('flags a period the shop does not give', () => {
    expect(wrong('收到后十天内都可以退哦')).toEqual(['说10天可退，签收7天内可以无理由退换']);
    expect(wrong('要退的话3天内申请就行')).toEqual(['说3天可退，签收7天内可以无理由退换']);
    expect(wrong('过了3天就退不了了')).toHaveLength(1);
  });

  it('leaves the true period, a refund time, a fault term and unrelated days alone', () => {
    expect(wrong('签收七天内都能申请退货的亲')).toEqual([]);
    expect(wrong('仓库收到后2天内退款到账')).toEqual([]);
    expect(wrong('卡了3天换成谁都着急，我马上查')).toEqual([]);
  });
});

describe('who pays, and by which courier', () => {
  it('"运费自己出" on a fault return says the buyer pays, which is wrong', () => {
    expect(wrong('那就寄回来吧，运费自己出', '鞋头开胶了', { afterSale: 'quality' })).toEqual(['说运费买家出，质量问题的退货运费由店铺承担']);
  });

  it('the courier she sends the return by is not the shop’s outbound courier', () => {
    expect(wrong('您可以用中通寄回来哦')).toEqual([]);
    expect(wrong('我们这边发中通哦', '发什么快递')).toHaveLength(1);
  });
});

describe('a condition asserted of her is a refusal, a condition stated is policy', () => {
  it('"洗过了就不能退" to a buyer who never said she washed them refuses her', () => {
    expect(rules('这双鞋洗过了就不能退了')).toContain('return-refuse');
    expect(rules('你都穿过了，不能退')).toContain('return-refuse');
  });

  it('the same rule put as a condition, or about what she did say, is policy', () => {
    expect(rules('洗过的话就不能退了哦')).not.toContain('return-refuse');
    expect(rules('穿过了就不能退了哦', '我穿出去跑了一次 能退吗')).not.toContain('return-refuse');
  });
});

describe('figures that offer no compensation', () => {
  it('a range and a cap name no amount; a figure offered does', () => {
    expect(read('小瑕疵可以补偿您10到30元，您看呢').entities.amount).toBeUndefined();
    expect(read('运费您先垫付，收到后补给您(最多15元)').entities.amount).toBeUndefined();
    expect(read('这边补您12元可以吗').entities.amount).toBe(12);
  });
});
