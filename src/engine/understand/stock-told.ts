// The item's stock told as the reply's only statement (亲那个缺货了, 仓库没货了, 厂家说下周三左右补货, 在补货中,
// 还剩5件): what the item's stock is, product-info (labelling.md: a wait for a restock goes with product-info).
// Beside another move (an order closed on her, an urge to order, an upsell) the stock is that move's reason
// and is left to it; a reply carrying any flag is read by its flag.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

const STOCK = /没货|断货|缺货|无货|售罄|卖完了|卖光了|补货|还剩\d|只剩|就剩/u;
/** Stock named only as what will not happen (不会因为缺货取消): nothing told of it. */
const NOT_TOLD = /不会因为|不用担心/u;
const BESIDE: ReadonlySet<Move> = new Set(['greet', 'thank', 'apologize', 'acknowledge', 'empathize']);

export function stockTold(u: Understanding, _ctx: ReplyContext): Understanding {
  if (u.moves.some((m) => !BESIDE.has(m)) || u.flags.length > 0 || !STOCK.test(u.normalized) || NOT_TOLD.test(u.normalized)) return u;
  return { ...u, moves: MOVES.filter((m) => u.moves.includes(m) || m === 'product-info') };
}
