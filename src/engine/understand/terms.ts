// The terms a reply attaches to paying or invoicing, read from structure (data: compose.json
// `terms`, `policy`):
//   - a card payment or an invoice that costs the discount (信用卡付的话就不能按活动价了, 开票的话
//     优惠就没了) is a charge on it: card-fee / invoice-fee, and its refusal words (满减用不了) refuse
//     the discount, not the card or the invoice;
//   - only other ways of paying accepted (只收支付宝余额和储蓄卡) refuses the card;
//   - a topic echoed as a question and then refused (信用卡?没开通哦, 分期?不支持的);
//   - an invoice written as other goods (开成办公用品) is invoice-refuse (rules.md: an invoice for a
//     different category), while declining that is the rule itself;
//   - postage for a region the reply puts outside the 包邮 range is the range, not a breach; a
//     fee the shop says it bears is no fee; the 支付宝 balance is a payment on the platform.
import composeJson from '@/engine/lexicon/compose.json';
import { checkLexicon, composeSchema } from '@/engine/understand/lexicon-schema';
import type { RuleId } from '@/engine/vocabulary';

const data = checkLexicon('compose.json', composeSchema, composeJson);
const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);

const LOST = re(data.terms.lost, 'gu');
const CARD = re(data.terms.card, 'gu');
const INVOICE = re(data.terms.invoice, 'gu');
const ONLY = re(data.terms.only);
const CARD_ONE = re(data.terms.card);
const OTHER_GOODS = re(data.terms.otherGoods);
const WRITTEN_AS = re(data.terms.writtenAs, 'gu');
const ACTUAL_GOODS = re(data.terms.actualGoods);
const OUT_OF_RANGE = re(data.policy.outOfRange);
const SHOWN_FREE = re(data.policy.shownFree);
const REGION_ASKED = re(data.policy.regionAsked);
const ORDERED = re(data.policy.ordered);
const ASKS = /[?吗么呢]|能不能|可不可以|行不行/u;
/** The reply saying the region does ship free (新疆也包邮的): a charge then breaks it. */
const FREE_AFFIRMED = /(?<![不没非])(?:也|是|都)包邮/u;
const AFTER_ORDER = re(data.policy.afterOrder);
const FEE_BORNE = re(data.policy.feeBorne);
const BUYER_PAYS = re(data.policy.buyerPays);
const BALANCE = re(data.policy.balance);
const OFF_PLATFORM_PAY = re(data.policy.offPlatformPay);
const SENTENCE = /[.!;\n。！；]+/u;
const NEGATED_BEFORE = /(?:不|别|不能|不可以|没法|无法|不好)[^,]{0,3}$/u;
/** A subject echoed as a question, then refused: "信用卡?没开通哦", "分期?不支持的". */
const ECHO_REFUSED = /(信用卡|刷卡|花呗|分期|发票|开票|货到付款|到付)[吧吗呀]?[?？]\s*(?:[^,.!?]{0,4}?)(?:不支持|没有开通|没开通|不开通|不行|不能|付不了|开不了|不可以|没有的|不接受|不收)/u;
/** How far before the lost discount its subject may stand. */
const REACH = 16;
/** A reply this short, declining what she asked the invoice to say, declines only that. */
const SHORT = 12;

export interface Term {
  rule: RuleId;
  evidence: string;
}

const last = (pattern: RegExp, text: string): RegExpExecArray | undefined => {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].pop();
};

/** A card payment or an invoice that loses the discount: the fee it costs. */
export function discountLost(normalized: string): Term[] {
  const out: Term[] = [];
  for (const sentence of normalized.split(SENTENCE)) {
    LOST.lastIndex = 0;
    for (const lost of sentence.matchAll(LOST)) {
      const head = sentence.slice(Math.max(0, lost.index - REACH), lost.index);
      const card = last(CARD, head);
      const invoice = last(INVOICE, head);
      // The nearer subject is the one that costs the discount.
      const rule: RuleId | null = card && (!invoice || card.index > invoice.index) ? 'card-fee' : invoice ? 'invoice-fee' : null;
      const subject = rule === 'card-fee' ? card : invoice;
      if (!rule || !subject || out.some((t) => t.rule === rule)) continue;
      out.push({ rule, evidence: head.slice(subject.index) + lost[0] });
    }
  }
  return out;
}

