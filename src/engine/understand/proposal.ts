// A yes to what she puts to the shop is an offer of it: "可以" after "159卖不卖" sells at 159,
// "能的" after "再少20行吗" cuts 20, "我说了算" after "50块你说了算吗" promises the 50, "可以" after
// "给个20的券行吗" gives a 20元 coupon. The reply says no figure of its own, so her proposal is what
// it claims: the price and the amount become the reply's entities (the buyer's offer conditions
// and the floor check read them), and her words are kept as the reply's granted claim, which the
// knowledge checks read like a sentence the reply said in full (knowledge/check.ts).
import type { Entities, ReplyContext, Understanding } from '@/engine/understanding-types';
import { extractEntities } from '@/engine/understand/entities';
import { normalizedBuyer } from '@/engine/understand/question';
import { MOVES, type Move } from '@/engine/vocabulary';

/** Her line asks the shop to agree (行吗, 卖不卖, 呗) or to stand by what it said (你说了算吗, 做得了主吗, 真给50?). */
const ASKS_CONSENT = /行不|行吗|行么|行嘛|行不行|可以吗|可以不|可不可以|能不能|能吗|成不|成吗|好不好|好吗|卖不卖|卖吗|怎么样|咋样|呗|吧\?|说了算|做得了主|做主|算数|算话|(?:真|真的)(?:给|能|补|送|便宜|少|让)/u;
/** Where her line's thoughts end: each clause is read on its own. */
const CLAUSE_END = /[,.!?;~\n ]+/u;
/** A clause that proposes something the shop could give: a figure, a coupon, a gift, a cut, money back. */
const PROPOSES = /\d|券|红包|送|赠|补|赔|返|少|便宜|让|减/u;
/** Her confirmation of what the agent offered (你说了算吗, 做得了主吗, 真给…): the figure is the one offered. */
const CONFIRMS = /说了算|做得了主|做主|算数|算话|(?:真|真的)(?:给|能|补)/u;
/** Words of her clause that are no part of what she proposes (the asking itself, her threats). */
const ASKING_WORDS = /行不行|行不|行吗|行么|行嘛|可以吗|可以不|可不可以|能不能|能吗|成不|成吗|好不好|好吗|卖不卖|卖吗|怎么样|咋样|你说了算吗|说了算吗|你做得了主吗|做得了主吗|算数吗|[呗吧吗?]+$/gu;

/**
 * The reply is a bare yes: an agreeing word (可以, 能的, 行, 没问题, 成交) or the agent's word that it
 * stands (我说了算, 做得了主, 算数), with next to nothing after it and no no in it.
 */
const GRANT = /^(?:亲爱的|亲亲|亲|嗯+|恩+|好的|好嘞)?[,~! ]*(?:当然可以|当然|可以给|可以的|可以|能给|能的|能|行|好的|好嘞|好|没问题|成交|ok|我说了算|说了算|我做得了主|做得了主|我能做主|能做主|算数|算话|真的|给您|给你|安排)/u;
const TAIL_PARTICLES = /[的哦呢呀啦哈吖滴噢哟吧亲~!. ,]|\p{Extended_Pictographic}/gu;
/** What may follow the yes word once its particles are gone ("可以的亲", "能的 放心"). */
const GRANT_TAIL = 4;
const NEGATED = /[不没别][^,.!?]{0,3}$|^[^,]*[不没无别]/u;

function grants(normalized: string): boolean {
  const text = normalized.trim();
  const m = GRANT.exec(text);
  if (!m || /[?吗]/u.test(text)) return false;
  const tail = text.slice(m[0].length).replace(TAIL_PARTICLES, '');
  return tail.length <= GRANT_TAIL && !/[不没无别]/u.test(tail) && !NEGATED.test(m[0]);
}

/** The clause of her line that proposes (the last one with a figure, a coupon, a gift or a cut), with the asking words cut. */
export function proposalOf(buyerLine: string): { text: string; confirms: boolean } | null {
  if (!ASKS_CONSENT.test(buyerLine)) return null;
  const clauses = buyerLine.split(CLAUSE_END).filter((c) => PROPOSES.test(c));
  const last = clauses.at(-1);
  if (last === undefined) return null;
  const text = last.replace(ASKING_WORDS, '').replace(/^(?:那|那就|要不|就|你|您)+/u, '');
  return text ? { text, confirms: CONFIRMS.test(buyerLine) } : null;
}

