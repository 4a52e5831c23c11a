// disparage read from structure: a bad word (假货, 回收料, 智商税) said of another shop or its
// goods, named in the reply (那家, 隔壁, 别家), by the name the buyer compared us with (和小米的比
// → "小米的就是智商税": no list of brands needed), or by the buyer's mention alone (别家才卖59 →
// "59那种一看就是高仿"), and not of our own goods right before the word.
import { data, matches, re, type Composed } from '@/engine/understand/compose-parts';
import type { Clause } from '@/engine/understand/clauses';
import { topicsNamed } from '@/engine/understand/question';

const EXCUSE = re(data.disparage.excuse);
const OTHER = re(data.disparage.other, 'gu');
const OURS = re(data.disparage.ours, 'gu');
const OURS_ONE = re(data.disparage.ours);
const BAD = re(data.disparage.bad, 'gu');
const NEUTRAL_BAD = re(`^(?:${data.disparage.neutralBad})`);
const BUYER_OTHER = re(data.disparage.buyerOther);
const COMPARED = re(data.disparage.compared);
/** Our own goods set against the bad word's subject right after it (…太老气了,我们家的才显年轻): that subject is another shop. */
const CONTRAST = re(data.disparage.contrast);
const NOT_SHOP = re(data.disparage.notShop);
/** 我们是(天猫)旗舰店: the shop word names ours. */
const OURS_NAMED = /(?:我们|我家|咱家|本店)(?:家)?(?:是|就是)[^,.!?]{0,4}$/u;
/** A negator right before the bad word, with a modal and a verb of its own between (不可能卖, 不会是, 没有用过). */
const DENIED = /[不没](?:可能|会|敢|易|太|怎)?(?:卖|是|有|用|出)?过?$/u;
/** Whole-reply pre-checks: another shop named, or a bad word at all (with ours named, for a contrast). */
export const MAY_DISPARAGE = re(data.disparage.other);
export const MAY_BAD = re(data.disparage.bad);
export const MAY_CONTRAST = re(data.disparage.ours);

/**
 * What the buyer compared us with (和小米的比, 跟优衣库比呢, 比隔壁贵, A牌和你们家的哪个好): a shop or a brand, not
 * another of our items (这款和那款比) nor a size or a colour.
 */
export function comparedShop(buyer: string): string | null {
  const m = COMPARED.exec(buyer);
  // Named before ours (A牌和你们家的电饭煲哪个好) or after the comparing word (和小米的比).
  const name = m?.[1] ?? m?.[2];
  // A material or colour compared (纯棉的和涤纶的哪个好) is the item's, no shop.
  return name && !NOT_SHOP.test(name) && topicsNamed(name).length === 0 ? name : null;
}

const NAMED_SPLIT = re(data.disparage.namedSplit, 'gu');
const NAMED = re(data.disparage.named);
const NAMED_COMPARES = re(data.disparage.namedCompares);
const NOT_NAME = re(data.disparage.notName);

/**
 * The names her line sets against ours in a comparison (迪卡侬的便宜多了, 洗碗机和美的那款比, 电钢琴和雅马哈的P125比呢):
 * a word of two to eight characters before 的/那款/那个 in a piece of a line that compares, not a pronoun,
 * a time, a size or colour of the item, nor a topic word (纯棉的和涤纶的哪个好: materials, not shops).
 */
export function namesCompared(buyer: string): string[] {
  if (!NAMED_COMPARES.test(buyer)) return [];
  const out: string[] = [];
  for (const piece of buyer.split(NAMED_SPLIT)) {
    const name = NAMED.exec(piece)?.[1];
    if (!name || NOT_SHOP.test(name) || NOT_NAME.test(name) || topicsNamed(name).length > 0 || /\d/u.test(name)) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Another shop in her line: named (别家, 隔壁, 京东) or compared with (和小米的比). */
export interface OtherInBuyer {
  /** She named another shop and the reply holds a bad word: the bad word may need no subject of its own. */
  named: boolean;
  /** The name she compared us with, a subject in the reply like 那家. */
  name: string | null;
  /** Every name her comparing line sets against ours (namesCompared): subjects in the reply too. */
  names: string[];
}

export function otherInBuyer(buyer: string, normalized: string): OtherInBuyer {
  if (!buyer || !MAY_BAD.test(normalized)) return { named: false, name: null, names: [] };
  const name = comparedShop(buyer);
  const names = namesCompared(buyer).filter((n) => normalized.includes(n));
  return { named: BUYER_OTHER.test(buyer) || name !== null, name, names };
}

/** Where the name she compared us with stands in the text. */
function nameAt(name: string | null, text: string): Array<{ at: number; end: number; other: boolean }> {
  if (!name) return [];
  const out = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ at, end: at + name.length, other: true });
  return out;
}

