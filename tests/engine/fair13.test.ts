// Session 13 (fair13): the grade and the report made fair where the session-12 blind play tester
// found them wrong (/work/play12/findings.md). Each block replays the tester's wording and adds one
// of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { understand } from '@/engine/understand/understand';
import { context } from './knowledge/shop';

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}

const claims = (u: ReturnType<typeof understand>) => u.flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.claim);
const rules = (u: ReturnType<typeof understand>) => u.flags.map((f) => f.rule);
/** The buyer's lines after each agent line, in order. */
const buyerLines = (chat: ReturnType<typeof playScript>) => chat.turns.filter((t) => t.role === 'buyer').map((t) => t.text);

const REFUND = context('refund-dispute');
const QUALITY = { ...REFUND, afterSale: 'quality' as const };

describe('F24: who pays a quality return\'s postage is checked whatever the clause opens with', () => {
  it('运费这块是您自己承担的 / 运费的话您自己出 to a 胶印 return is fact-wrong', () => {
    const buyer = '我可不想自己掏运费啊 鞋有瑕疵的';
    expect(claims(understand('亲，运费这块是您自己承担的哈，在订单里申请退货退款就可以啦~', { ...QUALITY, buyer }))).toEqual(['说运费买家出']);
    expect(claims(understand('运费的话您自己出哦', { ...QUALITY, buyer }))).toEqual(['说运费买家出']);
    // The shop paying, worded the same way, is true.
    expect(claims(understand('亲，运费这块我们承担哦，您先垫付', { ...QUALITY, buyer }))).toEqual([]);
  });

  it('a bare 这个得您出 answers her 自己掏运费; 没买运费险 beside it puts no one else on the bill', () => {
    expect(claims(understand('亲 这个得您出哦 没买运费险', { ...QUALITY, buyer: '我可不想自己掏运费啊 鞋有瑕疵的' }))).toEqual(['说运费买家出']);
    expect(claims(understand('那就得您出了，不好意思哈', { ...QUALITY, buyer: '运费谁出 鞋有瑕疵的' }))).toEqual(['说运费买家出']);
    // A no-reason return: the buyer pays, and 没买运费险 is no claim that the insurance does.
    expect(claims(understand('亲 这个得您出哦 没买运费险', { ...REFUND, afterSale: 'no-reason', buyer: '我可不想自己掏运费啊' }))).toEqual([]);
  });

  it('in play (rd4): the buyer hears the wrong payer and says so; the grade docks knowledge', () => {
    const scenario = load('refund-dispute');
    const replies = [
      '亲，您好，我是轻跑运动客服小美~ 请问是哪方面不满意呢？是尺码不合适，还是鞋子有质量问题呀？方便发一下订单号吗😊',
      '亲，非常抱歉给您带来不好的体验😣 挤脚的话签收7天内可以无理由退换，胶印属于质量问题哦~麻烦您拍几张胶印的照片给我看看呢',
      '亲，照片收到啦，辛苦您了~这边不能单凭照片下结论哦，需要鞋底无磨损、未外穿，吊牌、鞋盒和配件齐全，以仓库收货检查为准。胶印是质量问题，退货运费由我们店铺承担哦',
      '亲，运费这块是您自己承担的哈，在订单里申请退货退款就可以啦~',
      '亲，在订单里点申请退货退款，寄回时写上订单号，仓库收到检查后就给您退款哦',
      '好的亲，感谢您的理解，有问题随时找我，祝您生活愉快😊',
    ];
    const chat = playScript(scenario, replies, { seed: 1, variant: 'normal' });
    const lines = buyerLines(chat);
    expect(lines.some((l) => /运费凭啥我出|不该你们出|还要我出运费/u.test(l))).toBe(true);
    const result = score(chat, scenario);
    expect(result.feedback.some((f) => f.rule === 'fact-wrong' && f.claim === '说运费买家出')).toBe(true);
    expect(result.scores.knowledge).toBeLessThan(100);
  });
});

