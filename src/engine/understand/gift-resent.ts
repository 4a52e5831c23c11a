// The gift she was promised, sent again: after her line that a gift is missing (说好的赠品没收到, 页面写送小样
// 怎么没有) or where the reply names the gift as what it resends (三件小样今天给您单独补寄, 补寄赠品), the
// 补发/补寄 gives her the gift (offer-gift), no exchange of the goods she bought (writer-ai, writer-c, writer-g,
// writer-v, chats-ac). A reply carrying a platform flag (赠品要好评以后才补发) is read by its flag.
import { normalizedBuyer } from '@/engine/understand/question';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

const GIFT = '(?:赠品|小样|礼品|赠送的)';
/** Sent again: a resend, or sent on its own. */
const RESENT = /补发|补寄|重新发|单独寄|单独发/u;
/** The reply names the gift as what it resends (赠品给您补寄, 补寄赠品). */
const GIFT_RESENT = new RegExp(`${GIFT}[^,.!?]{0,8}(?:补发|补寄|单独寄|单独发)|(?:补发|补寄)[^,.!?]{0,3}${GIFT}`, 'u');
/** Her line says the gift is missing (赠品没收到, 说好的送赠品呢, 页面写送小样 怎么没有). */
const GIFT_MISSING = new RegExp(`${GIFT}[^.!?]{0,12}(?:没|呢|漏|少|不见)|(?:没|少|漏)[^,.!?]{0,6}${GIFT}`, 'u');

export function giftResent(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-exchange') || !RESENT.test(u.normalized) || u.flags.some((f) => !f.rule.startsWith('tone-'))) return u;
  if (!GIFT_RESENT.test(u.normalized) && !GIFT_MISSING.test(normalizedBuyer(ctx.buyer))) return u;
  const moves: Move[] = [...u.moves.filter((m) => m !== 'offer-exchange'), 'offer-gift'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
