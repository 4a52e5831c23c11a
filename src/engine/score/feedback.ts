// Report items: one per flag and per missed habit, each tied to its turn, with why it matters
// and a better reply from the rule catalog. The three heaviest lead the report.
import { RULES } from '@/engine/rules/catalog';
import type { FeedbackItem } from '@/engine/score/types';
import { KNOWLEDGE_FEEDBACK_WEIGHT, PLATFORM_FEEDBACK_WEIGHT, TONE_DEDUCTIONS } from '@/engine/score/weights';
import type { Flag } from '@/engine/understanding-types';
import { isKnowledgeRule, isPlatformRule, type RuleId, type ToneRule } from '@/engine/vocabulary';

function defaultWeight(rule: RuleId): number {
  if (isPlatformRule(rule)) return PLATFORM_FEEDBACK_WEIGHT + RULES[rule].points * 10;
  if (isKnowledgeRule(rule)) return KNOWLEDGE_FEEDBACK_WEIGHT;
  return TONE_DEDUCTIONS[rule as ToneRule];
}

/** `fact`: a fact-wrong flag's claim, the true fact and a better reply that states it. */
export function itemFor(
  rule: RuleId, turn: number | null, kind: 'violation' | 'missed', evidence?: string, weight?: number, fact?: Flag['fact'],
): FeedbackItem {
  const entry = RULES[rule];
  const item: FeedbackItem = {
    turn,
    rule,
    kind,
    points: entry.points,
    weight: weight ?? defaultWeight(rule),
    title: entry.title,
    why: entry.why,
    better: fact?.better ?? entry.better,
  };
  if (evidence) item.evidence = evidence;
  if (fact) {
    item.claim = fact.claim;
    item.truth = fact.truth;
  }
  return item;
}

export function goodItem(turn: number | null, title: string, why: string): FeedbackItem {
  return { turn, rule: null, kind: 'good', points: 0, weight: 0, title, why };
}

/** The three most important items: heaviest first, earlier turns first among equals. */
export function topItems(feedback: readonly FeedbackItem[]): FeedbackItem[] {
  return feedback
    .filter((f) => f.kind !== 'good')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.weight - a.f.weight || (a.f.turn ?? Infinity) - (b.f.turn ?? Infinity) || a.i - b.i)
    .slice(0, 3)
    .map(({ f }) => f);
}
