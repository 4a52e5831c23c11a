// What a reply already answered, by topic (the closed list of a state's `asks`): a buyer whom
// the reply takes to a state that asks only what it just told her says that state's `answered`
// lines instead of asking again ("保修多久" right after "保修1年", "半裙多少钱" right after "半裙99元").
// Read from what the reply carries: its entities and moves, its yes/no answers to her question,
// and the few words that state a topic's value. No lexicon: the buyer's machine stays light.
import type { Understanding } from '@/engine/understanding-types';
import type { Move, Topic } from '@/engine/vocabulary';

type Reply = Pick<Understanding, 'normalized' | 'moves' | 'entities'> & Partial<Pick<Understanding, 'answers'>>;

const BY_TOPIC: Partial<Record<Topic, (u: Reply) => boolean>> = {
  // A figure in yuan: the price asked, the item's or a related one's (entities drop another item's price).
  price: (u) => u.entities.price !== undefined || /\d+(?:\.\d+)?(?:元|块)/u.test(u.normalized),
  discount: (u) => u.entities.discount !== undefined || u.moves.includes('offer-discount') || u.moves.includes('hold-price'),
  coupon: (u) => /券/u.test(u.normalized),
  size: (u) => u.entities.size !== undefined || u.moves.includes('recommend-size'),
  'ship-time': (u) => u.entities.shipTime !== undefined,
  arrival: (u) => u.entities.arrivalTime !== undefined,
  courier: (u) => u.entities.courier !== undefined,
  stock: (u) => /现货|有货|没货|库存|有的|还有/u.test(u.normalized),
  // What the goods come with after the sale: the warranty and what a fault gets.
  quality: (u) => /保修|质保|换新|包换/u.test(u.normalized),
  refund: (u) => u.entities.amount !== undefined,
};

/** Whether the reply answered every topic of `asks` (false for an empty list: nothing to skip). */
export function answersAll(u: Reply, asks: readonly Topic[] | undefined): boolean {
  if (!asks || asks.length === 0) return false;
  const said = new Set((u.answers ?? []).map((a) => a.topic));
  return asks.every((topic) => said.has(topic) || (BY_TOPIC[topic]?.(u) ?? false));
}

/**
 * The sub-questions an `answered` line (or any line of hers) may ask, each with what in a reply
 * answers it. A state's `answered` lines are per topic: "保修知道了 换新还是修" still asks how a
 * fault is handled, and is no question after "质量问题直接换新". Light like the rest of this file:
 * her line's own words say what would answer it.
 */
/** The reply names the alternative: a Latin one as a word of its own (the m of 166cm is no M). */
function names(reply: string, alt: string): boolean {
  if (/^[a-z0-9]+$/u.test(alt)) return new RegExp(`(?<![a-z0-9])${alt}(?![a-z0-9])`, 'u').test(reply);
  return alt.length > 1 && reply.includes(alt);
}

const SUB_QUESTIONS: ReadonlyArray<{ asks: RegExp; answered: (reply: string, asked: RegExpExecArray) => boolean }> = [
  // A or B (换新还是修, L还是M): a reply that names either has chosen. A single Chinese character
  // is too often part of another word (修 in 保修) to be read alone: the other alternative decides.
  {
    asks: /([a-z0-9]+|[\u4e00-\u9fa5]{1,2})还是([a-z0-9]+|[\u4e00-\u9fa5]{1,2})/u,
    answered: (reply, m) => [m[1], m[2]].some((alt) => alt !== undefined && names(reply, alt)),
  },
  // Who pays (运费谁出, 要我出运费不): a reply that names a payer, or says she pays nothing.
  {
    asks: /谁出|谁付|谁承担|谁负责|要我出|我出吗|要我付|自己出吗|我出运费/u,
    answered: (reply) => /(?:我们|店铺|商家|卖家|您|你|买家|运费险|保险)[^,.!?;]{0,5}(?:出|承担|负责|付|包|赔)|运费险|不用(?:您|你)?(?:出|付|掏)|免费/u.test(reply),
  },
  // How it travels back (要我自己寄回去吗): a reply that says how it goes back.
  {
    asks: /寄回|寄过去|寄给你们|怎么寄/u,
    answered: (reply) => /寄回|寄给我们|寄过来|退回|上门取件|取件/u.test(reply),
  },
];

/**
 * The lines that still ask something the reply left open (all of them when none does, or when her
 * lines ask nothing a reply could have answered): she does not ask again what she was just told.
 */
export function stillOpen(u: Pick<Understanding, 'normalized'>, lines: readonly string[]): readonly string[] {
  const reply = u.normalized;
  const open = lines.filter((line) => {
    const text = line.toLowerCase();
    return !SUB_QUESTIONS.some((q) => {
      const m = q.asks.exec(text);
      return m !== null && q.answered(reply, m);
    });
  });
  return open.length > 0 ? open : lines;
}

/**
 * Moves that speak of one topic only: a reply made of nothing else (besides a greeting or thanks)
 * speaks of that topic, whatever she asks now.
 */
// recommend-size is left out: a size is named in answers to stock, fit and colour questions alike (雾粉L还有).
const MOVE_TOPIC: Partial<Record<Move, Topic>> = { 'invoice-yes': 'invoice' };
const ASIDE: readonly Move[] = ['greet', 'thank', 'acknowledge', 'apologize', 'empathize'];

/**
 * A split reply's late half: the reply speaks only of a topic her state does not ask (公司抬头也没问题
 * after 信用卡分期能用不, the rest of the invoice answer) and answers nothing she asks. Such a move is no
 * answer to her question: she asks again (the fallback), as she would of a reply that missed it.
 */
export function speaksOnlyOfOther(u: Reply, asks: readonly Topic[] | undefined): boolean {
  if (!asks || asks.length === 0 || answersAll(u, asks)) return false;
  if ((u.answers ?? []).some((a) => asks.includes(a.topic))) return false;
  const topics = u.moves.filter((m) => !ASIDE.includes(m)).map((m) => MOVE_TOPIC[m]);
  return topics.length > 0 && topics.every((t) => t !== undefined && !asks.includes(t));
}

/** A transition that reads what the reply does (its moves): the ones a reply on another topic does not take. */
export const readsMoves = (when: { move?: unknown; anyMove?: unknown; allMoves?: unknown } | undefined): boolean =>
  when !== undefined && (when.move !== undefined || when.anyMove !== undefined || when.allMoves !== undefined);
