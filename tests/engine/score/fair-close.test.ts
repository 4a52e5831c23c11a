// A close is owed only where the trainee had a turn to close in, and a chat with no reply is not
// graded as if it had been handled. The buyer is driven as the workbench drives her.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { createBuyer } from '@/engine/session';
import { score } from '@/engine/score/score';
import { sessionSkills } from '@/engine/skills/session-skills';
import type { Scenario } from '@/engine/scenario/schema';
import type { Transcript, Turn } from '@/engine/transcript';

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const HAGGLE = load('price-haggle');

/** The trainee's replies, then the chat ended with the end button (as use-chat.ts does). */
function endedAfter(scenario: Scenario, replies: string[], closing?: string): Transcript {
  const buyer = createBuyer(scenario, { seed: 1 });
  const turns: Turn[] = [...buyer.opening()];
  for (const text of replies) {
    const r = buyer.reply(text);
    turns.push(r.agent, ...r.buyer);
  }
  if (closing !== undefined) turns.push(buyer.reply(closing).agent);
  const ended = buyer.end();
  turns.push(...ended.buyer);
  return { turns, outcome: buyer.outcome(), lowestOffer: null };
}
const closeRules = (t: Transcript) => score(t, HAGGLE).violations.filter((v) => v.rule === 'tone-close');

describe('a close is owed only where the trainee had a turn to close in', () => {
  it('owes none after the line she says because the trainee ended the chat', () => {
    const t = endedAfter(HAGGLE, ['亲，您好~这款是活动价199元哦，有什么可以帮您的吗？']);
    const last = t.turns.at(-1);
    expect(last?.role).toBe('buyer');
    expect(t.outcome).not.toBeNull();
    expect(closeRules(t)).toEqual([]);
    expect(sessionSkills(t, HAGGLE).map((s) => s.skill)).not.toContain('close');
  });

  it('still owes the close after she decides on a reply and the trainee ends without one', () => {
    const buyer = createBuyer(HAGGLE, { seed: 1 });
    const turns: Turn[] = [...buyer.opening()];
    for (const text of ['亲，您好~这款是活动价199元哦', '滚，爱买不买', '不买就走']) {
      if (buyer.outcome() !== null) break;
      const r = buyer.reply(text);
      turns.push(r.agent, ...r.buyer);
    }
    expect(buyer.outcome()).not.toBeNull();
    buyer.end();
    const t: Transcript = { turns, outcome: buyer.outcome(), lowestOffer: null };
    expect(closeRules(t).map((v) => v.evidence)).toEqual(['买家做完决定后没有收尾回复']);
    expect(sessionSkills(t, HAGGLE)).toContainEqual({ skill: 'close', ok: false });
  });
});

describe('a chat with no reply is not graded as handled', () => {
  const silent = endedAfter(HAGGLE, []);

  it('gives tone and compliance no credit, names why first, and charges no close', () => {
    const result = score(silent, HAGGLE);
    expect(result.scores.tone).toBe(0);
    expect(result.scores.compliance).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.top[0]?.title).toBe('没有回复买家');
    expect(closeRules(silent)).toEqual([]);
    expect(result.closeOwed).toBe(false);
  });

  it('counts no skill in the history chart either', () => {
    expect(sessionSkills(silent, HAGGLE)).toEqual([]);
  });

  it('leaves a chat still going with no reply yet ungraded by it', () => {
    const buyer = createBuyer(HAGGLE, { seed: 1 });
    const going = score({ turns: buyer.opening(), outcome: null }, HAGGLE);
    expect(going.feedback.map((f) => f.title)).not.toContain('没有回复买家');
  });
});
