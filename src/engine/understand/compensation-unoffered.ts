// Compensation named where none is offered: the penalty a guarantee stakes (保证周五前送到, 晚一天我赔您20;
// 延误一天赔您100) belongs to the dispatch promise (shipping-info, and ship-promise where it breaks the rule),
// and a sum left to someone else's decision (赔偿的部分我需要请示店长, 赔偿金额我这边没有权限) is the escalation.
// Neither gives her anything now (blind-final, writer-a, writer-d, writer-e, writer-x; writer-ag, writer-aj,
// writer-b, writer-v, writer-x). A sum named in the reply (申请二十元的补偿) is still offered.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';

/** A penalty staked on a late arrival: 晚一天/晚一分钟/延误一天 … 赔. */
const STAKED = /(?:晚|延误|迟)(?:一|1)(?:天|分钟|小时)[^,.!?]{0,4}赔/u;
/** A sum left to another's decision or authority. */
const REFERRED = /(?:赔偿|补偿)[^,.!?]{0,8}(?:需要|要|得)(?:请示|提交|由|跟|和|问)|(?:赔偿|补偿)[^,.!?]{0,8}(?:没有|没)权限|(?:没有|没)权限[^,.!?]{0,6}(?:赔偿|补偿)/u;
/** A sum or a coupon named: something is offered after all. */
const SUM = /\d+(?:\.\d+)?\s*(?:元|块)|红包|券/u;

export function compensationUnoffered(u: Understanding, _ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-compensation')) return u;
  const staked = STAKED.test(u.normalized) && (u.moves.includes('shipping-info') || u.flags.some((f) => f.rule === 'ship-promise'));
  const referred = REFERRED.test(u.normalized) && !SUM.test(u.normalized);
  if (!staked && !referred) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'offer-compensation') };
}
