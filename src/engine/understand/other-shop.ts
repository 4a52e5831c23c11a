// disparage read from structure: a bad word (假货, 回收料, 智商税) said of another shop or its
// goods, named in the reply (那家, 隔壁, 别家) or by the buyer's comparison (别家才卖59 →
// "59那种一看就是高仿"), and not of our own goods right before the word.
import { data, matches, re, type Composed } from '@/engine/understand/compose-parts';
import type { Clause } from '@/engine/understand/clauses';

const EXCUSE = re(data.disparage.excuse);
const OTHER = re(data.disparage.other, 'gu');
const OURS = re(data.disparage.ours, 'gu');
const OURS_ONE = re(data.disparage.ours);
const BAD = re(data.disparage.bad, 'gu');
const NEUTRAL_BAD = re(`^(?:${data.disparage.neutralBad})`);
const BUYER_OTHER = re(data.disparage.buyerOther);
/** Whole-reply pre-checks: another shop named, or a bad word at all. */
export const MAY_DISPARAGE = re(data.disparage.other);
export const MAY_BAD = re(data.disparage.bad);

/** She named another shop and the reply holds a bad word: the bad word may need no subject of its own. */
export const buyerNamesOther = (buyer: string, normalized: string): boolean => buyer !== '' && BUYER_OTHER.test(buyer) && MAY_BAD.test(normalized);

export function disparage(c: Clause, buyerOther: boolean): Composed | null {
  if (EXCUSE.test(c.text)) return null;
  const subjects = [
    ...matches(OTHER, c.text).map((m) => ({ at: m.index, end: m.index + m[0].length, other: true })),
    ...matches(OURS, c.text).map((m) => ({ at: m.index, end: m.index + m[0].length, other: false })),
  ].sort((x, y) => x.at - y.at);
  for (const bad of matches(BAD, c.text)) {
    if (/[不没][易会太怎]?$/u.test(c.mask.slice(0, bad.index))) continue;
    // About another shop: one named shortly before, and not our own shop right before the word.
    const before = subjects.filter((s) => s.end <= bad.index && bad.index - s.at <= data.disparage.reach);
    const subject = before.filter((s) => s.other).pop();
    const ours = before.filter((s) => !s.other).pop();
    // The other shop named by the buyer ("别家才卖59" → "59那种一看就是高仿"): the bad word needs no subject of its own.
    const aboutOurs = OURS_ONE.test(c.text.slice(0, bad.index)) || /这款|这个|这件/u.test(c.text.slice(0, bad.index));
    if (!subject && buyerOther && !ours && !aboutOurs && !NEUTRAL_BAD.test(bad[0])) return { rule: 'disparage', evidence: c.text.slice(Math.max(0, bad.index - 6), bad.index + bad[0].length) };
    if (!subject || (ours && bad.index - ours.end <= 4 && ours.at > subject.at)) continue;
    const from = Math.min(subject.at, bad.index);
    return { rule: 'disparage', evidence: c.text.slice(from, Math.max(subject.end, bad.index + bad[0].length)) };
  }
  return null;
}
