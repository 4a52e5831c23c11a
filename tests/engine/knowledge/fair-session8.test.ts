// Every point fair, session 8: the knowledge checks a blind tester's chats found missing — a
// flat arrival on a named day where the shop cannot name the day, an invoice put off past the
// shop's deadline, a total claim where the listing states a reduction (README "Every point fair:
// session 8").
import { describe, expect, it } from 'vitest';
import { context } from './shop';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const SIZE = context('size-question');
const HAGGLE = context('price-haggle');
const COMPLAINT = context('complaint');
const COMPARE = context('comparison-shopper');

const read = (ctx: ReplyContext, buyer: string, text: string) => understand(text, { ...ctx, buyer });
const claims = (ctx: ReplyContext, buyer: string, text: string) =>
  read(ctx, buyer, text).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.claim);
const rules = (ctx: ReplyContext, buyer: string, text: string) => read(ctx, buyer, text).flags.map((f) => f.rule);

describe('an arrival on a named day, stated as certain', () => {
  it('is fact-wrong where the shop says the day cannot be guaranteed, and the fact quotes the shop', () => {
    // Asked as her question of the day (今天拍明天能到不), the same flat answer is her yes and a
    // ship-promise (playflags13, play12 F28); told to an open question it is the fact misstated.
    const u = read(SIZE, '东西什么时候能到 我明天要用', '明天就能到');
    const wrong = u.flags.filter((f) => f.rule === 'fact-wrong');
    expect(wrong.map((f) => f.fact?.claim)).toEqual(['说明天就能到']);
    expect(wrong[0]?.fact?.truth).toContain('不能保证哪天一定到');
    expect(wrong[0]?.fact?.better).toContain('48小时内发货');
    expect(claims(COMPLAINT, '东西什么时候到', '明天就能到的亲')).toEqual(['说明天就能到']);
  });

  it('is fact-wrong where the day comes before the earliest arrival the shop states', () => {
    expect(claims(HAGGLE, '什么时候能到', '明天就能到哦')).toEqual(['说明天就能到']);
  });

  it('is an estimate with a hedge anywhere in the reply, and no claim when denied or asked', () => {
    expect(claims(SIZE, '明天能到吗', '一般明天就能到')).toEqual([]);
    expect(claims(SIZE, '明天能到吗', '亲 我们48小时内发货 明天能不能到要看快递哦')).toEqual([]);
    expect(claims(SIZE, '明天能到吗', '明天到不了哦')).toEqual([]);
    expect(claims(COMPLAINT, '查到了告诉我', '明天帮您查到结果就第一时间回复您')).toEqual([]);
  });

  it('reads a bare yes to her question about a day as that day promised (能到的 after 今天拍明天能到不)', () => {
    // Session 13 (playflags13, play12 F28): the yes affirms the day she named — a ship-promise, which
    // stands for the claim (one item, as below), not a fact-wrong beside it.
    for (const [ctx, buyer, text] of [[SIZE, '今天拍明天能到不 明天不到我就不要了', '能到的亲'], [COMPARE, '那就你家吧 顺丰明天能到吧?', '可以']] as const) {
      expect(rules(ctx, buyer, text)).toContain('ship-promise');
      expect(claims(ctx, buyer, text)).toEqual([]);
    }
    expect(claims(SIZE, '今天拍明天能到不', '不能保证哦')).toEqual([]);
    expect(claims(SIZE, '这个码有货吗', '可以的')).toEqual([]);
  });

  it('stays one item when the guarantee is a ship-promise already', () => {
    const flags = rules(SIZE, '明天能到吗', '放心 明天肯定到');
    expect(flags).toContain('ship-promise');
    expect(flags).not.toContain('fact-wrong');
  });
});

describe('an invoice put off past the shop’s deadline', () => {
  const asked = '对了 能开发票吗 我拿去公司报销 要公司抬头的';

  it('names 下个月统一开 against 确认收货后3个工作日内', () => {
    const u = read(HAGGLE, asked, '可以开的，下个月统一开');
    // Granted with no excuse, a month's wait is the shop's time misstated (session 10: the labelled
    // sets call a far time refused only with an excuse, 额度用完了 下个月再说; invoice-delay.ts). Named once.
    expect(u.flags.map((f) => f.rule)).toEqual(['fact-wrong']);
    expect(read(HAGGLE, asked, '这个月额度用完了，下个月统一开').flags.map((f) => f.rule)).toContain('invoice-refuse');
    expect(claims(HAGGLE, asked, '可以开 收货后一周内发您')).toEqual(['说发票1周内开']);
  });

  it('passes the shop’s own time, a shorter one, and the time she has to ask for it', () => {
    expect(claims(HAGGLE, asked, '可以的亲 确认收货后3个工作日内发您邮箱')).toEqual([]);
    expect(claims(HAGGLE, asked, '能开的，这周内就开好')).toEqual([]);
    expect(claims(HAGGLE, asked, '发票可以开，两个月内申请都行')).toEqual([]);
  });

  it('leaves an excuse that refuses it to invoice-refuse: one mistake, one item', () => {
    const flags = rules(HAGGLE, asked, '这个月额度用完了，下个月再开');
    expect(flags).toContain('invoice-refuse');
    expect(flags).not.toContain('fact-wrong');
  });
});

describe('a total claim where the listing states a reduction', () => {
  const asked = '地铁上吵 你家这个降噪能压住吗';

  it('names 完全听不到 against 噪声明显减弱, in any wording of the total', () => {
    const u = read(COMPARE, asked, '能的，戴上完全听不到地铁的声音');
    const wrong = u.flags.filter((f) => f.rule === 'fact-wrong');
    expect(wrong.map((f) => f.fact?.claim)).toEqual(['说完全听不到']);
    expect(wrong[0]?.fact?.truth).toContain('明显减弱');
    expect(claims(COMPARE, asked, '开降噪一点声音都没有')).toEqual(['说一点声音都没有']);
    expect(claims(COMPARE, asked, '彻底隔绝噪音哦')).toEqual(['说彻底隔绝']);
  });

  it('passes a reduction, a hedged total and a denied one', () => {
    expect(claims(COMPARE, asked, '开了降噪基本听不到轰隆声')).toEqual([]);
    expect(claims(COMPARE, asked, '不是完全听不到，但会安静很多')).toEqual([]);
    expect(claims(HAGGLE, '会起球吗', '完全不起球')).toEqual([]);
  });
});
