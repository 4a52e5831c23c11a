// A lowest price the reply names (最低189了, 底价159) is read against the shop's facts: at the list
// price or above it holds the price; below it, it is a discount offered, whatever its words of
// holding (最低189 of a 199 item offers 10 off). With no list price known the figure alone tells
// neither (最低158 and 最低15 are each read both ways by writers), so the rules' reading stands.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

const LOWEST_NAMED = /(最低|底价)(价)?(是|就是|只能|也就|能到|给您|给你)?(¥|￥)?\d{2,5}/u;

export function lowestAgainstList(u: Understanding, ctx: ReplyContext): Understanding {
  const price = u.entities.price;
  if (ctx.price === undefined || price === undefined || !LOWEST_NAMED.test(u.normalized)) return u;
  const below = price < ctx.price;
  if (below ? u.moves.includes('offer-discount') && !u.moves.includes('hold-price') : u.moves.includes('hold-price') || u.moves.includes('offer-discount')) return u;
  const moves: Move[] = [...u.moves.filter((m) => m !== 'hold-price' && m !== 'acknowledge'), below ? 'offer-discount' : 'hold-price'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