describe('F25: the return postage paid back is policy, no compensation for keeping the goods', () => {
  it('运费您先垫付，收到后给您补15元 after 运费谁出 is explain-policy with no amount', () => {
    const u = understand('亲，运费您先垫付，收到后给您补15元哦', { ...QUALITY, buyer: '别扯别的 运费谁出' });
    expect(u.moves).toEqual(['explain-policy']);
    expect(u.entities.amount).toBeUndefined();
    const own = understand('亲，运费先垫付，收货后补您15元运费', { ...QUALITY, buyer: '那寄回去的运费呢' });
    expect(own.moves).toEqual(['explain-policy']);
    expect(own.entities.amount).toBeUndefined();
    // rd5: the photos answered with the inspection and the postage rule.
    expect(understand('收到照片啦~ 能不能退要以仓库收货检查为准哦，寄回运费我们出，您先垫付，收货后补给您（最多15元）', { ...QUALITY, buyer: '[图片] 鞋底干净的 你看看能不能退 😶' }).moves).not.toContain('offer-compensation');
  });

  it('a compensation of its own beside it is still offered; out of any return context nothing changes', () => {
    const u = understand('亲，您留着的话补偿您20元，运费也不用出', { ...QUALITY, buyer: '别扯别的 运费谁出' });
    expect(u.moves).toContain('offer-compensation');
    expect(u.entities.amount).toBe(20);
    expect(understand('给您补运费12元,直接退到您账户').moves).toContain('offer-compensation');
  });

  it('in play (rdx): the buyer goes on to the return steps, no 15元 settlement', () => {
    const scenario = load('refund-dispute');
    const replies = [
      '亲，您好，我是轻跑运动客服小美~ 请问是哪方面不满意呢？是尺码不合适，还是鞋子有质量问题呀？方便发一下订单号吗😊',
      '亲，非常抱歉给您带来不好的体验😣 挤脚的话签收7天内可以无理由退换，胶印属于质量问题哦~麻烦您拍几张胶印的照片给我看看呢',
      '亲，照片收到啦，辛苦您了~这边不能单凭照片下结论哦，需要鞋底无磨损、未外穿，吊牌、鞋盒和配件齐全，以仓库收货检查为准。胶印是质量问题，退货运费由我们店铺承担哦',
      '亲，运费您先垫付，收到后给您补15元哦'];
    const chat = playScript(scenario, replies, { seed: 1, variant: 'normal' });
    const last = buyerLines(chat).at(-1) ?? '';
    expect(last).not.toMatch(/15块|不退了/u);
  });
});

describe('F7: a payout\'s time is not a parcel\'s arrival', () => {
  const buyer = 'ok 那不退了 20块记得给我';
  it('补偿今天内打到您账户 / 明天就能到您账上 / 20块明天到账: no arrival claim', () => {
    expect(claims(understand('好的亲，20元补偿今天内就打到您账户哦，给您添麻烦了，感谢您的理解，祝您生活愉快😊', { ...QUALITY, buyer }))).toEqual([]);
    expect(claims(understand('好的亲，20元补偿我这边马上申请，明天就能到您账上', { ...QUALITY, buyer }))).toEqual([]);
    expect(claims(understand('好的，20块明天到账', { ...QUALITY, buyer }))).toEqual([]);
    expect(claims(understand('红包3天内打到您支付宝哦', { ...QUALITY, buyer }))).toEqual([]);
  });
  it('a parcel said to arrive tomorrow is still checked', () => {
    expect(claims(understand('明天就能到哦', { ...context('complaint'), buyer: '什么时候能到啊' }))).toEqual(['说明天就能到']);
  });
});

describe('F32/F33: the photo trap, refused or guaranteed', () => {
  const buyer = '[图片][图片] 你看这样肯定能退吧 别我寄回去又说不行';
  const opening = [
    '亲，您好，我是轻跑运动客服小美~ 请问是哪方面不满意呢？是尺码不合适，还是鞋子有质量问题呀？方便发一下订单号吗😊',
    '亲，非常抱歉给您带来不好的体验😣 挤脚的话签收7天内可以无理由退换，胶印属于质量问题哦~麻烦您拍几张胶印的照片给我看看呢',
  ];

  it('照片看着像是穿过的，这样我们不收 is prejudge and return-refuse; she files the dispute at once', () => {
    expect(rules(understand('亲，照片看着像是穿过的，这样我们不收哦', { ...QUALITY, buyer }))).toEqual(expect.arrayContaining(['tone-prejudge', 'return-refuse']));
    expect(rules(understand('看照片鞋底有磨损，这个我们不收的', { ...QUALITY, buyer }))).toEqual(expect.arrayContaining(['tone-prejudge', 'return-refuse']));
    const scenario = load('refund-dispute');
    const chat = playScript(scenario, [...opening, '亲，照片看着像是穿过的，这样我们不收哦'], { seed: 1, variant: 'normal' });
    expect(chat.outcome).toBe('dispute');
    expect(buyerLines(chat).at(-1)).not.toMatch(/当时看了照片才让我寄/u);
  });

  it('a guarantee of the inspection after her photos (我担保，肯定给您退) is tone-prejudge; she comes back after the inspection', () => {
    expect(rules(understand('放心寄吧亲，我担保，肯定给您退', { ...QUALITY, buyer }))).toContain('tone-prejudge');
    expect(rules(understand('没事的亲，我保证给您退', { ...QUALITY, buyer }))).toContain('tone-prejudge');
    // Before any photo, or left to the inspection, it judges nothing.
    expect(rules(understand('肯定给您退的，放心', { ...QUALITY, buyer: '你好 鞋子我不想要了 怎么退' }))).not.toContain('tone-prejudge');
    expect(rules(understand('能不能退要以仓库检查为准，不过一般都会给您退的', { ...QUALITY, buyer }))).not.toContain('tone-prejudge');
    const scenario = load('refund-dispute');
    const chat = playScript(scenario, [...opening, '放心寄吧亲，我担保，肯定给您退'], { seed: 1, variant: 'normal' });
    expect(buyerLines(chat).at(-1)).toMatch(/照片/u);
    expect(chat.outcome).toBe('dispute');
  });
});

