// How a buyer's mood answers a reply where her scenario says nothing: the one table of default
// reactions. A transition's (or fallback's) own `mood` is the author's reaction and wins; where it
// sets none, a rude reply costs her mood (each tone flag its cost, capped) and an apology or a word
// of understanding to an upset buyer, in a reply that breaks no tone rule, lifts it. So an insult
// is felt on any path, not only where a state remembered to say so, and a buyer who is soothed
// warms up; a mood pushed under 30 makes her upset (scenario/effective.ts), which owes empathy.
// A calm buyer whose question a clean reply answered (the transition takes her on to another
// state) is a little more pleased: the mood the workbench and `play` show follows a chat served
// well, instead of standing still from the first line to the last.
import type { Understanding } from '@/engine/understanding-types';
import { isToneRule, type Move, type ToneRule } from '@/engine/vocabulary';

/** Mood lost per tone flag of the reply. Habits judged over the chat (greeting, close, particles) are not felt as an insult. */
export const MOOD_COST: Partial<Record<ToneRule, number>> = {
  'tone-criticize': 15,
  'tone-interrogate': 10,
  'tone-blunt': 10,
  'tone-cold': 10,
  'tone-prejudge': 5,
  'tone-uncertain': 5,
  'tone-empathy': 5,
};
/** One reply costs at most this much: a reply with three rude phrases is one bad reply. */
export const MOOD_COST_CAP = 20;
/** What an apology or empathy to an upset buyer, in a reply that breaks no tone rule, gives back. */
export const MOOD_SOOTHED = 10;
const SOOTHING: readonly Move[] = ['apologize', 'empathize'];
/** What a reply with no flag at all that takes a calm buyer on (her question answered) gives. */
export const MOOD_PLEASED = 3;

/**
 * The mood change a reply causes by default, given whether she was upset when it came and whether
 * the reply took her on (the transition it matched leads to another state: what she asked was met).
 */
export function moodReaction(u: Pick<Understanding, 'moves' | 'flags'>, upset: boolean, forward = false): number {
  const tone = u.flags.filter((f) => isToneRule(f.rule));
  const cost = tone.reduce((sum, f) => sum + (MOOD_COST[f.rule as ToneRule] ?? 0), 0);
  if (cost > 0) return -Math.min(MOOD_COST_CAP, cost);
  if (tone.length > 0) return 0;
  if (upset) return u.moves.some((m) => SOOTHING.includes(m)) ? MOOD_SOOTHED : 0;
  // Pleased only by a clean reply: one a platform rule or a wrong fact flags ("那家肯定是假货" that
  // turns her off, a private deal) moves her on without pleasing her.
  return forward && u.flags.length === 0 ? MOOD_PLEASED : 0;
}

/**
 * The mood change where the file sets one (`authored`: a transition's `mood` that does not answer
 * what the reply broke, or the fallback's) and the reply may also be rude: the author's change, or
 * what the rudeness costs by default when it costs more. An insult that misses her question is
 * felt as an insult, not as a mere miss; one that happens to answer it does not please her.
 */
export function feltReaction(u: Pick<Understanding, 'moves' | 'flags'>, upset: boolean, authored: number): number {
  const rude = moodReaction(u, upset);
  return rude < 0 ? Math.min(authored, rude) : authored;
}
