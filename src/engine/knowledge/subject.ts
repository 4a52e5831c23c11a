// Whom a clause speaks of: our shop or another one. A subject named once holds over the clauses
// that follow it in the same sentence: in "那家只有通话降噪、续航24小时、保修6个月" the 保修6个月 is
// the other shop's, though its own clause names no one. A claim is checked only against the
// facts of the shop it is about.
import type { Clause } from '@/engine/understand/clauses';

export const OTHER_SHOP = /别家|他家|那家|人家|其他店|别的店|对面|隔壁|同行|某[^,.!?]{0,4}店/u;
const OURS = /我们|我家|本店|咱家|咱们|我这|自家|这款|这边|我们家/u;
const SENTENCE_END = /[.!?\n。！？]/u;

/** The clauses of `normalized` (as split) that speak of another shop. */
export function otherShopClauses(normalized: string, clauses: readonly Clause[]): Set<Clause> {
  const out = new Set<Clause>();
  let other = false;
  let cursor = 0;
  for (const clause of clauses) {
    const at = normalized.indexOf(clause.text, cursor);
    const gap = at >= 0 ? normalized.slice(cursor, at) : '';
    if (at >= 0) cursor = at + clause.text.length;
    if (SENTENCE_END.test(gap)) other = false;
    if (OTHER_SHOP.test(clause.text)) other = true;
    else if (OURS.test(clause.text)) other = false;
    if (other) out.add(clause);
  }
  return out;
}
