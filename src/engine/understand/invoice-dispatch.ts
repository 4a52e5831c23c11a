// The invoice's own dispatch (纸质票顺丰寄给您, 财务周五前寄出, 发货后3天内开好寄出, 邮费我们出): where the
// reply is about the invoice and names no goods, its 寄出 / 发 / 邮费 send the invoice, not the parcel, so
// they tell no shipping (shipping-info); sent or made for her, the invoice is granted (invoice-yes) (blind-b, chats-ak, chats-as,
// chats-av, writer-a, writer-ag, writer-al, writer-e, writer-g, …).
import { normalizedBuyer } from '@/engine/understand/question';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

const INVOICE = /发票|专票|普票|纸质票|纸质的|电子票|开票|财务|税号|抬头/u;
/** The goods or the parcel named (新壳明天发出, 货明天到), or an arrival told: a dispatch of the goods beside the invoice. */
const GOODS = /货|拍下|下单|包裹|物流|商品|东西|宝贝|衣服|鞋|壳|新的|送到|能到|到货/u;
/** The invoice sent or made for her (寄出, 寄给您, 发您, 开好, 开出来). */
const SENT = /寄出|寄给|寄过去|邮寄|发您|发给您|发到|开好|开出|给您开/u;
/** A timing word after 发货 (发货后3天内开): the goods' dispatch only dates the invoice. */
const DATED_BY_DISPATCH = /发货(?:后|之后|以后)/gu;

export function invoiceNotParcel(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('shipping-info')) return u;
  const buyer = ctx.buyer ? normalizedBuyer(ctx.buyer) : '';
  const aboutInvoice = u.moves.includes('invoice-yes') || INVOICE.test(u.normalized) || INVOICE.test(buyer);
  if (!aboutInvoice || GOODS.test(u.normalized.replace(DATED_BY_DISPATCH, ''))) return u;
  const moves: Move[] = u.moves.filter((m) => m !== 'shipping-info');
  // Sending it her way grants it (今天发您 after 发票什么时候给我), unless a flag says it is refused or charged wrongly.
  const granted = !moves.includes('invoice-yes') && !u.flags.some((f) => !f.rule.startsWith('tone-')) && SENT.test(u.normalized);
  return { ...u, moves: granted ? MOVES.filter((m) => moves.includes(m) || m === 'invoice-yes') : moves };
}
