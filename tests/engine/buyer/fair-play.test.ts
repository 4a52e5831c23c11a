// Every point fair, on the buyer's side: she hears the compensation she is offered, her mood
// answers a rude or a soothing reply where her file sets none, she does not ask again what the
// reply just told her, and an upset buyer is owed empathy until a reply gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { moodReaction, MOOD_COST_CAP, MOOD_SOOTHED } from '@/engine/buyer/reactions';
import { answersAll } from '@/engine/buyer/answered';
import type { Scenario } from '@/engine/scenario/schema';
import type { Flag } from '@/engine/understanding-types';

const builtIn = (id: string): Scenario => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), id).scenario!;
const buyerLines = (t: ReturnType<typeof playScript>) => t.turns.filter((x) => x.role === 'buyer').map((x) => x.text);
const flag = (rule: Flag['rule']): Flag => ({ rule, points: 0, evidence: '' });

describe('the compensation she is offered reaches her', () => {
  it('a small amount is bargained up, quoting it; a fair one is accepted, quoting it', () => {
    const t = playScript(builtIn('refund-dispute'), ['您好亲，请问鞋子是哪里不合适呢？', '抱歉给您添麻烦了，可以给您补偿6元，鞋子您留着', '那给您补偿18元可以吗', '好的亲，感谢理解，祝您生活愉快'], { seed: 1 });
    const [, , bargain, accept] = buyerLines(t);
    expect(bargain).toContain('6块');
    expect(accept).toContain('18块');
    expect(t.outcome).toBe('resolved');
  });

  it('the hard buyer holds out for more than the easy one', () => {
    const replies = ['您好亲，请问鞋子是哪里不合适呢？', '真抱歉，这边补您15元，鞋子您继续穿', '好的亲'];
    const hard = playScript(builtIn('refund-dispute'), replies, { seed: 2, variant: 'hard' });
    const easy = playScript(builtIn('refund-dispute'), replies, { seed: 2, variant: 'easy' });
    expect(hard.turns.filter((x) => x.role === 'buyer').map((x) => x.state)).toContain('partial-consider');
    expect(easy.outcome).toBe('resolved');
    expect(buyerLines(easy).at(-1)).toContain('15');
  });

  it('an offer that names no figure leaves her asking how much', () => {
    const t = playScript(builtIn('refund-dispute'), ['您好亲，请问鞋子是哪里不合适呢？', '实在抱歉，小瑕疵的话可以给您折价补偿一些', '给您补偿一点吧'], { seed: 1 });
    expect(t.outcome).toBeNull();
    expect(t.turns.at(-1)?.state).toBe('partial-consider');
  });
});

describe('her mood answers a reply where the file sets none', () => {
  it('a rude reply costs her mood, capped per reply; an apology to an upset buyer lifts it', () => {
    expect(moodReaction({ moves: [], flags: [flag('tone-criticize')] }, false)).toBe(-15);
    expect(moodReaction({ moves: [], flags: [flag('tone-criticize'), flag('tone-cold'), flag('tone-interrogate')] }, true)).toBe(-MOOD_COST_CAP);
    expect(moodReaction({ moves: [], flags: [flag('tone-greet')] }, false)).toBe(0);
    expect(moodReaction({ moves: ['apologize'], flags: [] }, true)).toBe(MOOD_SOOTHED);
    expect(moodReaction({ moves: ['apologize'], flags: [] }, false)).toBe(0);
    expect(moodReaction({ moves: ['apologize'], flags: [flag('tone-cold')] }, true)).toBe(-10);
  });

  it('an insult to an upset buyer is felt on a transition that sets no mood', () => {
    const t = playScript(builtIn('complaint'), ['催什么催，物流慢又不是我们的问题，你自己去问快递'], { seed: 1 });
    const [opening, answer] = t.turns.filter((x) => x.role === 'buyer');
    expect(answer!.mood!).toBeLessThan(opening!.mood!);
  });
});

describe('she does not ask again what the reply just told her', () => {
  it('answersAll reads the topics a reply carries', () => {
    const reply = (normalized: string, extra: object = {}) => ({ normalized, moves: [], entities: {}, ...extra });
    expect(answersAll(reply('那条裙子是89元'), ['price'])).toBe(true);
    expect(answersAll(reply('质量问题一年内换新'), ['quality'])).toBe(true);
    expect(answersAll(reply('好看的'), ['price'])).toBe(false);
    expect(answersAll(reply('89元', { entities: {} }), ['price', 'size'])).toBe(false);
    expect(answersAll(reply('89元'), undefined)).toBe(false);
  });

  it('a warranty stated already: her next line asks how a fault is handled, not how long', () => {
    const replies = ['亲，您好~ 我们是官方旗舰店，主动降噪，续航32小时', '地铁通勤的话主动降噪很实用哦', '我们保修1年哦'];
    const t = playScript(builtIn('comparison-shopper'), replies, { seed: 3 });
    const last = t.turns.at(-1)!;
    expect(last.state).toBe('warranty');
    expect(builtIn('comparison-shopper').states.warranty!.answered).toContain(last.text);
  });
});

describe('an upset buyer is owed empathy until a reply gives it', () => {
  it('each reply that ignores her is named on its turn; the one that soothes her ends it', () => {
    const t = playScript(builtIn('complaint'), ['物流那边我看一下', '已经在路上了', '抱歉让您着急了，我马上联系快递核实'], { seed: 1 });
    const empathy = score(t, builtIn('complaint')).violations.filter((v) => v.rule === 'tone-empathy').map((v) => v.turn);
    const agentTurns = t.turns.flatMap((x, i) => (x.role === 'agent' ? [i] : []));
    expect(empathy.length).toBeGreaterThanOrEqual(2);
    expect(empathy).not.toContain(agentTurns[2]);
  });
});
