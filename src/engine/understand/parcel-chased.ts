// The parcel chased with the courier: where the reply traces the parcel (track-parcel) and what it says of
// the parcel is the courier's account of it held up or lost (中转站积压, 分拣中心滞留, 漏扫, 压件, 找不到了) or
// the chase itself (催件工单, 跟网点投诉, 跟快递反馈), the "今天会发出 / 明天派送" it passes on is the courier's,
// not the shop's dispatch: no shipping-info (labelling.md: tracing or chasing the parcel with the courier is
// track-parcel; chats-ac, chats-af, chats-ak, chats-av, chats-l, chats-u, chats-w, writer-a, writer-ag,
// writer-al, writer-k). The shop's own promise of arrival beside it (保证后天一定能收到, 预计明天到) still tells it.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';

/** The parcel held up or lost at the courier's, or being delivered by the courier now. */
const HELD_UP = /积压|滞留|压件|漏扫|爆仓|卡在|卡了|停了|找不到|丢件|派送中|派件员手上/u;
/** The chase itself: a ticket or a complaint to the courier. */
const CHASED = /催件|工单|(?:快递|网点|物流)[^,.!?]{0,6}(?:投诉|反馈|反映)/u;
/** The shop's own word on arrival or dispatch: still shipping-info. */
const SHOP_SAYS = /保证|肯定|一定(?:能|会)|预计|仓库|发货|补发|补寄|(?:我们|给您|这边)[^,.!?]{0,3}(?:发|寄)/u;

export function parcelChased(u: Understanding, _ctx: ReplyContext): Understanding {
  if (!u.moves.includes('track-parcel') || !u.moves.includes('shipping-info')) return u;
  if (!(HELD_UP.test(u.normalized) || CHASED.test(u.normalized)) || SHOP_SAYS.test(u.normalized)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'shipping-info') };
}
