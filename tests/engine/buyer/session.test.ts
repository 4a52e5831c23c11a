import { describe, expect, it } from 'vitest';
import { miniHaggle } from '../scenario/fixtures';
import { createBuyer, playScript, replyContext } from '@/engine/session';
import { nextRandom, pick, seedState } from '@/engine/random';
import { readFileSync } from 'node:fs';
import { loadScenario } from '@/engine/scenario/load';
import { score } from '@/engine/score/score';

const builtIn = (id: string) => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`).scenario!;

const REPLIES = ['亲，您好！欢迎光临', '这个价格已经是活动价了哦，品质有保证', '您170cm 120斤的话建议拿L码哦', '好的'];

describe('buyer session', () => {
  it('the same seed gives the identical conversation', () => {
    const scenario = miniHaggle();

    const a = playScript(scenario, REPLIES, { seed: 42 });
    const b = playScript(scenario, REPLIES, { seed: 42 });

    expect(a).toEqual(b);
  });

  it('different seeds can pick different line variants', () => {
    const scenario = miniHaggle();

    const openings = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => createBuyer(scenario, { seed }).opening()[0]?.text));

    expect(openings.size).toBe(2);
  });

  it('continues identically after a JSON round trip of the persisted snapshot', () => {
    const scenario = miniHaggle();
    const original = createBuyer(scenario, { seed: 9 });
    original.reply(REPLIES[0]!);
    const restored = createBuyer(scenario, { seed: 9, snapshot: JSON.parse(JSON.stringify(original.persist())) });

    expect(restored.state()).toBe(original.state());
    expect(restored.actor.getSnapshot().context).toEqual(original.actor.getSnapshot().context);
    for (const text of REPLIES.slice(1)) expect(restored.reply(text)).toEqual(original.reply(text));
    expect(restored.persist()).toEqual(original.persist());
  });

  it('refuses, with an error the caller can catch, a snapshot whose state the scenario no longer has', () => {
    const scenario = miniHaggle();
    const original = createBuyer(scenario, { seed: 9 });
    original.reply(REPLIES[0]!);
    const stale = { ...(JSON.parse(JSON.stringify(original.persist())) as object), value: 'no-such-state' };

    expect(() => createBuyer(scenario, { seed: 9, snapshot: stale })).toThrow();
  });

  it('buyer turns carry state, mood and upset; the upset state marks the turn', () => {
    const buyer = createBuyer(miniHaggle(), { seed: 1 });
    buyer.actor.send({
      type: 'reply.submitted',
      text: '',
      understanding: { text: '', normalized: '', moves: [], entities: {}, flags: [{ rule: 'off-platform', points: 6, evidence: '加微信' }] },
    });

    const [turn] = buyer.timeout().buyer;

    expect(buyer.state()).toBe('angry');
    expect(turn).toMatchObject({ role: 'buyer', state: 'angry', upset: true });
  });

  it('marks the lines the buyer says because nobody answered (timedOut), and only those', () => {
    const buyer = createBuyer(miniHaggle(), { seed: 1 });
    const nudge = buyer.timeout();
    const answer = buyer.reply(REPLIES[0]!);

    expect(nudge.buyer.length).toBeGreaterThan(0);
    expect(nudge.buyer.every((t) => t.timedOut === true)).toBe(true);
    expect(answer.buyer.some((t) => t.timedOut !== undefined)).toBe(false);
  });

  it('timeoutSeconds applies the variant and is null once the chat is over', () => {
    const scenario = miniHaggle();
    const normal = createBuyer(scenario, { seed: 1 });
    const hard = createBuyer(scenario, { seed: 1, variant: 'hard' });

    expect(normal.timeoutSeconds()).toBe(60);
    expect(hard.timeoutSeconds()).toBe(30);
    expect(normal.end().outcome).toBe('no-sale');
    expect(normal.timeoutSeconds()).toBeNull();
  });

  it('replyContext gives understand() the shop facts, first reply and upset buyer', () => {
    const buyer = createBuyer(miniHaggle(), { seed: 1 });

    const context = replyContext(miniHaggle(), { ...buyer.actor.getSnapshot().context, mood: 10 }, true);

    expect(context).toMatchObject({ price: 100, floor: 85, freeShipping: true, cod: false, dispatchHours: 48, sizes: ['M', 'L', 'XL'], firstReply: true, buyerUpset: true });
  });

  it('the buyer sees what a reply owes as the report does: empathy until a reply gives it, greeting on the first reply, across a JSON round trip', () => {
    const scenario = builtIn('complaint');
    const first = createBuyer(scenario, { seed: 3 });
    first.opening();
    const a = first.reply('您好,我马上帮您查一下物流');
    const restored = createBuyer(scenario, { seed: 3, snapshot: JSON.parse(JSON.stringify(first.persist())) });
    const b = restored.reply('我这边已经联系快递了');
    const c = createBuyer(scenario, { seed: 3 }).reply('马上帮您查物流');
    const rules = (r: { agent: { understanding?: { flags: Array<{ rule: string }> } } }) => r.agent.understanding?.flags.map((f) => f.rule);

    expect(first.state()).toBe('cold-track');
    expect(rules(a)).toEqual(['tone-empathy']);
    // Still upset and still not soothed: the next reply owes it too.
    expect(rules(b)).toContain('tone-empathy');
    const soothed = createBuyer(scenario, { seed: 3 });
    soothed.opening();
    const apology = soothed.reply('您好,真的很抱歉让您久等了,我马上帮您查一下物流');
    const then = soothed.reply('我这边已经联系快递了');
    expect(rules(apology)).not.toContain('tone-empathy');
    expect(rules(then)).not.toContain('tone-empathy');
    expect(rules(c)).toEqual(['tone-greet', 'tone-empathy']);
    const transcript = { turns: [...createBuyer(scenario, { seed: 3 }).opening(), a.agent, ...a.buyer, b.agent, ...b.buyer], outcome: null };
    expect(score(transcript, scenario).turns.filter((t) => t.role === 'agent').map((t) => t.flags.map((f) => f.rule))).toEqual([rules(a), rules(b)]);
  });

  it('after the buyer decides, the chat stays open for one closing reply and tone-close is judged on it', () => {
    const scenario = builtIn('price-haggle');
    const deal = '亲您好呀~ 给您优惠到185元哦';
    const buyer = createBuyer(scenario, { seed: 1, variant: 'easy' });
    buyer.reply(deal);

    expect(buyer.outcome()).toBe('sale');
    expect(buyer.closing()).toBe(true);
    const close = buyer.reply('好的亲 改好价了 感谢支持 祝您生活愉快~');
    expect(close).toMatchObject({ closed: true, buyer: [], outcome: 'sale' });
    expect(buyer.closing()).toBe(false);
    expect(buyer.over()).toBe(true);

    const warm = playScript(scenario, [deal, '好的亲 改好价了 感谢支持~', '多余的一句'], { seed: 1, variant: 'easy' });
    expect(warm.turns.filter((t) => t.role === 'agent').map((t) => t.text)).toEqual([deal, '好的亲 改好价了 感谢支持~']);
    const warmResult = score(warm, scenario);
    expect(warmResult.violations.map((v) => v.rule)).not.toContain('tone-close');
    expect(warmResult.feedback).toContainEqual(expect.objectContaining({ kind: 'good', title: '礼貌收尾', turn: 3 }));

    const curt = playScript(scenario, [deal, '改好了'], { seed: 1, variant: 'easy' });
    const curtResult = score(curt, scenario);
    expect(curtResult.violations).toContainEqual(expect.objectContaining({ rule: 'tone-close', turn: 3 }));
    expect(curt.turns[3]?.understanding?.flags.map((f) => f.rule)).toContain('tone-close');

    const none = score(playScript(scenario, [deal], { seed: 1, variant: 'easy' }), scenario);
    // The missing close is named on the buyer's deciding line, in the report and in violations.
    expect(none.feedback).toContainEqual(expect.objectContaining({ rule: 'tone-close', turn: 2, kind: 'missed' }));
    expect(none.violations).toContainEqual(expect.objectContaining({ rule: 'tone-close', turn: 2, points: 0 }));
    expect(none.scores.tone).toBe(warmResult.scores.tone - 10);
  });

  it('chats with one buyer share its compiled machine and nothing else: one played in between changes no other', () => {
    const scenario = builtIn('price-haggle');
    const alone = playScript(scenario, REPLIES, { seed: 5, variant: 'hard' });
    const a = createBuyer(scenario, { seed: 5, variant: 'hard' });
    const b = createBuyer(scenario, { seed: 9, variant: 'hard' });
    const other = createBuyer(scenario, { seed: 5, variant: 'easy' });

    expect(a.actor.logic).toBe(b.actor.logic);
    expect(other.actor.logic).not.toBe(a.actor.logic);
    const turns = [...a.opening()];
    for (const text of REPLIES) {
      if (a.over()) break;
      b.reply(text);
      other.reply(text);
      const result = a.reply(text);
      turns.push(result.agent, ...result.buyer);
    }
    expect(turns).toEqual(alone.turns);
    expect(a.outcome()).toBe(alone.outcome);
  });

  it('playScript stops at an outcome and leaves it null when replies run out', () => {
    const scenario = miniHaggle();

    const short = playScript(scenario, [REPLIES[0]!], { seed: 1 });

    expect(short.outcome).toBeNull();
    expect(short.turns[0]?.role).toBe('buyer');
    expect(short.turns[1]).toMatchObject({ role: 'agent', text: REPLIES[0] });
  });
});

describe('seeded random source', () => {
  it('is deterministic and stays in [0, 1)', () => {
    let state = seedState(123);
    const draws: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const next = nextRandom(state);
      draws.push(next.value);
      state = next.state;
    }

    expect(draws.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(pick(['a', 'b', 'c'], seedState(5))).toEqual(pick(['a', 'b', 'c'], seedState(5)));
    expect(new Set(draws.map((v) => Math.floor(v * 4))).size).toBe(4);
  });
});
