import { describe, expect, it } from 'vitest';
import { RULES } from '@/engine/rules/catalog';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';
import { RULE_IDS, type RuleId } from '@/engine/vocabulary';

const rules = (text: string, context: ReplyContext = {}) => understand(text, context).flags.map((f) => f.rule);

/** Per rule: a reply that breaks it, and a close reply that does not. */
const CASES: Array<[RuleId, string, string]> = [
  ['invoice-refuse', '不好意思,我们不开发票的', '发票一定能开,这个您放心'],
  ['invoice-fee', '开发票得另外付税点', '开发票不需要额外付税点的'],
  ['freeship-breach', '偏远地区要加运费的亲', '不用补运费的亲,包邮'],
  ['card-fee', '刷信用卡的话手续费您来出哦', '我们不会额外收取分期手续费的'],
  ['card-refuse', '不能用信用卡付款的亲', '信用卡可以用的亲'],
  ['cod-refuse', '这款不支持货到付款,您先付吧', '支持货到付款的,下单选一下就行'],
  ['privacy-leak', '上一个买家也是北京朝阳的,地址跟您就隔一条街', '为了保护隐私,其他买家的信息不方便透露哦'],
  ['order-close', '那我给您把这单关了吧', '订单您自己决定,我们不会主动取消的'],
  ['ship-promise', '我保证后天一定到货', '没法保证几号到,但我们会尽快发'],
  ['return-refuse', '打折商品一律不退不换', '打折款也能退的亲,放心'],
  ['off-platform', '留个微信吧,以后直接找我买更便宜', '不能加微信哦亲,有问题旺旺上找我就行'],
  ['review-induce', '好评晒图返现3元哦', '评价您按真实感受来就好'],
  ['disparage', '那家店的东西都是次品,别信', '两款的区别在于我们用的是加厚面料'],
  ['tone-uncertain', '好像是有防水功能的吧', '这款是防水的哦'],
  ['tone-cold', '没货', '亲,这个颜色暂时没货了呢,给您推荐一下相近的颜色好吗'],
  ['tone-interrogate', '你是不是没看尺码表啊?', '亲,尺码表在详情页里哦,我也可以帮您推荐'],
  ['tone-blunt', '你理解错了', '亲,可能是我没说清楚,我再解释一下哦'],
  ['tone-criticize', '肯定是你洗坏的', '麻烦您拍张照片,我们一起看看是什么原因'],
  ['tone-prejudge', '看照片这个问题不大,退不了的', '您申请退货,我们收到后检查一下哦'],
];

describe('rule flags', () => {
  it.each(CASES)('%s: raised by "%s"', (rule, bad) => {
    expect(rules(bad)).toContain(rule);
  });

  it.each(CASES)('%s: not raised by the close but correct reply', (rule, _bad, good) => {
    expect(rules(good)).not.toContain(rule);
  });

  it('carries the rule points and the evidence words', () => {
    const [flag] = understand('开发票得另外付税点').flags;
    expect(flag).toEqual({ rule: 'invoice-fee', points: 6, evidence: expect.stringContaining('税点') });
  });

  it('gives tone flags 0 points and platform flags their catalog points', () => {
    for (const id of RULE_IDS) {
      if (RULES[id].kind !== 'platform') expect(RULES[id].points).toBe(0);
      else expect(RULES[id].points).toBeGreaterThan(0);
    }
    expect(RULES['order-close'].points).toBe(1);
    expect(RULES['ship-promise'].points).toBe(4);
    expect(RULES.disparage.points).toBe(2);
  });
});

