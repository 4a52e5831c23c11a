// The buyer's traps a trainee can handle well, each earning a positive item in the report:
// she asks to go off the platform, for an invoice, for a lower price, to return the goods. A
// trap is recognised by the buyer's line before the reply; it counts as handled when the reply
// does the right thing and breaks no rule. Each earns its praise once per chat.
import type { Flag, Understanding } from '@/engine/understanding-types';

export interface Trap {
  id: 'off-platform' | 'invoice' | 'price' | 'return';
  /** What the buyer's line asks about. */
  buyer: RegExp;
  handled(u: Understanding): boolean;
  title: string;
  why: string;
}

const has = (u: Understanding, ...moves: string[]): boolean => moves.some((m) => u.moves.includes(m as never));

const STAYS_ON_PLATFORM = /平台|淘宝|天猫|站内|旺旺|千牛|在这里|这边(聊|沟通|下单|拍)|拍下/u;
// Why staying is better for her (保障, 售后, 记录, 规定): the praise says the reply explained it.
const STAY_REASON = /保障|安全|售后|记录|维权|规定|规则|违规|不允许|不能私下|放心/u;
// An invoice put off to a later batch (下个月统一开, 月底再开) is stalling, not a quick yes.
const INVOICE_DEFERRED = /下个?月|月底|月初|统一开|过段时间|以后再|晚点再|有空再/u;

// The return conditions an agent states: the 7 days, unused/tags on, inspection on arrival.
const RETURN_CONDITIONS = /7天|七天|吊牌|未使用|没使用|不影响二次销售|未水洗|没洗|完好|配件齐全|检查|验货|签收/u;

export const TRAPS: readonly Trap[] = [
  {
    id: 'off-platform',
    buyer: /微信|vx|wx|v信|加v|加个v|qq|私下|转账|支付宝转|线下/u,
    // The reply answers the request: it keeps the chat and the payment on the platform.
    handled: (u) => STAYS_ON_PLATFORM.test(u.normalized) && STAY_REASON.test(u.normalized),
    title: '礼貌拒绝站外交易',
    why: '买家想加微信、私下转账时，客气而坚定地留在平台上，还讲清这样对买家更有保障，做得好。',
  },
  {
    id: 'invoice',
    buyer: /发票|开票|抬头|税号/u,
    handled: (u) => has(u, 'invoice-yes') && !INVOICE_DEFERRED.test(u.normalized),
    title: '爽快答应开发票',
    why: '发票是买家的权利，直接答应、免费开具，买家放心下单。',
  },
  {
    id: 'price',
    buyer: /便宜|优惠|少点|少一点|降价|最低|底价|让点|再少|能少|砍价|贵/u,
    handled: (u) => has(u, 'hold-price') && has(u, 'product-info', 'explain-policy', 'compare-objective', 'offer-gift') && !has(u, 'offer-discount'),
    title: '有理有据地守住价格',
    why: '买家压价时没有急着降价，而是讲清已是活动价、好在哪里，守住了利润。',
  },
  {
    id: 'return',
    buyer: /退货|退回|退了|能退|可以退|退吗|退款|无理由|换货|能换|换吗/u,
    handled: (u) => has(u, 'explain-policy', 'offer-return', 'offer-exchange') && RETURN_CONDITIONS.test(u.normalized),
    title: '讲清退换条件',
    why: '说明了7天无理由的条件、收到退货后检查，买家知道怎么办，也不会误以为被拒绝。',
  },
];

/** The traps in the buyer's line this reply handled well (a reply that breaks any rule handles none). */
export function trapsHandled(buyerText: string, u: Understanding, flags: readonly Flag[]): Trap[] {
  if (flags.length > 0 || buyerText === '') return [];
  const text = buyerText.toLowerCase();
  return TRAPS.filter((t) => t.buyer.test(text) && t.handled(u));
}
