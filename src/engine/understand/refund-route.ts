// The way a refund goes back (原路退回, 退回花呗额度, 退到支付宝) told on its own, after an order cancelled
// or a refund she waits for: how refunds work, a statement of policy (explain-policy). Where the reply
// grants the refund or pays her something (offer-return, offer-compensation) the route is part of
// that offer; a platform flag (the order closed on her, order-close) is read by its flag.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

const ROUTE = /原路(?:退回|返回|退还|退)|(?:退|返)(?:回|到|至)(?:您的?|你的?)?(?:花呗|支付宝|zfb|银行卡|信用卡|余额|原账户|原支付|支付账户|付款账户)|回到(?:花呗|支付宝|银行卡|余额|原账户)/u;
/** The refund itself granted or a sum paid in the same reply (已经给您提交了退款, 退差价10元, 仅退款): the route is part of that offer, not a rule told. */
const GRANTED = /提交|办了|办理|帮您申请|给您申请|退差价|仅退款|给您退|\d+(?:\.\d+)?\s*(?:元|块)|\d+\.\d+/u;
/** Moves the route already belongs to. */
const OFFERED: ReadonlySet<Move> = new Set(['offer-return', 'offer-compensation', 'explain-policy']);

export function refundRouteTold(u: Understanding, _ctx: ReplyContext): Understanding {
  if (u.moves.some((m) => OFFERED.has(m)) || u.flags.some((f) => !f.rule.startsWith('tone-')) || !ROUTE.test(u.normalized) || GRANTED.test(u.normalized)) return u;
  return { ...u, moves: MOVES.filter((m) => u.moves.includes(m) || m === 'explain-policy') };
}
