// An exchange or a resend already agreed, its dispatch told: after her yes (好, 行, 那补发吧, 那还差不多)
// or her question of when (多久, 什么时候, 快点发), "今天下午就给您补发, 单号出来发您" or "仓库签收当天就发新的"
// says when the new one leaves (shipping-info), and offers no exchange she has not got (chats-ac,
// chats-af, chats-ak, chats-l, logs-z, writer-aj). A reply that puts the remedy itself (直接给您补发,
// 不用寄回, 已经同意了, 来回运费我们出) still offers it.
import { normalizedBuyer } from '@/engine/understand/question';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** Her line takes what was put (好, 行吧, 那还差不多) or asks when it comes (多久, 什么时候, 快点发). */
const AGREED_OR_WHEN = /^(?:好|行|嗯|ok|那就行|那行|那好|那还差不多|可以|那补发吧|那就补发|好吧|行吧)|多久|什么时候|啥时候|几天|快点|尽快|要多长/u;
/** The new one sent: a resend, a new one or one sent again. */
const RESENT = /补发|发新的|重新发|寄新|换新的|发出新|新的[^,.!?]{0,4}发/u;
/** When it leaves or how she will follow it. */
const WHEN_SENT = /今天|明天|当天|单号|发出|顺丰|\d+天|两天|一周|下午|马上|已经/u;
/** The remedy put in this reply: not yet agreed, so still offered. */
const REMEDY_PUT = /不用寄回|不用退回|同意了|直接给您|直接帮您|来回运费|运费我们|我们出|质量问题/u;

export function exchangeUnderway(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-exchange') || !ctx.buyer) return u;
  if (!AGREED_OR_WHEN.test(normalizedBuyer(ctx.buyer)) || !RESENT.test(u.normalized) || !WHEN_SENT.test(u.normalized) || REMEDY_PUT.test(u.normalized)) return u;
  const moves: Move[] = [...u.moves.filter((m) => m !== 'offer-exchange'), 'shipping-info'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
