// The coach's next buyer: the weakest skill that is due (spaced over time: a skill done well
// comes back later, one failed comes back soon), a buyer whose script tests it, a variant
// (难缠 after two failures), and the reason in one Chinese sentence.
import type { Scenario } from '@/engine/scenario/schema';
import { SKILLS, SKILL_LABELS, type Skill } from '@/engine/skills/skill-ids';
import type { SkillOutcome } from '@/engine/skills/skill-outcomes';
import { buyerSkills } from '@/engine/skills/buyer-skills';

/** One graded session as the recommender sees it. */
export interface PracticeSession {
  scenarioId: string;
  variant: string;
  /** Milliseconds since the epoch. */
  at: number;
  outcomes: SkillOutcome[];
}

export interface Recommendation {
  skill: Skill;
  scenarioId: string;
  scenarioTitle: string;
  variant: string;
  variantLabel: string;
  reason: string;
}

const DAY = 24 * 60 * 60 * 1000;
/** Attempts that decide how weak a skill is now: older ones say less about today's trainee. */
const RECENT = 5;

export interface SkillState {
  skill: Skill;
  /** Attempts (sessions where the situation arose), oldest first. */
  attempts: { at: number; ok: boolean }[];
  /** When the skill is due again, ms; 0 when it has never been tried or was just failed. */
  due: number;
  /** Failures in a row at the end of the history. */
  failStreak: number;
}

/** A skill done well n times in a row waits 2^n days (2, 4, 8 ...); a failure makes it due at once. */
export function skillStates(history: readonly PracticeSession[]): SkillState[] {
  const sorted = [...history].sort((a, b) => a.at - b.at);
  return SKILLS.map((skill) => {
    const attempts = sorted.flatMap((s) => s.outcomes.filter((o) => o.skill === skill).map((o) => ({ at: s.at, ok: o.ok })));
    let okStreak = 0;
    let failStreak = 0;
    for (const a of attempts) {
      okStreak = a.ok ? okStreak + 1 : 0;
      failStreak = a.ok ? 0 : failStreak + 1;
    }
    const last = attempts[attempts.length - 1];
    const due = last === undefined || !last.ok ? 0 : last.at + 2 ** okStreak * DAY;
    return { skill, attempts, due, failStreak };
  });
}

const successRate = (s: SkillState) => {
  const recent = s.attempts.slice(-RECENT);
  return recent.length === 0 ? 0.5 : recent.filter((a) => a.ok).length / recent.length;
};

/** Failed recently first, then the weakest, then never tried; among equals the longest unpractised. */
function rank(a: SkillState, b: SkillState): number {
  if (a.failStreak !== b.failStreak) return b.failStreak - a.failStreak;
  const rate = successRate(a) - successRate(b);
  if (rate !== 0) return rate;
  return (a.attempts.at(-1)?.at ?? 0) - (b.attempts.at(-1)?.at ?? 0);
}

function reasonFor(state: SkillState, title: string, variantLabel: string, now: number): string {
  const label = SKILL_LABELS[state.skill];
  const where = `「${title}」（${variantLabel}）`;
  const recent = state.attempts.slice(-RECENT);
  if (state.failStreak >= 2) return `你最近${state.failStreak}次都没做好“${label}”，去${where}专门练一次。`;
  if (state.failStreak === 1) return `你上次没做好“${label}”，趁记得再去${where}练一次。`;
  if (state.attempts.length === 0) return `你还没练过“${label}”，去${where}试一试。`;
  const days = Math.max(1, Math.round((now - recent[recent.length - 1]!.at) / DAY));
  return `“${label}”最近${recent.length}次做对了${recent.filter((a) => a.ok).length}次，已经${days}天没练，去${where}巩固一下。`;
}

/** The next buyer to play, or null when no loaded buyer tests any skill. */
export function recommend(history: readonly PracticeSession[], scenarios: readonly Scenario[], now: number): Recommendation | null {
  if (scenarios.length === 0) return null;
  const tests = new Map(scenarios.map((s) => [s.id, buyerSkills(s)]));
  const testable = skillStates(history).filter((s) => scenarios.some((sc) => tests.get(sc.id)!.has(s.skill)));
  if (testable.length === 0) return null;
  const due = testable.filter((s) => s.due <= now);
  // Nothing due: the skill that comes back soonest, so there is always a next step.
  const state = due.length > 0 ? [...due].sort(rank)[0]! : [...testable].sort((a, b) => a.due - b.due)[0]!;

  const lastPlayed = (id: string) => Math.max(0, ...history.filter((h) => h.scenarioId === id).map((h) => h.at));
  const buyer = scenarios
    .filter((sc) => tests.get(sc.id)!.has(state.skill))
    .sort((a, b) => tests.get(b.id)!.get(state.skill)! - tests.get(a.id)!.get(state.skill)! || lastPlayed(a.id) - lastPlayed(b.id))[0]!;

  const variants = buyer.persona.variants ?? {};
  const wanted = state.failStreak >= 2 ? 'hard' : 'normal';
  const variant = wanted in variants ? wanted : (Object.keys(variants)[0] ?? 'normal');
  const variantLabel = variants[variant]?.label ?? (variant === 'hard' ? '难缠' : '一般');
  return {
    skill: state.skill,
    scenarioId: buyer.id,
    scenarioTitle: buyer.title,
    variant,
    variantLabel,
    reason: reasonFor(state, buyer.title, variantLabel, now),
  };
}
