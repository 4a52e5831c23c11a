// A lowest price the reply names (最低189了, 底价159) is read against the shop's facts: at the list
// price or above it holds the price; below it, it is a discount offered, whatever its words of
// holding (最低189 of a 199 item offers 10 off). With no list price known the figure alone tells
// neither (最低158 and 最低15 are each read both ways by writers), so the rules' reading stands. A bare
// figure answering the price she puts (249吧 不能再少了 after 259行不) is a price named the same way.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';
import { normalizedBuyer } from '@/engine/understand/question';

const LOWEST_NAMED = /(最低|底价)(价)?(是|就是|只能|也就|能到|给您|给你)?(¥|￥)?\d{2,5}/u;

/** Her line puts a price to the shop (259行不, 250可以吗, 再少点 240吧?): a bare figure answering it is a price. */
const PRICE_PROPOSED = /\d{2,5}(?:块钱|块|元)?[^,.!?\d]{0,3}?(?:行不|行吗|可以吗|可以不|能不能|成不|卖不卖|卖吗|怎么样|咋样|吧\?)/u;
/** A reply opening on a bare figure (249吧 不能再少了, 就269吧): `$1` the figure. */
const FIGURE_OPENS = /^(?:那|那就|就|给|给你|给您)?(\d{2,5})(?:块钱|块|元)?(?:吧|呗|哦|了|啦|的|给你|给您)*(?=[,.!~ ]|$)/u;

/** The price a bare figure offers after her proposed price (249吧 after 259行不); undefined otherwise. */
export function priceAnswered(normalized: string, buyerLine: string): number | undefined {
  if (!PRICE_PROPOSED.test(buyerLine)) return undefined;
  const m = FIGURE_OPENS.exec(normalized.replace(/^\s+/u, ''));
  return m ? Number(m[1]) : undefined;
}

export function lowestAgainstList(u: Understanding, ctx: ReplyContext): Understanding {
  const price = u.entities.price;
  if (ctx.price === undefined || price === undefined) return u;
  if (!LOWEST_NAMED.test(u.normalized) && priceAnswered(u.normalized, normalizedBuyer(ctx.buyer)) === undefined) return u;
  const below = price < ctx.price;
  if (below ? u.moves.includes('offer-discount') && !u.moves.includes('hold-price') : u.moves.includes('hold-price') || u.moves.includes('offer-discount')) return u;
  const moves: Move[] = [...u.moves.filter((m) => m !== 'hold-price' && m !== 'acknowledge'), below ? 'offer-discount' : 'hold-price'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}

/** Another shop named in her line (那家才卖239, 别家239): the figures there are its prices. */
const OTHER_SHOP = /那家|别家|他家|他们家|人家|隔壁|别的店|其他家|拼多多|京东/u;
/** The reply offers the figure itself (我们也可以239给您, 算您239): then it is ours. */
const OURS = /给(?:您|你)|算(?:您|你)|我们(?:也)?(?:可以|能)|这边(?:也)?(?:可以|能)|跟(?:他们|那家)一样/u;

/** The reply's price is the figure her line gives another shop, said back, not offered (嫌贵就去买239的呗). */
export function othersPriceSaidBack(normalized: string, buyerLine: string, price: number): boolean {
  if (!OTHER_SHOP.test(buyerLine) || OURS.test(normalized)) return false;
  return new RegExp(`(?<!\\d)${price}(?!\\d)`, 'u').test(buyerLine);
}
