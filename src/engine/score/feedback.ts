// Report items: one per flag and per missed habit, each tied to its turn, with why it matters
// and a better reply from the rule catalog. The three heaviest lead the report.
import { RULES } from '@/engine/rules/catalog';
import type { FeedbackItem } from '@/engine/score/types';
import { KNOWLEDGE_FEEDBACK_WEIGHT, PLATFORM_FEEDBACK_WEIGHT, TONE_DEDUCTIONS } from '@/engine/score/weights';
import type { Flag } from '@/engine/understanding-types';
import { isKnowledgeRule, isPlatformRule, type RuleId, type ToneRule } from '@/engine/vocabulary';
import { normalize } from '@/engine/understand/normalize';

function defaultWeight(rule: RuleId): number {
  if (isPlatformRule(rule)) return PLATFORM_FEEDBACK_WEIGHT + RULES[rule].points * 10;
  if (isKnowledgeRule(rule)) return KNOWLEDGE_FEEDBACK_WEIGHT;
  return TONE_DEDUCTIONS[rule as ToneRule];
}

/** `why` overrides the catalog's reason; `fact`: a fact-wrong flag's claim, the true fact and a better reply that states it. */
export function itemFor(
  rule: RuleId, turn: number | null, kind: 'violation' | 'missed', evidence?: string, weight?: number, why?: string, fact?: Flag['fact'],
): FeedbackItem {
  const entry = RULES[rule];
  const item: FeedbackItem = {
    turn,
    rule,
    kind,
    points: entry.points,
    weight: weight ?? defaultWeight(rule),
    title: entry.title,
    why: why ?? entry.why,
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

/**
 * The trainee's words behind a flag, exactly as typed: understand() finds evidence in the
 * normalised reply (simplified, half-width, lower case, numerals as digits), and the report's
 * 原话 must not show words the trainee never wrote. The shortest stretch of the original whose
 * normalised form holds the evidence; evidence that is no part of the reply (a wait in seconds)
 * is returned as it is.
 */
export function quoteOf(original: string, evidence: string): string {
  if (evidence === '' || original.includes(evidence)) return evidence;
  const chars = Array.from(original);
  const holds = (from: number, to: number): boolean => normalize(chars.slice(from, to).join('')).includes(evidence);
  if (!holds(0, chars.length)) return evidence;
  // Normalising a longer stretch keeps what a shorter one held, so both ends are binary searches.
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(0, mid)) hi = mid;
    else lo = mid + 1;
  }
  const end = lo;
  let from = 0;
  let to = end - 1;
  while (from < to) {
    const mid = (from + to + 1) >> 1;
    if (holds(mid, end)) from = mid;
    else to = mid - 1;
  }
  return holds(from, end) ? chars.slice(from, end).join('').trim() : original.trim();
}