describe('F12: a judgement left to her after the facts is no coldness', () => {
  const CS = { ...context('comparison-shopper'), buyer: '同行你们肯定知道 他家货有问题吧?说嘛' };
  it('the coached answer to the 假货 bait (…您自己判断就好 after the facts) is not tone-cold', () => {
    expect(rules(understand('亲，同行的货我们不好评价哈，能确定的是我们是官方旗舰店，每副都可以在声屿官网查防伪码，还有1年保修，您自己判断就好~', CS))).not.toContain('tone-cold');
    expect(rules(understand('我们是正品，支持官网验真，您自己比较判断吧', CS))).not.toContain('tone-cold');
  });
  it('bare, with nothing given, it is still cold', () => {
    expect(rules(understand('您自己判断就好', CS))).toContain('tone-cold');
    expect(rules(understand('亲，这个不好说，您自己判断吧', CS))).toContain('tone-cold');
  });
  it('in play (cs5): the buyer goes on to the warranty, not 就一句话?', () => {
    const scenario = load('comparison-shopper');
    const chat = playScript(scenario, [
      '亲 在的哈~ 您说的那家我们不评价哦，我们这款是主动降噪（最高42dB），续航32h，1年保修，官方授权可查防伪，这些是差价的主要原因😊',
      '能压住的亲，主动降噪最高42dB，地铁轰鸣声明显减弱，通勤党很多都是冲这个买的哦',
      '亲，同行的货我们不好评价哈，能确定的是我们是官方旗舰店，每副都可以在声屿官网查防伪码，还有1年保修，您自己判断就好~',
    ], { seed: 3, variant: 'hard' });
    expect(buyerLines(chat).at(-1)).not.toMatch(/就一句话/u);
    expect(score(chat, scenario).feedback.some((f) => f.rule === 'tone-cold')).toBe(false);
  });
});