/** A bare figure in her clause (159卖不卖, 50块你说了算吗): the one number she puts. */
const FIGURE = /(?<![\d.])(\d{1,5})(?![\d.])(?:块钱|块|元)?/u;

/**
 * What the yes offers, read from her clause in the reply's context: a price (159, or the list price
 * less her cut), or an amount back (补50; a figure she asks the agent to stand by in an after-sales
 * chat is the compensation offered there).
 */
function offered(text: string, confirms: boolean, ctx: ReplyContext): Pick<Entities, 'price' | 'amount' | 'discount'> {
  const e = extractEntities(text, ctx);
  const out: Pick<Entities, 'price' | 'amount' | 'discount'> = {};
  if (e.amount !== undefined) out.amount = e.amount;
  else if (e.discount !== undefined) {
    out.discount = e.discount;
    // 再少20 after an offer already made cuts from that offer, not from the list price.
    const base = /再/u.test(text) && ctx.offered !== undefined && ctx.price !== undefined && ctx.offered < ctx.price ? ctx.offered : ctx.price;
    if (base !== undefined) out.price = base - e.discount;
  } else if (e.price !== undefined) out.price = e.price;
  if (out.amount !== undefined || out.price !== undefined || out.discount !== undefined || /券|送|赠/u.test(text)) return out;
  const figure = FIGURE.exec(text);
  if (!figure) return out;
  const value = Number(figure[1]);
  if (confirms && ctx.afterSales === true) out.amount = value;
  else if (ctx.price !== undefined && value >= ctx.price * 0.4 && value <= ctx.price * 1.5) out.price = value;
  return out;
}

/**
 * The reply with her proposal granted: a bare yes after her line that proposes takes her figure as
 * its own (price, amount) with the move it makes (offer-discount, offer-compensation, offer-gift
 * for a coupon or a gift she named), and keeps her words as the claim granted. A reply that names
 * a figure itself, or says no, is read as it is.
 */
export function proposalGranted(u: Understanding, ctx: ReplyContext): Understanding {
  const buyer = normalizedBuyer(ctx.buyer);
  if (!buyer || u.entities.price !== undefined || u.entities.amount !== undefined) return u;
  const proposal = proposalOf(buyer);
  if (proposal === null) return u;
  if (!grants(u.normalized)) return refused(u, proposal, ctx);
  const entities = { ...u.entities, ...offered(proposal.text, proposal.confirms, ctx) };
  const added: Move[] = [];
  if (entities.amount !== undefined) added.push('offer-compensation');
  else if (entities.price !== undefined) added.push(ctx.price !== undefined && entities.price >= ctx.price ? 'hold-price' : 'offer-discount');
  else if (/券|红包|送|赠/u.test(proposal.text)) added.push('offer-gift');
  else return u;
  // The yes is the offer, not a word about the item nor a mere receipt.
  const kept = u.moves.filter((m) => m !== 'product-info' && m !== 'acknowledge' && !(added.includes('offer-compensation') && m === 'offer-discount'));
  const moves = MOVES.filter((m) => kept.includes(m) || added.includes(m));
  return { ...u, moves, entities, granted: proposal.text };
}

/** A bare no to her price (不行哦, 不能哦, 做不到 after 159卖不卖): the price held, no word about the item. */
const REFUSAL = /^(?:亲爱的|亲亲|亲|嗯+)?[,~ ]*(?:不行|不可以|不能|不卖|做不到|没办法|没法|真不行|真的不行)/u;
function refused(u: Understanding, proposal: { text: string; confirms: boolean }, ctx: ReplyContext): Understanding {
  const text = u.normalized.trim();
  const m = REFUSAL.exec(text);
  if (!m || text.slice(m[0].length).replace(TAIL_PARTICLES, '').length > GRANT_TAIL || u.flags.length > 0) return u;
  if (offered(proposal.text, proposal.confirms, ctx).price === undefined || u.moves.some((m) => m !== 'product-info' && m !== 'acknowledge')) return u;
  return { ...u, moves: ['hold-price'] };
}
