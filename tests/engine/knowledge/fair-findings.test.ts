// The blind play audit's open items, each turned into its mechanism and read against the
// built-in buyers' real shop facts: a short answer claims what her open question frames, every
// wrong figure of a reply is named, a return's postage in an after-sales chat is a fact (not a
// 包邮 breach), a figure after "补多少" is compensation offered.
import { describe, expect, it } from 'vitest';
import { context } from './shop';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const COMPARE = context('comparison-shopper');
const REFUND = context('refund-dispute');

const read = (ctx: ReplyContext, buyer: string, text: string, more: Partial<ReplyContext> = {}) => understand(text, { ...ctx, buyer, ...more });
const facts = (ctx: ReplyContext, buyer: string, text: string, more: Partial<ReplyContext> = {}) =>
  read(ctx, buyer, text, more).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.evidence);
const rules = (ctx: ReplyContext, buyer: string, text: string, more: Partial<ReplyContext> = {}) => read(ctx, buyer, text, more).flags.map((f) => f.rule);

describe('a bare answer takes its subject from her open question', () => {
  it('checks "半年" after a warranty question as 保修半年, whatever her emphasis', () => {
    expect(facts(COMPARE, '保修多久 那家说半年', '半年')).toEqual(['说保修半年，店铺保修1年']);
    expect(facts(COMPARE, '保修到底多久', '半年哦亲')).toEqual(['说保修半年，店铺保修1年']);
    expect(facts(COMPARE, '保修多久', '1年的')).toEqual([]);
  });

  it('claims nothing of ours when her question is about the other shop', () => {
    expect(facts(COMPARE, '那家保修多久', '半年')).toEqual([]);
  });

  it('frames other open questions the same way (a return period, a courier, who pays)', () => {
    expect(facts(REFUND, '几天内能退', '15天')).toEqual(['说15天可退，签收7天内可以无理由退换']);
    expect(facts(COMPARE, '发什么快递', '顺丰')).toEqual([]);
    expect(facts(REFUND, '不想要了 运费谁出', '我们出')).toEqual(['说运费不用买家出，无理由退货运费由买家承担']);
  });

  it('lends no frame to a longer reply, a question back or a receipt', () => {
    expect(facts(COMPARE, '保修多久', '您稍等我查一下')).toEqual([]);
    expect(facts(COMPARE, '保修多久', '好的')).toEqual([]);
  });
});

describe('each wrong fact of one reply is named', () => {
  it('names the warranty and the battery life in "半年保修 续航24小时"', () => {
    expect(facts(COMPARE, '到底有没有区别啊', '半年保修 续航24小时').sort()).toEqual(
      ['说保修半年，店铺保修1年', '说续航24小时，商品资料是续航32小时(耳机8小时+充电盒24小时)'].sort(),
    );
  });

  it('takes a figure the listing gives for a part the reply names as true', () => {
    expect(facts(COMPARE, '续航怎么样', '耳机续航8小时，加上充电盒一共32小时哦')).toEqual([]);
    expect(facts(COMPARE, '降噪怎么样', '主动降噪最高42dB哦')).toEqual([]);
    expect(facts(COMPARE, '降噪怎么样', '主动降噪最高30dB哦')).toHaveLength(1);
    // The other shop's figures are theirs.
    expect(facts(COMPARE, '差在哪', '那家续航24小时')).toEqual([]);
  });
});

describe('who pays a return’s postage in an after-sales chat', () => {
  it('holds a case the reply names itself ("质量问题也是你出") against the facts', () => {
    expect(facts(REFUND, '那就平台见吧', '自己申请去 运费你自己出 质量问题也是你出')).toEqual(['说质量问题运费买家出，质量问题的退货运费由店铺承担']);
    expect(facts(REFUND, '那就平台见吧', '质量问题的话运费我们出')).toEqual([]);
  });

  it('reads "运费你出" for a faulty item as a wrong fact, never a 包邮 breach', () => {
    const r = rules(REFUND, '码偏小 还有个地方好像开胶了一点点', '运费你出');
    expect(r).toContain('fact-wrong');
    expect(r).not.toContain('freeship-breach');
    // The chat's case (her state says it) decides even when her last line names none.
    const q = rules(REFUND, '那运费呢', '运费你出', { afterSale: 'quality' });
    expect(q).toContain('fact-wrong');
    expect(q).not.toContain('freeship-breach');
    // A no-reason return's postage is hers in this shop: true, no flag at all.
    expect(rules(REFUND, '那运费呢', '运费你出', { afterSale: 'no-reason' })).toEqual([]);
  });

  it('still raises freeship-breach on extra postage for the 包邮 delivery itself', () => {
    expect(rules(REFUND, '包邮吗', '要补10块运费哦')).toContain('freeship-breach');
    // Without shop facts, a fault her line reports also makes the postage a return's.
    expect(understand('运费你出', { buyer: '鞋子开胶了 怎么办', freeShipping: true }).flags.map((f) => f.rule)).not.toContain('freeship-breach');
  });
});

describe('a figure after "补多少" is compensation offered', () => {
  it('reads "5块" as offer-compensation with the amount, not a price', () => {
    for (const buyer of ['折价?那你补我多少 🤔', '不退也行 但总得补点吧 补多少']) {
      const u = read(REFUND, buyer, '5块');
      expect(u.moves).toEqual(['offer-compensation']);
      expect(u.entities.amount).toBe(5);
      expect(u.entities.price).toBeUndefined();
    }
    expect(read(REFUND, '你倒是说个数啊 补多少', '补你15吧').moves).toContain('offer-compensation');
    // A figure after a price question stays a price.
    expect(read(REFUND, '这个多少钱', '259').moves).not.toContain('offer-compensation');
  });
});
