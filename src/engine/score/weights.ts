// Every number that turns a transcript into a grade, in one place, so a trainer can explain
// (and change) a grade. The README paragraph on scoring mirrors these values.
import type { OutcomeKind, ToneRule } from '@/engine/vocabulary';

/** total = tone × 0.35 + compliance × 0.40 + conversion × 0.25 (conversion left out, and the rest rescaled, for a real chat log with no scenario and no outcome), less the knowledge lost (below). */
export const TOTAL_WEIGHTS = { tone: 0.35, compliance: 0.4, conversion: 0.25 } as const;
/**
 * Knowledge enters the total as a deduction: (100 − knowledge) × 0.2, so each wrong fact costs the
 * total 5. Knowing the shop's facts is what every reply owes, so it earns nothing by itself (a rude
 * chat with true facts scores what it did before), while a wrong one always costs.
 */
export const KNOWLEDGE_TOTAL_SHARE = 0.2;

export const DEFAULT_PASS_MARK = 80;

/** Compliance starts at 100 and loses this much per platform point deducted (扣6分 -> 40). */
export const COMPLIANCE_PER_POINT = 10;

/** Tone starts at 100; each flagged reply costs this much. */
export const TONE_DEDUCTIONS: Record<ToneRule, number> = {
  'tone-greet': 10,
  'tone-close': 10,
  'tone-particles': 15,
  'tone-empathy': 15,
  'tone-interrogate': 15,
  'tone-cold': 10,
  'tone-blunt': 10,
  'tone-criticize': 15,
  'tone-uncertain': 10,
  'tone-prejudge': 10,
  'resp-first': 10,
  'resp-avg': 10,
  'resp-timeout': 10,
};

/** Share of replies that should carry a friendly particle or smiley; below it tone-particles costs up to its full deduction. */
export const PARTICLE_SHARE = 0.5;

/**
 * Response-time thresholds in seconds, the one place for them: the scorer grades 首次响应 and
 * 平均响应 against `first` and `average` (only when turns carry `at`), and the workbench's wait
 * timer shows the same numbers and turns red past them. `unanswered`: a real chat log whose
 * buyer waited longer than this for an answer counts as resp-timeout (shops watch the share of
 * buyers answered within 3 minutes); in practice the buyer's own timeout (she nudges) marks it.
 */
export const RESPONSE_SECONDS = { first: 15, average: 30, unanswered: 180 } as const;

/** The reply the buyer waits for now should come within this many seconds (first reply or a later one). */
export const replyWithin = (firstReply: boolean): number => (firstReply ? RESPONSE_SECONDS.first : RESPONSE_SECONDS.average);

/** Conversion starts from how the chat ended; null = unfinished. */
export const OUTCOME_BASE: Record<OutcomeKind | 'unfinished', number> = {
  sale: 80,
  resolved: 90,
  'no-sale': 20,
  dispute: 10,
  'bad-review': 0,
  unfinished: 40,
};
/** A sale at list price earns the full bonus; one at the floor earns none. */
export const PRICE_KEPT_BONUS = 20;
/**
 * Selling below the floor loses money on the sale: conversion drops to this, whatever the outcome
 * base or an upsell would give, so that with full tone and compliance the total (35 + 40 + 0 = 75)
 * stays under the default pass mark.
 */
export const BELOW_FLOOR_CONVERSION = 0;
/** Report weight of a below-floor sale: after any platform violation, before every tone item. */
export const BELOW_FLOOR_FEEDBACK_WEIGHT = 50;
export const UPSELL_BONUS = 10;
/**
 * Report weight of a conversion shortfall (the outcome, a price given away, no upsell) at most:
 * under every tone item, since the mistakes that caused it are named on their own turns.
 */
export const CONVERSION_FEEDBACK_WEIGHT_MAX = 9;

/** Knowledge starts at 100 and loses this much per wrong claim (fact-wrong): four wrong facts leave nothing. */
export const KNOWLEDGE_PER_WRONG = 25;
/** Report weight of a wrong fact: after platform violations and a below-floor sale, before every tone item. */
export const KNOWLEDGE_FEEDBACK_WEIGHT = 40;

/** Feedback ranking: a platform violation always outranks tone items. */
export const PLATFORM_FEEDBACK_WEIGHT = 100;

/** The report item of a chat with no reply at all: above every other item (it is the whole chat). */
export const SILENT_FEEDBACK_WEIGHT = 100;
