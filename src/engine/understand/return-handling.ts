// How a return is handled, told beside the return offered: the goods checked when they come back (我们收到后
// 仓库检验一下, 寄回来仓库检测一下, 琴寄回来后我们师傅会检测; a bare 寄回来我们检查下 tells no rule), the refund's condition (符合条件就给您退款) or who
// pays the postage for a fault (检测是质量问题的话运费我们承担, 缩水属于质量问题 运费我们出) state the shop's
// return rule (explain-policy) beside offer-return (chats-af, writer-a, writer-ag, writer-aq, writer-j). Not
// where a platform flag says the reply breaks a rule (labelling.md: a refusal is the flag it breaks).
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** The goods checked on their way back, the refund's condition, or the postage for a fault. */
const HANDLING = /(?:收到|寄回|退回)[^,.!?;]{0,8}(?:检验|检测|验货|审核)|符合条件|(?:质量问题|检测是)[^,.!?;]{0,8}(?:运费|邮费)/u;

export function returnHandlingTold(u: Understanding, _ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-return') || u.moves.includes('explain-policy') || !HANDLING.test(u.normalized)) return u;
  if (u.flags.some((f) => !f.rule.startsWith('tone-'))) return u;
  const moves: Move[] = [...u.moves, 'explain-policy'];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}
