// What a reply did to the buyer herself, read from the flags the report lists for it: it blamed
// her, brushed her off, or broke a platform rule in front of her. The one place that names these:
// the `hurt` condition of a transition reads it (conditions.ts), and where no transition of her
// state answers it the buyer says her reaction to it (persona `reactions`, else the lines here)
// instead of asking her question again as if the reply had merely missed it. Habits judged over
// the chat (greeting, close, particles), a missed apology, doubt, a verdict on her photos and a
// wrong fact are no hurt: the scenario answers them where it means to (empathy owed,
// `flag: tone-uncertain`, `flag: tone-prejudge`, `fact-wrong`).
import type { Flag } from '@/engine/understanding-types';
import { isPlatformRule, type RuleId } from '@/engine/vocabulary';

export const HURTS = ['blamed', 'violation', 'cold'] as const;
export type Hurt = (typeof HURTS)[number];

/**
 * Blamed, lectured, questioned as a suspect, told flatly she is wrong. A verdict on her photos
 * (tone-prejudge) is none: 看着没问题肯定能退 promises in her favour, and one against her refuses
 * the return as well (a violation); the refund buyer's file answers it where she sends photos.
 */
const BLAMING: readonly RuleId[] = ['tone-criticize', 'tone-interrogate', 'tone-blunt'];
/** A curt word, a brush-off, her question ignored. */
const COLD: readonly RuleId[] = ['tone-cold'];

function hurtOfRule(rule: RuleId): Hurt | null {
  if (BLAMING.includes(rule)) return 'blamed';
  if (isPlatformRule(rule)) return 'violation';
  if (COLD.includes(rule)) return 'cold';
  return null;
}

/** Every hurt a reply did her (an empty list when it did none), in HURTS order. */
export function hurtsOf(flags: readonly Pick<Flag, 'rule'>[]): Hurt[] {
  const done = new Set(flags.map((f) => hurtOfRule(f.rule)));
  return HURTS.filter((h) => done.has(h));
}

/**
 * The hurt she answers when a reply did several, the strongest first (HURTS order: being blamed
 * comes before a rule broken, and either before a curt tone); null when it did none.
 */
export const hurtOf = (flags: readonly Pick<Flag, 'rule'>[]): Hurt | null => hurtsOf(flags)[0] ?? null;

/** A rule that raises `hurt`, for a reply the checker synthesizes. */
export const HURT_RULE: Record<Hurt, RuleId> = { blamed: 'tone-criticize', violation: 'off-platform', cold: 'tone-cold' };

/** What a buyer whose file writes no `reactions` says to each hurt. */
export const DEFAULT_REACTIONS: Record<Hurt, readonly string[]> = {
  blamed: ['怎么还怪起我来了?你这什么态度', '我就问问 你这话什么意思', '这话说的 好像是我的错一样 太过分了吧'],
  violation: ['这样不太对吧 平台上不是这么规定的', '你这么说我反而不放心了', '这个不合规矩吧?'],
  cold: ['就这么一句啊?', '好冷淡啊… 能多说两句吗', '能不能多说一点?'],
};