export function disparage(c: Clause, inBuyer: OtherInBuyer): Composed | null {
  if (EXCUSE.test(c.text)) return null;
  const buyerOther = inBuyer.named;
  const subjects = [
    // Our own shop named as one (我们是天猫旗舰店) is no other shop.
    ...matches(OTHER, c.text).filter((m) => !OURS_NAMED.test(c.text.slice(0, m.index))).map((m) => ({ at: m.index, end: m.index + m[0].length, other: true })),
    ...nameAt(inBuyer.name, c.text),
    ...inBuyer.names.filter((n) => n !== inBuyer.name).flatMap((n) => nameAt(n, c.text)),
    ...matches(OURS, c.text).map((m) => ({ at: m.index, end: m.index + m[0].length, other: false })),
  ].sort((x, y) => x.at - y.at);
  for (const bad of matches(BAD, c.text)) {
    // The bad word denied (不可能卖假货, 不会是二手的, 不易起球): said of no one.
    if (DENIED.test(c.mask.slice(0, bad.index))) continue;
    // A word bad only by default said as praise (透光更匀, 透光好): no bad word.
    if (NEUTRAL_BAD.test(bad[0]) && /^(?:更|很好|好|均匀|性好)/u.test(c.text.slice(bad.index + bad[0].length))) continue;
    // About another shop: one named shortly before, and not our own shop right before the word.
    const before = subjects.filter((s) => s.end <= bad.index && bad.index - s.at <= data.disparage.reach);
    const subject = before.filter((s) => s.other).pop();
    const ours = before.filter((s) => !s.other).pop();
    // The other shop named by the buyer ("别家才卖59" → "59那种一看就是高仿"): the bad word needs no subject of its own.
    const aboutOurs = OURS_ONE.test(c.text.slice(0, bad.index)) || /这款|这个|这件/u.test(c.text.slice(0, bad.index));
    if (!subject && (buyerOther || CONTRAST.test(c.text.slice(bad.index + bad[0].length))) && !ours && !aboutOurs && !NEUTRAL_BAD.test(bad[0])) {
      return { rule: 'disparage', evidence: c.text.slice(Math.max(0, bad.index - 6), bad.index + bad[0].length) };
    }
    if (!subject || (ours && bad.index - ours.end <= 4 && ours.at > subject.at)) continue;
    const from = Math.min(subject.at, bad.index);
    return { rule: 'disparage', evidence: c.text.slice(from, Math.max(subject.end, bad.index + bad[0].length)) };
  }
  return null;
}

const WINK = re(data.disparage.wink);
/** Another shop named outright (那家, 别家, 同行, 某些店, 京东, 拼多多), not a latin word nor our own 旗舰店. */
const WINK_OTHER = re(`${data.disparage.shopNamed}|别人家|别的店|某些店|有些店|有的店|那种店|京东|拼多多|拼夕夕|抖音|闲鱼|直播间`);

/**
 * A wink at another shop (这个价格,懂的都懂😏 after 他家货有问题吧?; 他家打五折的我就不评价了,懂的都懂):
 * the insinuation confirms the bad thing her line or the reply hints at without saying it, which
 * runs the shop down as surely as the word (rules.md disparage). Another shop is named in her line
 * or in the reply; the wink is not denied (不是懂的都懂那种).
 */
export function winkedAt(normalized: string, buyer: string): Composed | null {
  const wink = WINK.exec(normalized);
  if (!wink || /不是[^,.!?]{0,3}$/u.test(normalized.slice(0, wink.index))) return null;
  const named = WINK_OTHER.test(buyer) || WINK_OTHER.test(normalized);
  return named ? { rule: 'disparage', evidence: normalized.slice(Math.max(0, wink.index - 6), wink.index + wink[0].length) } : null;
}

const SENTENCES = /[^.!?;]+/gu;
const SHOP_NAMED_ALL = re(data.disparage.shopNamed, 'gu');
/**
 * A refusal said of another shop (那家售后出了名的差,好多人退货都退不了): in the sentence that holds the
 * evidence, that shop is named before it and ours is not named between them. It is what the other
 * shop does, not what this reply refuses (别家开不了发票,我们可以开).
 */
export function saidOfOtherShop(normalized: string, evidence: string): boolean {
  for (const m of normalized.matchAll(SENTENCES)) {
    const at = m[0].indexOf(evidence);
    if (at < 0) continue;
    const head = m[0].slice(0, at + evidence.length);
    const shop = matches(SHOP_NAMED_ALL, head).pop();
    if (!shop) return false;
    // Our own other company (开的是我们另一家公司的抬头) is ours, not another shop.
    if (/(?:我们|我家|咱们|咱家|本店)(?:的)?$/u.test(head.slice(0, shop.index))) return false;
    return !OURS_ONE.test(head.slice(shop.index + shop[0].length));
  }
  return false;
}