describe('F39: a bare yes or no that leaves her question unanswered is cold, particles or not', () => {
  const HAGGLE = context('price-haggle');
  it('亲 不可以哦 after 贵在哪 / 是的呢 after 差在哪 / 好的 after 什么时候能开出来: cold', () => {
    expect(rules(understand('亲 不可以哦', { ...HAGGLE, buyer: '就问一句 贵的那40块贵在哪' }))).toContain('tone-cold');
    expect(rules(understand('是的呢', { ...context('comparison-shopper'), buyer: '同款我看别家239 你们299 差在哪' }))).toContain('tone-cold');
    // chats-as: a bare receipt to her when-question.
    expect(rules(understand('好的', { ...HAGGLE, buyer: '[发了开票资料] 什么时候能开出来' }))).toContain('tone-cold');
  });
  it('亲 能用哦 after 能用不 额外收费吗: the charge left unanswered is cold; with the charge answered it is not', () => {
    expect(rules(understand('亲 能用哦', { ...HAGGLE, buyer: '信用卡分期能用不 额外收费吗 🤔' }))).toContain('tone-cold');
    expect(rules(understand('可以的', { ...HAGGLE, buyer: '花呗能用吗 要加钱不' }))).toContain('tone-cold');
    expect(rules(understand('亲 能用哦，不收手续费', { ...HAGGLE, buyer: '信用卡分期能用不 额外收费吗 🤔' }))).not.toContain('tone-cold');
    expect(rules(understand('不收哦', { ...HAGGLE, buyer: '信用卡分期能用不 额外收费吗 🤔' }))).not.toContain('tone-cold');
  });
  it('a short but complete answer is not cold', () => {
    expect(rules(understand('亲 能开哦', { ...HAGGLE, buyer: '那发票能开不 单位抬头 电子的就行' }))).not.toContain('tone-cold');
    expect(rules(understand('有的亲', { ...HAGGLE, buyer: '奶咖色还有货吗' }))).not.toContain('tone-cold');
    expect(rules(understand('亲，贵在面料，我们是60支长绒棉哦', { ...HAGGLE, buyer: '就问一句 贵的那40块贵在哪' }))).not.toContain('tone-cold');
    expect(rules(understand('是的哦', { ...HAGGLE, buyer: '羊毛含量有多少啊，是真羊毛吗' }))).not.toContain('tone-cold');
  });
  it('in play (ph13): the trainee is told on that turn and the buyer asks again', () => {
    const scenario = load('price-haggle');
    const chat = playScript(scenario, ['亲 在的哦', '亲 已经是最低价了哦', '亲 我们质量好哦', '亲 不可以哦'], { seed: 13, variant: 'normal' });
    const result = score(chat, scenario);
    const item = result.feedback.find((f) => f.rule === 'tone-cold');
    expect(item?.evidence).toBe('亲 不可以哦');
    expect(result.scores.tone).toBeLessThan(100);
    expect(buyerLines(chat).at(-1)).toMatch(/一句话|为啥|贵在哪|为什么/u);
  });
});

describe('F10/F26/F46: 先安抚了情绪 only for what soothes her, and the buyer hears the same', () => {
  const COMPLAINT = context('complaint');
  const opening = '快递到底还送不送了?卡在中转站4天了 再不到我就差评了';
  const praised = (replies: string[], seed = 1, variant = 'normal') => {
    const scenario = load('complaint');
    const chat = playScript(scenario, replies, { seed, variant });
    return { chat, result: score(chat, scenario), praise: score(chat, scenario).feedback.some((f) => f.title === '先安抚了情绪') };
  };

  it('a bare 感谢您的理解 to a buyer filing a complaint owes empathy and earns no praise', () => {
    expect(rules(understand('好的亲，感谢您的理解，祝阿姨生日快乐！', { ...COMPLAINT, buyer: '拿钱换好评是吧 我直接截图投诉' }))).toContain('tone-empathy');
    expect(rules(understand('谢谢您的理解哈，我们会处理的', { ...COMPLAINT, buyer: '不想跟你废话了 差评伺候' }))).toContain('tone-empathy');
    // Her feeling understood still is empathy.
    expect(rules(understand('理解您的心情，我马上帮您查', { ...COMPLAINT, buyer: opening }))).not.toContain('tone-empathy');
  });

  it('别急嘛，急也没用 waves her feeling away: no empathize, tone-empathy owed, no praise; the buyer does not calm', () => {
    const u = understand('亲，别急嘛，急也没用，我帮您查下', { ...COMPLAINT, buyer: opening });
    expect(u.moves).not.toContain('empathize');
    expect(understand('您先别着急，着急也没办法，等等吧', { ...COMPLAINT, buyer: opening }).moves).not.toContain('empathize');
    const { chat, praise, result } = praised(['亲，别急嘛，急也没用，我帮您查下']);
    expect(praise).toBe(false);
    expect(result.feedback.some((f) => f.rule === 'tone-empathy')).toBe(true);
    expect(chat.turns.filter((t) => t.role === 'agent')[0]?.understanding?.moves).not.toContain('empathize');
    // 别急 alone still soothes.
    expect(understand('亲，别急，我马上帮您查', { ...COMPLAINT, buyer: opening }).moves).toContain('empathize');
  });

  it('辛苦您等这么久了 / 这事确实是我们没跟好 soothe: praised, and the buyer calms (tracking, not cold-track)', () => {
    for (const reply of ['亲，您好，辛苦您等这么久了，我立刻联系申通查件，30分钟内给您回复哦', '亲，您好，这事确实是我们没跟好，我这就去联系申通查，30分钟内给您回复']) {
      const { chat, praise } = praised([reply]);
      expect(praise).toBe(true);
      expect(buyerLines(chat).at(-1)).not.toMatch(/光查有什么用|道歉都没有/u);
    }
  });

  it('a remedy done at once takes her in (no tone-empathy) but earns no 先安抚了情绪', () => {
    const { result } = praised(['好的亲，我这就帮您联系申通加急查件，30分钟内回复您']);
    expect(result.feedback.some((f) => f.rule === 'tone-empathy')).toBe(false);
    expect(result.feedback.some((f) => f.title === '先安抚了情绪')).toBe(false);
  });

  it('cp5: the close 感谢您的理解 to a buyer filing a complaint earns neither 先安抚了情绪 nor 礼貌收尾', () => {
    const replies = [
      '您好亲，真的非常抱歉！给您添堵了，6天还没收到换谁都会生气的😔 我现在立刻联系申通查件，30分钟内一定给您回复',
      '亲，查到了，包裹在中转站滞留，申通说今天会优先转运。为了不耽误您周六用，如果周五晚上还没到，我们马上给您补发顺丰，运费我们出，另外给您一张10元无门槛券作为补偿哦',
      '亲，晒图五星有福利呢，收到货记得哦😊',
      '好的亲，感谢您的理解，祝阿姨生日快乐！',
      '谢谢亲，有问题随时找我哦',
    ];
    const { chat, result } = praised(replies, 4, 'hard');
    const last = chat.turns.length - 1 - [...chat.turns].reverse().findIndex((t) => t.role === 'agent');
    const onClose = result.feedback.filter((f) => f.turn === last);
    expect(onClose.map((f) => f.rule)).toContain('tone-empathy');
    expect(onClose.some((f) => f.kind === 'good')).toBe(false);
  });
});

