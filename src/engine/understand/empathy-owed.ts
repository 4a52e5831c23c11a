// When a reply to an upset buyer that does not acknowledge her is flagged tone-empathy. One
// place for understand() (a reply read after her line) and the scorer (reply-context.ts
// owedFlags), so the report and `understand --buyer` agree.
//
// labelling.md owes empathy when "the buyer's line shows she is upset". When her line shows a
// feeling, an insult, a threat, a failure of the service, stress marks or a grievance, every
// reply that does not take it in owes it, hostile or not (the tuning writers agree: 90 of 95
// such hostile replies labelled). When her line only reports a fault with the goods, calmly
// (鞋子穿两天就开胶了, 衣服洗了缩水了), the guide is silent and the writers split by what the reply
// does: a reply that goes straight to business owes it (most writers), but one already flagged
// for what it does instead — blames, doubts, contradicts or dismisses her, or breaks a platform
// rule — is graded for that and not also for empathy (7 of the 12 writers with such replies).
import type { Mood } from '@/engine/score/upset';
import type { Flag } from '@/engine/understanding-types';
import { isPlatformRule } from '@/engine/vocabulary';

/**
 * Whether the buyer is upset at her line, so that the next reply owes empathy: the one decision
 * the buyer (buyer/actions.ts trackUpset) and the report (score/upset.ts isUpset) both read.
 * `byState`: what her scenario state or her low mood says (undefined for a real log); `mood`:
 * what her words show (score/upset.ts buyerMood). labelling.md owes empathy when "the buyer's line
 * shows she is upset", so her words count even where the state does not say it (什么破鞋…我要退
 * in a calm opening). A fault she only reports calmly stays calm where the state keeps her calm:
 * the author chose it, and the reply owes the fault an answer; in a real log it is upset (faultOnly).
 */
export function upsetAt(byState: boolean | undefined, mood: Mood | null): boolean {
  if (byState === undefined) return mood !== null;
  return byState || (mood !== null && !mood.faultOnly);
}

/** Reply rules that name what a reply did to her instead of taking in the fault she reported. */
const INSTEAD = new Set<string>(['tone-criticize', 'tone-interrogate', 'tone-blunt', 'tone-cold', 'tone-prejudge', 'tone-uncertain']);

/** The reply is flagged for a hostile tone or a platform rule (not for empathy, greeting or facts). */
export function flaggedOtherwise(flags: readonly Flag[]): boolean {
  return flags.some((f) => INSTEAD.has(f.rule) || isPlatformRule(f.rule));
}

/**
 * A reply that does not acknowledge her owes tone-empathy: always when her line shows she is
 * upset, and when it only reports a fault calmly (`faultOnly`), unless it is flagged otherwise.
 */
export function missesEmpathy(faultOnly: boolean, otherFlags: readonly Flag[]): boolean {
  return !(faultOnly && flaggedOtherwise(otherFlags));
}
