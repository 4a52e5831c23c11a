import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, score } from '@/engine/score/score';
import { COMPLIANCE_PER_POINT, DEFAULT_PASS_MARK, RESPONSE_SECONDS } from '@/engine/score/weights';
import type { Transcript, Turn } from '@/engine/transcript';
import { understand } from '@/engine/understand/understand';

function haggle(): Scenario {
  const file = new URL('../../../scenarios/price-haggle.yaml', import.meta.url);
  const loaded = loadScenario(readFileSync(file, 'utf8'), file.pathname);
  if (!loaded.scenario) throw new Error('price-haggle does not load');
  return loaded.scenario;
}
const SCENARIO = haggle();
const { price, floor } = SCENARIO.shop.product;

const buyer = (text: string, extra: Partial<Turn> = {}): Turn => ({ role: 'buyer', text, ...extra });
const agent = (text: string, extra: Partial<Turn> = {}): Turn => ({ role: 'agent', text, ...extra });
const chat = (turns: Turn[], outcome: Transcript['outcome'] = 'sale', lowestOffer: number | null = null): Transcript => ({ turns, outcome, lowestOffer });

const POLITE = [
  buyer('这个能便宜点吗'),
  agent('亲,您好~这已经是活动价了哦,真的不能再低了呢'),
  buyer('那好吧,我拍了'),
  agent('感谢您的支持哦,祝您生活愉快~'),
];