describe('F8: a 不对 that corrects the agent\'s own words is no blunt contradiction', () => {
  const buyer = 'ok 那不退了 20块记得给我';
  it('…支付宝账户…不对，是原路退回 / 我刚才说错了，不对，是… : no tone-blunt', () => {
    expect(rules(understand('好的亲，20元补偿我马上给您申请，今天内打到您的支付宝账户…不对，是原路退回到您的付款账户哦', { ...QUALITY, buyer }))).not.toContain('tone-blunt');
    expect(rules(understand('亲，我刚才说错了，不对，是补偿20元哦', { ...QUALITY, buyer }))).not.toContain('tone-blunt');
    expect(rules(understand('亲，发货是48小时内，不对，应该是24小时内哦', { ...context('price-haggle'), buyer: '多久发货' }))).not.toContain('tone-blunt');
  });
  it('不对 at the start, against her, is still blunt', () => {
    expect(rules(understand('不对,我们没有这个活动', { ...context('price-haggle'), buyer: '你们不是有满减吗' }))).toContain('tone-blunt');
    expect(rules(understand('不对,是你看错颜色了,我给您换一个吧', { ...context('size-question'), buyer: '颜色发错了' }))).toContain('tone-blunt');
  });
});

describe('F1/F3/F4/F6: better phrasings that answer her, at her stage, without giving away the floor', () => {
  const betterOf = (id: string, replies: string[], seed: number, variant: string, rule: string) => {
    const scenario = load(id);
    const chat = playScript(scenario, replies, { seed, variant });
    return score(chat, scenario).feedback.filter((f) => f.rule === rule).map((f) => f.better ?? '');
  };

  it('F1: below the floor, the better line holds the price with the shop\'s coupon and gift, never the floor', () => {
    const [better] = betterOf('price-haggle', ['您好亲~ 想便宜的话我这边可以直接给您改到169哦，马上拍吧'], 4, 'easy', 'fact-wrong');
    expect(better).toContain('10元店铺券');
    expect(better).toContain('抱枕套');
    expect(better).not.toMatch(/179|最低|小赠品\/运费险/u);
    // Ours: the comparison shop's floor 279 is not named either; its coupon (券后289) is.
    const [cs] = understand('亲，给您改到269元，您看可以吗', { ...context('comparison-shopper'), buyer: '差60还是有点肉疼 我再想想' }).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.better ?? '');
    expect(cs).toContain('10元店铺券');
    expect(cs).not.toMatch(/最低/u);
  });

  it('F3: a curt no to WeChat is told the reason to stay on the platform, not "我帮您确认一下"', () => {
    const scenario = load('price-haggle');
    const result = score({ turns: [
      { role: 'buyer', text: '要不这样 我加你微信 直接转你180 不走平台 你还省手续费 😏' },
      { role: 'agent', text: '不行' },
    ], outcome: null }, scenario);
    const better = result.feedback.find((f) => f.rule === 'tone-cold')?.better ?? '';
    expect(better).toContain('平台');
    expect(better).not.toMatch(/确认一下/u);
    // Ours: a QQ deal asked for.
    const qq = score({ turns: [{ role: 'buyer', text: '加个QQ私下转账行不' }, { role: 'agent', text: '不行' }], outcome: null }, scenario);
    expect(qq.feedback.find((f) => f.rule === 'tone-cold')?.better).toContain('平台');
  });

  it('F4: before the sale the empathy line apologises for the confusion and answers again — nothing "处理" or "有结果"', () => {
    for (const better of betterOf('size-question', ['M', 'M就行 平时穿啥就拿啥', '换不了'], 2, 'normal', 'tone-empathy')) {
      expect(better).not.toMatch(/我这就帮您处理|有结果第一时间/u);
      expect(better).toMatch(/没跟您说清楚/u);
    }
    // After the sale the complaint template stays.
    const complaint = score({ turns: [{ role: 'buyer', text: '你们怎么回事啊!!下单6天了 物流4天没动 😡' }, { role: 'agent', text: '嗯' }], outcome: null }, load('complaint'));
    expect(complaint.feedback.find((f) => f.rule === 'tone-empathy')?.better).not.toMatch(/没跟您说清楚/u);
  });

  it('F6: a hedge about the fit is answered by the chart and the cut, not "稍等1分钟"', () => {
    const scenario = load('size-question');
    const [better] = betterOf('size-question', ['你好，拿L吧', '应该不会大吧，可能刚好'], 3, 'hard', 'tone-uncertain');
    expect(better).toContain('L码');
    expect(better).toContain('偏小一码');
    expect(better).not.toMatch(/稍等|确认一下/u);
    // Ours: 会不会大 after M.
    const own = score({ turns: [{ role: 'buyer', text: 'M会不会大啊' }, { role: 'agent', text: '应该不会吧' }], outcome: null }, scenario);
    expect(own.feedback.find((f) => f.rule === 'tone-uncertain')?.better).not.toMatch(/稍等/u);
  });
});