/** Only other ways of paying accepted, where the card is in question: card-refuse. */
export function onlyOtherPayment(normalized: string, buyer: string): Term | null {
  const only = ONLY.exec(normalized);
  if (!only || CARD_ONE.test(only[0]) || !(CARD_ONE.test(normalized) || CARD_ONE.test(buyer))) return null;
  return { rule: 'card-refuse', evidence: only[0] };
}

/** The subject echoed back as a question and refused right after it. */
export function echoRefused(normalized: string): Term | null {
  const m = ECHO_REFUSED.exec(normalized);
  if (!m) return null;
  const topic = m[1]!;
  const rule: RuleId = /发票|开票/u.test(topic) ? 'invoice-refuse' : /到付|货到付款/u.test(topic) ? 'cod-refuse' : 'card-refuse';
  return { rule, evidence: m[0] };
}

/** An invoice written as goods other than the ones bought (开成办公用品, 类目随便写). */
export function otherGoodsInvoice(normalized: string): Term | null {
  WRITTEN_AS.lastIndex = 0;
  for (const m of normalized.matchAll(WRITTEN_AS)) {
    if (!NEGATED_BEFORE.test(normalized.slice(0, m.index))) return { rule: 'invoice-refuse', evidence: m[0] };
  }
  return null;
}

/**
 * A flag the reply's own statement makes the shop's rule: an invoice declined as other goods
 * than she bought (she asked for 办公用品), postage for a region the reply puts outside the 包邮
 * range before the order (unless she says the listing showed 包邮 for her), a fee the shop bears,
 * the 支付宝 balance as a way of paying.
 */
export function policyStatement(rule: RuleId, normalized: string, buyer: string): boolean {
  if (rule === 'invoice-refuse') {
    return OTHER_GOODS.test(buyer) && otherGoodsInvoice(normalized) === null && (ACTUAL_GOODS.test(normalized) || normalized.length <= SHORT);
  }
  // A fee the shop says it bears, and nothing the buyer pays.
  if (rule === 'card-fee' || rule === 'invoice-fee') return FEE_BORNE.test(normalized) && !BUYER_PAYS.test(normalized);
  // The 支付宝 balance is a way of paying on the platform.
  if (rule === 'off-platform') return BALANCE.test(normalized) && !OFF_PLATFORM_PAY.test(normalized);
  // The range may be stated by her (你们写的偏远除外对吧, 写的除西藏新疆包邮) as much as by the reply.
  // Her question before the order whether a region is in the range (新疆包邮吗, 能寄到台湾吗): the postage the
  // reply names for it answers with the range (writer-ab, -ag, -j, -al, chats-ak), unlike the same charge after the order.
  if (rule === 'freeship-breach') {
    const range = OUT_OF_RANGE.test(normalized) || OUT_OF_RANGE.test(buyer) || (REGION_ASKED.test(buyer) && ASKS.test(buyer) && !ORDERED.test(buyer) && !FREE_AFFIRMED.test(normalized));
    return range && !AFTER_ORDER.test(normalized) && !SHOWN_FREE.test(buyer);
  }
  return false;
}

/**
 * A price of its own for paying by card or for an invoice (信用卡付款价格是209, 刷卡的话要209, 开票价209):
 * the difference is the fee put on her (rules.md card-fee: "in any form"). Not the same price said
 * (也是199, 价格一样, 不加价), nor, when the list price is known, a price at or below it.
 */
const OWN_PRICE = /(信用卡|刷卡|花呗|分期|开票|开发票|含票|要发票)(?:付款|支付|付|刷|的话|的)*[,]?(?:价格|价钱|价|总价)?(?:是|要|得|就是|为|算)?(\d{2,6})(?![\d个天日期号%点小时分秒件]|工作)(?:元|块)?/u;
const SAME_PRICE = /也是|一样|同价|不变|不加价|不额外|没有额外|不用加|不收|还是/u;
export function paymentPriced(normalized: string, price?: number): Term | null {
  for (const sentence of normalized.split(SENTENCE)) {
    const m = OWN_PRICE.exec(sentence);
    if (!m || SAME_PRICE.test(sentence)) continue;
    // A bare number straight after the subject must be a price (价/要/是 said), not 分期3期 or 信用卡2张.
    if (!/价|要|得|是|为|算|元|块/u.test(m[0].slice(m[1]!.length))) continue;
    const amount = Number(m[2]);
    if (price !== undefined && amount <= price) continue;
    return { rule: /票/u.test(m[1]!) ? 'invoice-fee' : 'card-fee', evidence: m[0] };
  }
  return null;
}