describe('score', () => {
  it('passes a polite sale at list price with full marks for compliance', () => {
    const result = score(chat(POLITE), SCENARIO);

    expect(result.scores.compliance).toBe(100);
    expect(result.violations).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.blocker).toBe(false);
    expect(result.passMark).toBe(DEFAULT_PASS_MARK);
  });

  it('fails any chat with a platform violation, whatever the total (compliance blocker)', () => {
    const turns = [...POLITE.slice(0, 3), agent('亲,留个微信吧,下次直接找我哦'), agent('感谢您的支持,祝您生活愉快~')];

    const result = score(chat(turns), SCENARIO, { passMark: 10 });

    expect(result.scores.total).toBeGreaterThanOrEqual(10);
    expect(result.blocker).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.violations).toContainEqual(expect.objectContaining({ rule: 'off-platform', turn: 3, points: 6 }));
  });

  it('deducts the platform points per violation and lowers compliance with them', () => {
    const turns = [buyer('在吗'), agent('亲,您好,不好意思缺货了,我给您把这单关了'), buyer('啊?'), agent('另一个订单也给您取消了哦,没货')];

    const result = score(chat(turns, 'no-sale'), SCENARIO);

    expect(result.pointsDeducted).toBe(2);
    expect(result.scores.compliance).toBe(100 - 2 * COMPLIANCE_PER_POINT);
  });

  it('flags a missing greeting on the first reply only, at that turn', () => {
    const turns = [buyer('在吗'), agent('这款是纯棉的哦'), buyer('好的'), agent('这款是纯棉的哦')];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations.filter((v) => v.rule === 'tone-greet')).toEqual([expect.objectContaining({ turn: 1, points: 0 })]);
  });

  it('counts addressing the buyer as 亲 on the first reply as a warm opening', () => {
    const turns = [buyer('在吗'), agent('亲,这款是纯棉的哦'), buyer('好的'), agent('感谢您的支持,祝您生活愉快~')];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations.map((v) => v.rule)).not.toContain('tone-greet');
  });

  it('flags a missing greeting on a precomputed understanding read as a first reply', () => {
    const text = '这款是纯棉的哦';
    const turns = [buyer('在吗'), agent(text, { understanding: understand(text, { firstReply: true }) })];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations).toEqual([expect.objectContaining({ rule: 'tone-greet', turn: 1 })]);
  });

  it('fails a sale below the floor even with perfect tone and compliance, and says so first', () => {
    const result = score(chat(POLITE, 'sale', floor - 10), SCENARIO);

    expect(result.scores.tone).toBe(100);
    expect(result.scores.compliance).toBe(100);
    expect(result.scores.conversion).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.top[0]).toMatchObject({ title: '低于底价成交', evidence: `${floor - 10}元` });
  });

  it('names the below-floor sale on the reply that offered the price', () => {
    const turns = [buyer('能便宜点吗'), agent('亲,您好~活动价了哦'), buyer('再少点'), agent(`亲,那给您${floor - 10}元吧`), buyer('好 拍了')];

    const item = score(chat(turns, 'sale', floor - 10), SCENARIO).feedback.find((f) => f.title === '低于底价成交');

    expect(item?.turn).toBe(3);
  });

  it('does not let an upsell buy back a sale below the floor', () => {
    const upsell = [...POLITE.slice(0, 3), agent('这款搭配我们家的枕芯一起买更划算哦'), agent('感谢您的支持,祝您生活愉快~')];

    expect(score(chat(upsell, 'sale', floor - 1), SCENARIO).scores.conversion).toBe(0);
  });

  it('expects empathy when a scenario marks the buyer upset', () => {
    const turns = [buyer('东西坏了!', { upset: true }), agent('亲,您好,申请退款吧')];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations.map((v) => v.rule)).toContain('tone-empathy');
  });

  it('detects an upset buyer from her words in a real log', () => {
    const cold = score(chat([buyer('什么破东西,我要投诉!!'), agent('您好,申请退款吧')], null));
    const warm = score(chat([buyer('什么破东西,我要投诉!!'), agent('您好,非常抱歉让您失望了,马上给您退款')], null));

    expect(cold.violations.map((v) => v.rule)).toContain('tone-empathy');
    expect(warm.violations.map((v) => v.rule)).not.toContain('tone-empathy');
    expect(warm.scores.tone).toBeGreaterThan(cold.scores.tone);
  });

  it('does not raise empathy again on the reply after an apology while the buyer stays upset', () => {
    const turns = [
      buyer('东西坏了!', { upset: true }),
      agent('亲,您好,非常抱歉给您添麻烦了'),
      buyer('那怎么办', { upset: true }),
      // Read as the session does: understand() was told the buyer is upset and flagged it.
      agent('给您补发一个新的哦', { understanding: understand('给您补发一个新的哦', { buyerUpset: true }) }),
    ];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations.map((v) => v.rule)).not.toContain('tone-empathy');
  });

  it('owes an upset buyer empathy on every reply until one gives it, and not after', () => {
    const ignored = [
      buyer('东西坏了!', { upset: true }),
      agent('亲,您好,申请退款吧'),
      buyer('就这?', { upset: true }),
      agent('申请了吗'),
      buyer('一句道歉都没有?', { upset: true }),
      agent('那你申请吧'),
    ];
    const soothed = [
      buyer('东西坏了!', { upset: true }),
      agent('亲,您好,申请退款吧'),
      buyer('就这?', { upset: true }),
      agent('真的很抱歉给您添麻烦了,我马上帮您处理'),
      buyer('那快点', { upset: true }),
      agent('已经提交了,您留意一下'),
    ];

    const empathyTurns = (turns: Turn[]) => score(chat(turns, null), SCENARIO).violations.filter((v) => v.rule === 'tone-empathy').map((v) => v.turn);

    expect(empathyTurns(ignored)).toEqual([1, 3, 5]);
    expect(empathyTurns(soothed)).toEqual([1]);
  });

  it('raises empathy again when the buyer calms down and then gets upset again', () => {
    const turns = [
      buyer('东西坏了!', { upset: true }),
      agent('亲,您好,申请退款吧'),
      buyer('好的', { upset: false }),
      agent('已经帮您处理了哦'),
      buyer('怎么又坏了!', { upset: true }),
      agent('给您换一个吧'),
    ];

    const result = score(chat(turns, null), SCENARIO);

    expect(result.violations.filter((v) => v.rule === 'tone-empathy').map((v) => v.turn)).toEqual([1, 5]);
  });

  it('names a missing warm close on the last reply, in the report and in violations', () => {
    const turns = [buyer('在吗'), agent('亲,您好,在的哦'), buyer('我拍了'), agent('好的亲,马上发货哦')];

    const result = score(chat(turns), SCENARIO);

    expect(result.feedback).toContainEqual(expect.objectContaining({ rule: 'tone-close', turn: 3, kind: 'missed' }));
    expect(result.violations).toContainEqual(expect.objectContaining({ rule: 'tone-close', turn: 3, points: 0 }));
  });

  it('costs tone when replies carry no friendly particle', () => {
    const stiff = [buyer('在吗'), agent('您好,这款是纯棉的'), buyer('好'), agent('感谢您的支持,祝您生活愉快')];
    const soft = [buyer('在吗'), agent('您好,这款是纯棉的哦'), buyer('好'), agent('感谢您的支持,祝您生活愉快~')];

    expect(score(chat(stiff), SCENARIO).scores.tone).toBeLessThan(score(chat(soft), SCENARIO).scores.tone);
  });

  it('rates conversion from the outcome and the price kept against the floor', () => {
    const atPrice = score(chat(POLITE, 'sale', price), SCENARIO).scores.conversion;
    const atFloor = score(chat(POLITE, 'sale', floor), SCENARIO).scores.conversion;
    const belowFloor = score(chat(POLITE, 'sale', floor - 20), SCENARIO).scores.conversion;
    const noSale = score(chat(POLITE, 'no-sale'), SCENARIO).scores.conversion;
    const dispute = score(chat(POLITE, 'dispute'), SCENARIO).scores.conversion;

    expect(atPrice).toBeGreaterThan(atFloor);
    expect(atFloor).toBeGreaterThan(belowFloor);
    expect(atFloor).toBeGreaterThan(noSale);
    expect(noSale).toBeGreaterThan(dispute);
  });

  it('rewards an upsell in conversion', () => {
    const upsell = [...POLITE.slice(0, 3), agent('这款搭配我们家的枕芯一起买更划算哦'), agent('感谢您的支持,祝您生活愉快~')];

    expect(score(chat(upsell, 'no-sale'), SCENARIO).scores.conversion).toBeGreaterThan(score(chat(POLITE, 'no-sale'), SCENARIO).scores.conversion);
  });

  it('times responses only when the turns carry timestamps', () => {
    const slow = [buyer('在吗', { at: 0 }), agent('亲,您好,在的哦', { at: (RESPONSE_SECONDS.first + 5) * 1000 })];

    const timed = score(chat(slow, null));
    const untimed = score(chat(slow.map(({ at: _at, ...t }) => t), null));

    expect(timed.responseTimes).toEqual({ first: RESPONSE_SECONDS.first + 5, average: RESPONSE_SECONDS.first + 5 });
    expect(timed.violations.map((v) => v.rule)).toContain('resp-first');
    expect(untimed.responseTimes).toBeUndefined();
    expect(untimed.violations).toEqual([]);
  });

  it('praises only where earned: a bare 在 is no warm greeting, a greeting that questions the buyer and calming words with a promise earn no praise', () => {
    const goods = (turns: Turn[]) => score(chat(turns, null), SCENARIO).feedback.filter((f) => f.kind === 'good').map((f) => f.title);

    const bare = score(chat([buyer('在吗'), agent('在')], null), SCENARIO);
    expect(bare.violations.map((v) => v.rule)).toContain('tone-greet');
    expect(goods([buyer('在吗'), agent('在')])).not.toContain('热情开场');
    expect(goods([buyer('在吗'), agent('在的亲,有什么可以帮您的吗~')])).toContain('热情开场');
    expect(goods([buyer('这个几天到'), agent('您好,你没看详情吗?')])).not.toContain('热情开场');
    const upset = [buyer('在吗'), agent('亲,您好~'), buyer('怎么还没到!!气死了', { upset: true })];
    expect(goods([...upset, agent('别急嘛 明天一定到')])).not.toContain('先安抚了情绪');
    expect(goods([...upset, agent('亲,理解您着急,真的很抱歉,我马上帮您联系快递查一下哦')])).toContain('先安抚了情绪');
  });

  it('gives a positive item for each trap handled well: WeChat declined, invoice issued, price held with reasons, return conditions stated', () => {
    const turns = [
      buyer('能便宜点吗'),
      agent('亲,您好~这已经是活动价了哦,面料是A类牛奶绒,品质有保证的呢'),
      buyer('加个微信吧 我支付宝转你'),
      agent('亲,我们只能在平台交易哦,这是规定呢,您在淘宝下单更安心'),
      buyer('能开发票吗'),
      agent('发票可以开的亲,个人或公司抬头都行,免费的哦'),
      buyer('不合适能退吗'),
      agent('可以的亲,签收7天内吊牌完好、不影响二次销售都可以无理由退换哦'),
    ];

    const good = score(chat(turns, null), SCENARIO).feedback.filter((f) => f.kind === 'good');

    expect(good.map((f) => [f.title, f.turn])).toEqual(
      expect.arrayContaining([['有理有据地守住价格', 1], ['礼貌拒绝站外交易', 3], ['爽快答应开发票', 5], ['讲清退换条件', 7]]),
    );
    const caved = score(chat([buyer('能便宜点吗'), agent('亲,您好~那给您便宜10块哦')], null), SCENARIO).feedback;
    expect(caved.map((f) => f.title)).not.toContain('有理有据地守住价格');
    const ignored = score(chat([buyer('加个微信吧'), agent('亲,您好~发票可以开的哦')], null), SCENARIO).feedback;
    expect(ignored.map((f) => f.title)).not.toContain('礼貌拒绝站外交易');
  });

  it('quotes the trainee\'s words exactly as typed (原话), not their normalised form', () => {
    const typed = '亲，加我ＶＸ吧，給您便宜點';
    const asked = '你沒看詳情嗎？';

    const result = score(chat([buyer('能便宜点吗'), agent(typed), buyer('发什么快递'), agent(asked)], null), SCENARIO);

    const item = result.feedback.find((f) => f.rule === 'off-platform');
    expect(item?.evidence).toBe('加我ＶＸ');
    expect(result.violations.find((v) => v.rule === 'off-platform')?.evidence).toBe('加我ＶＸ');
    expect(result.feedback.find((f) => f.rule === 'tone-interrogate')?.evidence).toBe('你沒看詳情嗎？');
  });

  it('marks evidence that describes the chat (a missed close, the particle share) as observed, not as her words', () => {
    const result = score(chat([buyer('能便宜点吗'), agent('亲,您好~已经是最低价了'), buyer('那算了 我再看看'), agent('好的')], 'no-sale'), SCENARIO);
    const quoted = result.feedback.filter((f) => f.evidence !== undefined && f.claim === undefined);
    expect(quoted.filter((f) => f.observed).map((f) => f.evidence)).toEqual(['最后两句都没有道谢', '转化少80分']);
    for (const f of quoted) {
      const typed = ['亲,您好~已经是最低价了', '好的'].some((t) => t.includes(f.evidence!));
      expect({ rule: f.rule, evidence: f.evidence, observed: f.observed === true }).toEqual({ rule: f.rule, evidence: f.evidence, observed: !typed });
    }
  });

  it('names a buyer who nudged or left because nobody answered (resp-timeout), once per wait, on her line', () => {
    const turns = [buyer('在吗'), agent('亲,您好,在的哦'), buyer('能便宜点吗'), buyer('亲?还在吗', { timedOut: true }), buyer('不等了 拜拜', { timedOut: true })];

    const result = score(chat(turns, 'no-sale'), SCENARIO);

    expect(result.violations).toEqual([expect.objectContaining({ rule: 'resp-timeout', turn: 3, evidence: '亲?还在吗' })]);
    expect(result.feedback).toContainEqual(expect.objectContaining({ rule: 'resp-timeout', turn: 3, kind: 'violation', title: '买家等不到回复' }));
    expect(result.scores.tone).toBe(score(chat(turns.slice(0, 3), 'no-sale'), SCENARIO).scores.tone - 10);
  });

  it('counts a real log whose buyer waited past the 3-minute line as resp-timeout', () => {
    const late = (RESPONSE_SECONDS.unanswered + 20) * 1000;
    const turns = [buyer('在吗', { at: 0 }), agent('亲,您好,在的哦', { at: 5000 }), buyer('发什么快递', { at: 10_000 }), agent('亲,发中通快递哦', { at: 10_000 + late })];

    const result = score(chat(turns, null));

    expect(result.violations.map((v) => [v.rule, v.turn])).toContainEqual(['resp-timeout', 3]);
  });

  it('explains each flagged turn with why and a better reply, and leads with three items, platform first', () => {
    const turns = [buyer('在吗'), agent('没有。'), buyer('能开发票吗'), agent('发票要加6个点哦'), agent('你没看详情吗?')];

    const result = score(chat(turns, null), SCENARIO);

    const item = result.feedback.find((f) => f.rule === 'invoice-fee');
    expect(item).toMatchObject({ turn: 3, points: 6, kind: 'violation', title: expect.any(String), why: expect.any(String), better: expect.any(String) });
    expect(result.top).toHaveLength(3);
    expect(result.top[0]!.rule).toBe('invoice-fee');
  });

  it('uses a precomputed understanding instead of reading the reply again', () => {
    const u = { ...understand('亲,您好'), flags: [{ rule: 'disparage' as const, points: 2, evidence: '别家' }] };

    const result = score(chat([buyer('在吗'), agent('亲,您好', { understanding: u })], null), SCENARIO);

    expect(result.violations).toContainEqual(expect.objectContaining({ rule: 'disparage', turn: 1 }));
  });

  it('gives the same result incrementally as in one call', () => {
    const scorer = createScorer(SCENARIO);
    for (const t of POLITE) scorer.add(t);

    expect(scorer.result({ outcome: 'sale', lowestOffer: null })).toEqual(score(chat(POLITE), SCENARIO));
  });

  it('honours the pass mark option', () => {
    const result = score(chat(POLITE, 'no-sale'), SCENARIO, { passMark: 95 });

    expect(result.passMark).toBe(95);
    expect(result.scores.total).toBeLessThan(95);
    expect(result.passed).toBe(false);
  });
});
