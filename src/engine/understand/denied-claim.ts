// A violating phrase the reply itself denies or disowns: 不存在特价不开发票这种说法 (the claim denied as a
// whole), 不是说不收信用卡 (the refusal denied), 那家是不是翻新的我不清楚 / 我不会跟您说那家是假货的 (a claim about
// another shop disowned). Found in session 13's blind plays: good trainees who stated the rule were failed
// for the words of the violation they denied. One place for all readers (phrase entries and composed ones).
import { data, re } from '@/engine/understand/compose-parts';
import type { Flag } from '@/engine/understanding-types';
import { PLATFORM_RULES } from '@/engine/vocabulary';
import { sentenceAt } from '@/engine/understand/clauses';

const SENTENCE_MARKS = ['.', '!', '?', '。'] as const;

/** A claim denied as a whole (不存在特价不开发票这种说法, 没有不给退这回事): what it holds is said of no one. */
export const DENIED_CLAIM = /(?:不存在|没有|哪有|哪来的?|并没有|从来没有)[^,.!?]{0,14}(?:这种|这个|这样的|这类|这一|这)(?:说法|规定|政策|事|回事|情况)/u;
/** The refusal itself denied right before it (不是说不收信用卡, 并不是不给开): a correction, no refusal. */
export const REFUSAL_DENIED = /(?:不是说|并不是|也不是说|不是)$/u;
/** A claim about another shop disowned (不好说, 不会跟您说, 是不是…我不清楚). */
const DISOWNED = re(data.disparage.excuse);

/** The flag's words sit in a claim the reply denies or disowns. */
export function deniedClaim(f: Flag, normalized: string): boolean {
  if (!(PLATFORM_RULES as readonly string[]).includes(f.rule) || !f.evidence) return false;
  const at = normalized.indexOf(f.evidence);
  if (at < 0) return false;
  const start = Math.max(...SENTENCE_MARKS.map((p) => normalized.lastIndexOf(p, at))) + 1;
  const sentence = sentenceAt(normalized, at, SENTENCE_MARKS);
  if (DENIED_CLAIM.test(sentence) || REFUSAL_DENIED.test(normalized.slice(start, at)) || /^(?:不是说|并不是|也不是说)/u.test(f.evidence)) return true;
  if (f.rule !== 'disparage') return false;
  const clauseStart = Math.max(start, normalized.lastIndexOf(',', at) + 1);
  const clauseEnd = normalized.indexOf(',', at + f.evidence.length);
  return DISOWNED.test(normalized.slice(clauseStart, clauseEnd < 0 ? sentence.length + start : clauseEnd));
}