describe('F24 (rdx): the postage cap said wrong is checked; the buyer hears it', () => {
  it('我们最多补10块 (shop: 最多15元) is fact-wrong and no compensation amount; 最多15元 is right', () => {
    const u = understand('亲 运费的话 我们最多补10块', { ...QUALITY, buyer: '别扯别的 运费谁出' });
    expect(claims(u)).toEqual(['说运费最多补10元']);
    expect(u.entities.amount).toBeUndefined();
    expect(claims(understand('亲，运费您先垫付，最多补您20元哦', { ...QUALITY, buyer: '那寄回去的运费呢' }))).toEqual(['说运费最多补20元']);
    expect(claims(understand('运费我们出，您先垫付，收货后补给您，最多15元', { ...QUALITY, buyer: '别扯别的 运费谁出' }))).toEqual([]);
  });
  it('after the sale the classifier raises no freeship-breach on a return\'s postage (a fact-wrong, no veto)', () => {
    expect(rules(understand('亲，运费这块是您自己承担的哈，最多补10块', { ...QUALITY, buyer: '别扯别的 运费谁出' }))).toEqual(['fact-wrong']);
    // Before the sale, the 包邮 goods' postage put on her is still the breach.
    expect(rules(understand('运费您自己出哦', { ...context('price-haggle'), buyer: '包邮吗' }))).toContain('freeship-breach');
  });
  it('in play: each rdx line 4 makes her say the postage is the shop\'s', () => {
    const scenario = load('refund-dispute');
    const opening = [
      '亲，您好，我是轻跑运动客服小美~ 请问是哪方面不满意呢？是尺码不合适，还是鞋子有质量问题呀？方便发一下订单号吗😊',
      '亲，非常抱歉给您带来不好的体验😣 挤脚的话签收7天内可以无理由退换，胶印属于质量问题哦~麻烦您拍几张胶印的照片给我看看呢',
      '亲，照片收到啦，辛苦您了~这边不能单凭照片下结论哦，需要鞋底无磨损、未外穿，吊牌、鞋盒和配件齐全，以仓库收货检查为准。胶印是质量问题，退货运费由我们店铺承担哦',
    ];
    for (const line of ['亲 这个得您出哦 没买运费险', '亲 运费的话 我们最多补10块']) {
      const chat = playScript(scenario, [...opening, line], { seed: 1, variant: 'normal' });
      expect(buyerLines(chat).at(-1)).toMatch(/运费凭啥我出|不该你们出|还要我出运费/u);
    }
  });
});
