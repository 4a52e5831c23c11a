// The parcel watched for her: where the talk is of the parcel on its way (her line or the reply names the courier,
// the tracking, a parcel stuck or lost: 快递, 物流, 没动, 丢, 中通, 派送, 还没到) and the reply undertakes to follow it
// and report (我帮您盯着, 物流有更新我第一时间告诉您, 有消息第一时间告诉您, 明天还没动的话我主动联系您), the
// shop follows the parcel with the courier: track-parcel (labelling.md), however short the turn that
// continues the chat (chats-ac, chats-af, chats-ak, chats-ao, chats-as, chats-av, chats-i, chats-l, chats-u,
// chats-w, writer-ai, writer-v). Not a watch on the warehouse, a review, a refund or a workshop (仓库, 审核, 退款, 刻).
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** Following it and reporting back; a best-effort 尽量帮您盯着 beside a dispatch estimate (chats-af, writer-al) promises no chase. */
const BEST_EFFORT = /尽量[^,.!?]{0,3}盯/u;
const WATCHED = /盯着|盯一下|盯一次|有(?:物流)?(?:进展|消息|更新|变化|结果|动静)[^,.!?]{0,8}(?:告诉|通知|联系|找)(?:您|你)/u;
/** The parcel on its way, named in her line or the reply. */
const PARCEL = /快递|物流|丢|中转|转运|派送|没动|不动|更新|揽收|驿站|韵达|中通|顺丰|圆通|申通|极兔|邮政|到不了|在路上|还没到|几点到|送到|到啊/u;
/** Something else followed: the warehouse, a review, a refund, an invoice, a workshop. */
const OTHER_WATCHED = /仓库|打包|加工|审核|审批|退款|店长|主管|开票|开好|检测|发新|登记|工厂|刻/u;

export function parcelWatched(u: Understanding, ctx: ReplyContext): Understanding {
  if (u.moves.includes('track-parcel') || !WATCHED.test(u.normalized) || BEST_EFFORT.test(u.normalized) || OTHER_WATCHED.test(u.normalized)) return u;
  if (!PARCEL.test(`${ctx.buyer ?? ''} ${u.normalized}`) || u.flags.some((f) => !f.rule.startsWith('tone-'))) return u;
  const moves: Move[] = [...u.moves, 'track-parcel'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
