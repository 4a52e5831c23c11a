// The time a refund or a claim takes: where the reply's time goes with the money coming back (仓库签收后一般
// 1-2天退回, 收到货检查没问题就退款 一般1-3天, 一般1-3个工作日原路回到您账户, 运费险…72小时内到账) and it sends
// her nothing (no 发货, 发出, 给您发, 物流, 补发), the time and the 签收/寄出 around it are the return's, not a
// dispatch: no shipping-info (chats-ac, chats-ak, chats-w, writer-ag, writer-ai, writer-g, writer-j). A refund
// staked on an arrival (保证明天到, 不到全额退款) is the arrival's promise and keeps it.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';

/** The money coming back: a refund, a payout or an insurance claim. */
const MONEY_BACK = /退款|退回|退钱|到账|理赔|赔付|赔到|原路|回到您账户/u;
/** A time said: a span, or today / at once. */
const TIME = /\d+(?:[-到~]\d+)?个?(?:工作日|小时|天)|当天|马上|今天|明天/u;
/** Goods sent to her: the reply then speaks of a dispatch too. */
const SENT_OUT = /发货|发出|给您发|发新的|发您|寄给您|送到|到您(?:那|手)|物流|快递员|派送|换新|补发|新的|必发|必达/u;
/** A refund staked on an arrival (到不了我全额退款, 不到全额退款, 晚了…退款). */
const STAKED = /(?:到不了|不到|晚了|晚一天|赶不上)[^,.!?]{0,6}退/u;

export function refundTimed(u: Understanding, _ctx: ReplyContext): Understanding {
  if (!u.moves.includes('shipping-info') || !MONEY_BACK.test(u.normalized) || !TIME.test(u.normalized)) return u;
  if (SENT_OUT.test(u.normalized) || STAKED.test(u.normalized)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'shipping-info') };
}
