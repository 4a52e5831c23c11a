// The coach's recommendation on seeded histories: weakest skill first, spaced over time, a buyer
// whose scenario tests the skill, 难缠 after two failures, and the reason in one sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { score } from '@/engine/score/score';
import type { Transcript } from '@/engine/transcript';
import { buyerSkills } from '@/engine/skills/buyer-skills';
import { skillOutcomes } from '@/engine/skills/skill-outcomes';
import { recommend, skillStates, type PracticeSession } from '@/engine/skills/recommend';
import { SKILLS, type Skill } from '@/engine/skills/skill-ids';

const BUILT_IN = ['price-haggle', 'size-question', 'refund-dispute', 'complaint', 'comparison-shopper'];

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.scenario) throw new Error(`${file} did not load`);
  return result.scenario;
}
const scenarios = BUILT_IN.map(load);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 10, 8, 0);

/** A session in which every listed skill arose, failed where `failed` says. */
function session(daysAgo: number, skills: readonly Skill[], failed: readonly Skill[] = [], scenarioId = 'size-question'): PracticeSession {
  return { scenarioId, variant: 'normal', at: NOW - daysAgo * DAY, outcomes: skills.map((skill) => ({ skill, ok: !failed.includes(skill) })) };
}

describe('which buyers test which skill (from the scenario files)', () => {
  it('reads flags, moves, asks and upset states', () => {
    expect(buyerSkills(byId('complaint')).get('empathy')).toBeGreaterThan(0);
    expect(buyerSkills(byId('price-haggle')).get('price')).toBeGreaterThan(0);
    expect(buyerSkills(byId('refund-dispute')).get('returns')).toBeGreaterThan(0);
    expect(buyerSkills(byId('size-question')).get('knowledge')).toBeGreaterThan(0);
    // The calm size buyer is never upset and her script names no empathy move or flag.
    expect(buyerSkills(byId('complaint')).get('empathy')!).toBeGreaterThan(buyerSkills(byId('size-question')).get('empathy') ?? 0);
  });
});

describe('skill outcomes of a scored chat', () => {
  const complaint = byId('complaint');
  const chat = (reply: string): Transcript => ({
    turns: [
      { role: 'buyer', text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
      { role: 'agent', text: reply },
    ],
    outcome: null,
    scenarioId: 'complaint',
    variant: 'hard',
  });
  const empathy = (reply: string) => {
    const t = chat(reply);
    return skillOutcomes(t, score(t, complaint), { scenario: complaint }).find((o) => o.skill === 'empathy');
  };

  it('counts empathy as tested when the buyer was upset, and right only when the reply acknowledged it', () => {
    expect(empathy('单号发我')).toEqual({ skill: 'empathy', ok: false });
    expect(empathy('亲，非常抱歉让您久等了，我马上帮您查一下物流~')).toEqual({ skill: 'empathy', ok: true });
  });

  it('leaves out empathy when the buyer was never upset', () => {
    const t: Transcript = { turns: [{ role: 'buyer', text: '这件有M码吗' }, { role: 'agent', text: '亲，您好，有的哦~' }], outcome: null };
    const skills = skillOutcomes(t, score(t)).map((o) => o.skill);
    expect(skills).not.toContain('empathy');
    expect(skills).toContain('greet');
  });
});

describe('skills that did not arise', () => {
  it('leaves out the invoice and returns when the buyer never asked, even from a buyer whose script probes them', () => {
    const haggle = loadScenario(readFileSync('scenarios/price-haggle.yaml', 'utf8'), 'price-haggle.yaml').scenario!;
    const t: Transcript = {
      turns: [
        { role: 'buyer', text: '还能再便宜点吗', state: 'opening' },
        { role: 'agent', text: '亲，您好呀~这款已经是活动价了哦' },
        { role: 'buyer', text: '少十块呗', state: 'push-harder' },
        { role: 'agent', text: '亲，真的是最低了，面料是100%长绒棉的，品质您放心~' },
      ],
      outcome: null,
      scenarioId: 'price-haggle',
    };
    const skills = skillOutcomes(t, score(t, haggle), { scenario: haggle }).map((o) => o.skill);
    expect(skills).toContain('price');
    expect(skills).not.toContain('invoice');
    expect(skills).not.toContain('returns');
    expect(skills).not.toContain('off-platform');
  });

  it('counts the invoice once the buyer asks for one, right or wrong by the reply', () => {
    const t = (reply: string): Transcript => ({ turns: [{ role: 'buyer', text: '能开发票吗？公司报销' }, { role: 'agent', text: reply }], outcome: null });
    const invoice = (reply: string) => skillOutcomes(t(reply), score(t(reply))).find((o) => o.skill === 'invoice');
    expect(invoice('可以的亲，确认收货后给您开电子发票~')).toEqual({ skill: 'invoice', ok: true });
    expect(invoice('开不了哦')).toEqual({ skill: 'invoice', ok: false });
  });
});

describe('recommend', () => {
  it('sends a trainee who failed empathy twice to a buyer that tests it, on 难缠, and says why', () => {
    const history = [session(3, SKILLS, ['empathy']), session(1, SKILLS, ['empathy'])];
    const r = recommend(history, scenarios, NOW)!;
    expect(r.skill).toBe('empathy');
    expect(buyerSkills(byId(r.scenarioId)).get('empathy')).toBeGreaterThan(0);
    // Both after-sales buyers examine it (the refund buyer's angry opener owes it since session 7).
    expect(['complaint', 'refund-dispute']).toContain(r.scenarioId);
    expect(r.variant).toBe('hard');
    expect(r.variantLabel).toBe('难缠');
    expect(r.reason).toContain('买家生气时先安抚');
    expect(r.reason).toContain('2次');
    expect(r.reason).toContain('难缠');
    expect(r.reason.match(/[。！？]/g)).toHaveLength(1);
  });

  it('brings a skill failed once back at once, on the normal variant', () => {
    const r = recommend([session(1, SKILLS, ['price'])], scenarios, NOW)!;
    expect(r.skill).toBe('price');
    expect(r.scenarioId).toBe('price-haggle');
    expect(r.variant).toBe('normal');
    expect(r.reason).toContain('上次没做好');
  });

  it('does not recommend today a skill done well yesterday', () => {
    const before = [session(10, SKILLS, ['price'])];
    expect(recommend(before, scenarios, NOW)!.skill).toBe('price');
    const after = [...before, session(1, ['price'], [], 'price-haggle')];
    expect(recommend(after, scenarios, NOW)!.skill).not.toBe('price');
    const price = skillStates(after).find((s) => s.skill === 'price')!;
    expect(price.due).toBeGreaterThan(NOW);
  });

  it('spaces a skill further the more often it went right in a row', () => {
    const once = skillStates([session(0, ['greet'])]).find((s) => s.skill === 'greet')!;
    const thrice = skillStates([session(2, ['greet']), session(1, ['greet']), session(0, ['greet'])]).find((s) => s.skill === 'greet')!;
    expect(thrice.due - NOW).toBeGreaterThan(once.due - NOW);
  });

  it('starts a new trainee on a skill never tried, and returns null without buyers', () => {
    const r = recommend([], scenarios, NOW)!;
    expect(r.reason).toContain('还没练过');
    expect(recommend([], [], NOW)).toBeNull();
  });
});