describe('negation scope', () => {
  it('a refusal after the phrase takes it back (平台外交易不行 is not off-platform)', () => {
    expect(rules('sorry亲 平台外交易不行哦')).not.toContain('off-platform');
    expect(rules('私下转账我们这边不支持哦')).not.toContain('off-platform');
  });

  it('an A-not-A question refuses nothing (帮您问问主管能不能送个礼物)', () => {
    expect(understand('我帮您问问主管能不能送个小礼物').moves).toContain('escalate');
  });

  it('an A-not-A question about a refund refuses nothing (能不能退要等仓库检查后确定)', () => {
    expect(rules('亲,能不能退要等仓库收到检查后才能确定哦,您先按退货流程寄回就好')).not.toContain('return-refuse');
    expect(rules('退不退都可以的亲,您看着办')).not.toContain('return-refuse');
    expect(rules('这个不能退的哦')).toContain('return-refuse');
  });

  it('a short negated modifier ends at 的 (没付款的单子 still closes the order)', () => {
    expect(rules('超时没付款的单子我都直接给关了')).toContain('order-close');
  });

  it('postage the shop pays back is no breach of free shipping', () => {
    expect(rules('收到后给您补运费', { freeShipping: true })).not.toContain('freeship-breach');
    expect(rules('这单虽然包邮,但偏远地区要补运费', { freeShipping: true })).toContain('freeship-breach');
  });

  it('不收手续费 is not card-fee', () => {
    expect(rules('不收手续费')).not.toContain('card-fee');
  });

  it('不开发票 is invoice-refuse', () => {
    expect(rules('不开发票')).toContain('invoice-refuse');
  });

  it('不能加微信 is not off-platform', () => {
    expect(rules('不能加微信')).not.toContain('off-platform');
  });

  it('a negation does not reach past a comma', () => {
    expect(rules('不用担心,加我微信发您实拍')).toContain('off-platform');
  });

  it('不好意思 negates nothing', () => {
    expect(rules('不好意思,刷卡要加3%手续费')).toContain('card-fee');
  });

  it('a double negation is not a refusal', () => {
    expect(rules('不会不给您开发票的,放心')).not.toContain('invoice-refuse');
  });
});

describe('rules that depend on the situation', () => {
  it('extra postage is freeship-breach only for a free-shipping item', () => {
    expect(rules('偏远地区要加10元运费哦', { freeShipping: true })).toContain('freeship-breach');
    expect(rules('偏远地区要加10元运费哦', { freeShipping: false })).not.toContain('freeship-breach');
  });

  it('refusing COD is cod-refuse only for an item that offers it', () => {
    expect(rules('这款不支持货到付款的', { cod: true })).toContain('cod-refuse');
    expect(rules('这款不支持货到付款的', { cod: false })).not.toContain('cod-refuse');
  });

  it('a guaranteed dispatch is ship-promise only when it beats the shop window', () => {
    expect(rules('保证今天给您发出', { dispatchHours: 48 })).toContain('ship-promise');
    expect(rules('保证48小时内发货', { dispatchHours: 48 })).not.toContain('ship-promise');
    expect(rules('今天就给您发货', { dispatchHours: 48 })).not.toContain('ship-promise');
  });

  it('declining a private transfer because it cannot be protected is no off-platform (player-a, price easy good)', () => {
    expect(rules('我们只能在淘宝平台内下单付款哦，私下转账出了问题没法维权的')).not.toContain('off-platform');
    expect(rules('平台外付款出了问题没法维权的')).not.toContain('off-platform');
    expect(rules('加我微信转账吧，便宜点')).toContain('off-platform');
  });

  it('a guarantee refused inside the phrase is a hedge, not a promise (player-a, comparison easy good)', () => {
    expect(rules('通常1到3天到，明天到不敢保证哦，以顺丰实际派送为准', { dispatchHours: 48 })).not.toContain('ship-promise');
    expect(rules('今天发没法跟您打包票哦', { dispatchHours: 48 })).not.toContain('ship-promise');
    expect(rules('明天肯定到，顺丰保证次日达', { dispatchHours: 48 })).toContain('ship-promise');
  });

  it('leaves the greeting to the scorer, so a buyer never reacts to a missing 您好 as to a tone flag', () => {
    expect(rules('这款是纯棉的哦', { firstReply: true })).not.toContain('tone-greet');
  });

  it('an upset buyer needs empathy or an apology first', () => {
    expect(rules('给您退款吧', { buyerUpset: true })).toContain('tone-empathy');
    expect(rules('抱歉亲,给您退款吧', { buyerUpset: true })).not.toContain('tone-empathy');
    expect(rules('给您退款吧', {})).not.toContain('tone-empathy');
  });
});

describe("the catalog's better replies", () => {
  // A better reply is shown for whatever reply its rule flagged, in any scenario.
  it.each(RULE_IDS)('%s: breaks no rule itself', (id) => {
    expect(rules(RULES[id].better.replace(/^[^:]*:/, ''))).toEqual([]);
  });

  it.each(RULE_IDS)('%s: is written in the shop\'s warm style (亲 and a soft particle)', (id) => {
    expect(RULES[id].better).toContain('亲');
    expect(RULES[id].better).toMatch(/[哦呢~]/);
  });

  it.each(RULE_IDS)('%s: names no product, colour or amount of one chat', (id) => {
    expect(RULES[id].better).not.toMatch(/颜色|尺码表|面料|纯棉|\d+元|\d+块|[0-9]+天到/);
  });
});
