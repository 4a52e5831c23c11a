// Flags composed from the structure of what is said, so that one mechanism covers the wordings
// a trainee invents rather than the sentences someone listed:
//   - a refusal over an action: 不能/没法/不支持/开不了 … + 开发票/刷卡/货到付款/退 (either order:
//     "发票开不了", "到付的订单我们仓库不处理");
//   - a charge over something the buyer never pays for: 手续费/税点/差价/您出 … near 信用卡/发票/包邮;
//   - a reward tied to a review: 红包/返现/N元 … in the sentence of 好评/差评/晒图;
//   - a bad word tied to another shop: 那家/别家/同行 … 假货/回收/贴牌/很差.
// The parts are data (src/engine/lexicon/compose.json); they combine within one sentence.
import composeJson from '@/engine/lexicon/compose.json';
import { wholeClause, type Clause } from '@/engine/understand/clauses';
import { checkLexicon, composeSchema } from '@/engine/understand/lexicon-schema';
import type { RuleId } from '@/engine/vocabulary';
import { policyStatement } from '@/engine/understand/terms';
import { reportsFault } from '@/engine/score/upset';
import { defersJudgement } from '@/engine/understand/tone-compose';

const data = checkLexicon('compose.json', composeSchema, composeJson);
const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);
const entries = (record: Partial<Record<string, string>>): Array<[RuleId, RegExp]> =>
  Object.entries(record).map(([rule, source]) => [rule as RuleId, re(source ?? '', 'gu')]);

const REFUSE_BEFORE = re(`(?:${data.refusal.before})(?=[^,]{0,${data.refusal.reach}}$)`, 'gu');
const REFUSE_AFTER = re(`^(?:${data.refusal.after})`);
/** Closing words (关掉, 取消) close a card payment or an order; they never refuse a return (退款关单 is order-close). */
const CLOSING = re(data.refusal.closing);
/** A return predicted to fail inspection (寄回来也退不了, 退回来都审核不了) judges her goods (tone-prejudge); it refuses nothing yet. */
const PREDICTED = re(data.refusal.predicted);
/** A presale deposit kept (定金是不退的) is the platform's rule, not a refused return. */
const DEPOSIT = re(data.refusal.deposit);
/** A condition read off her photo (从图上看是穿过的) is a judgement, not the stated policy. */
const PHOTO = re(data.refusal.photo);
const INSPECTION = re(data.refusal.inspection, 'gu');
const KEEPS = re(data.refusal.keeps);
/**
 * Only an inspection named (试穿了一下, 拆了包装): the 7-day rule lets her look and try, so that is
 * no condition against the return, unless the goods are ones it bars once opened (贴身, 化妆品, 食品).
 */
function inspectionOnly(text: string): boolean {
  INSPECTION.lastIndex = 0;
  return INSPECTION.test(text) && !KEEPS.test(text.replace(INSPECTION, ''));
}
const ACTIONS = entries(data.refusal.actions);
/** A return refused for a condition the policy names (洗过, 拆封, 超过七天) is the policy, not a refusal. */
const RETURN_POLICY = re(data.refusal.policy);
const CHARGE = re(data.charge.words, 'gu');
const FREE = re(`(?:${data.charge.free})[^,]{0,3}$`);
/** "税点我们承担", "手续费由商家出": who pays, said right after the subject. */
const FREE_AFTER = re(`^[^,]{0,2}?(?:${data.charge.free})`);
const CLOSE = re(`(?:${data.orderClose.agent})[^,]{0,4}?(?:${data.orderClose.close})`, 'u');
const ORDER = re(data.orderClose.order);
const BUYER_ASKED = re(data.orderClose.buyerAsked);
const CONSENT = re(data.orderClose.consent);
const COMPLAINT = re(data.orderClose.complaint);
const HERSELF = re(data.orderClose.herself);
const COD_NONE = re(data.cod.none);
const COD_NOT_ENABLED = re(data.cod.notEnabled);
const COD_OFFERED = re(data.cod.offered);
const PAY_FIRST = re(data.cod.payFirst, 'gu');
const COD_WORD = /货到付款|到付/u;
const WITHHELD = re(data.privacy.withheld);
const REVIEW_OF_OTHERS = re(data.review.aboutOthers);
const OTHERS_CONTACT = re(data.offPlatform.othersContact);
const OUR_CONTACT_GIVEN = re(data.offPlatform.ours);
const INVOICE_TRAVEL = re(data.invoice.travelAsked);
const SENT_APART = re(data.invoice.sentApart);
const INVOICE_GRANTED = re(data.invoice.granted);
const NOT_INVOICE = re(data.invoice.notInvoice);
/** What a decline gives away anyway: a number, a masked number, a name or a place. */
const GIVEN_ANYWAY = /\d{3,}|[*x]{2,}|尾号|姓[\u4e00-\u9fa5]|住在|地址是|电话是/u;
const SUBJECTS = entries(data.charge.subjects);
const NOT_FREESHIP = re(data.charge.notFreeship);
/** A fee for cash on delivery (到付多收手续费) is no card fee. */
const NOT_CARD = re(data.charge.notCard);
const REGIONS = re(data.charge.regions, 'gu');
/** Her line says the item ships free (页面写的包邮, 我买的是包邮的): a region named is then no range. */
const BOUGHT_FREE = re(data.charge.boughtFree);
/** "不补10块发不了": a negated charge that conditions the dispatch still charges. */
const CONDITION = re(data.charge.condition);
const REVIEW = re(data.review.topic);
const REWARD_ALL = re(data.review.reward, 'gu');
const REVIEW_REFUSED = re(data.review.refused);
const NOT_REWARD = re(`(?:${data.review.notReward})[^,]{0,2}$`);
/** A sentence that opens on the review done (改了给您补10块) rewards the review the sentence before asked for. */
const REVIEW_DONE = re(data.review.done);
const EXCUSE = re(data.disparage.excuse);
const OTHER = re(data.disparage.other, 'gu');
const OURS = re(data.disparage.ours, 'gu');
const BAD = re(data.disparage.bad, 'gu');
const SENTENCE = /[.!?;\n。！？]+/u;
// Whole-reply pre-checks of the mechanisms (MECHANISMS below): each part needs one of these words.
const any = (sources: Array<string | undefined>): RegExp => re(sources.filter(Boolean).map((x) => `(?:${x})`).join('|'));
const MAY_REFUSE = any(Object.values(data.refusal.actions));
const MAY_CHARGE = any(Object.values(data.charge.subjects));
const CHARGE_ANY = re(data.charge.words);
const MAY_REVIEW = re(data.review.topic);
const MAY_DISPARAGE = re(data.disparage.other);
const MAY_CLOSE = re(data.orderClose.close);
const MAY_BAD = re(data.disparage.bad);
const MAY_PERSON = re(data.privacy.person);
const MAY_CONTACT = any([data.offPlatform.channel, data.offPlatform.direct]);
/** What returnRefusal needs: a reason, a dismissal or a fee word. */
const MAY_RETURN = any([data.refusal.reason, data.refusal.dismiss, data.refusal.fee]);
const REASON = re(data.refusal.reason);
const REASON_FREE = re(data.refusal.reasonFree);
const REASON_MUST = re(data.refusal.reasonMust);
const NEUTRAL_BAD = re(`^(?:${data.disparage.neutralBad})`);
const PRIVACY_NOT_ASKS = re(data.privacy.notAsks);
const OURS_ONE = re(data.disparage.ours);
const DISMISS = re(data.refusal.dismiss);
const AFTER_SALE = re(data.refusal.afterSale);
const RETURN_FEE = re(data.refusal.fee);
const BUYER_OTHER = re(data.disparage.buyerOther);
const PERSON = re(data.privacy.person, 'gu');
const DETAIL = re(data.privacy.detail);
const CHANNEL = re(data.offPlatform.channel, 'gu');
const CONTACT_ID = re(data.offPlatform.id);
const DIRECT = re(data.offPlatform.direct, 'gu');
const OUR_CONTACT = /我|售后|客服|店|公司|技术/u;
const THIRD_PERSON = /买家|顾客|收件人|收货人|(?<!其)他|她|先生|女士|那个/u;
const NEGATED_BEFORE = /(?:不|别|不能|不可以|没法|不要|不用|禁止|不允许)[^,]{0,4}$/u;
const POSTAGE_INVOICE = re(data.postage.invoice);
const NOT_OUTBOUND = re(data.postage.notOutbound);
const TO_BUYER = re(data.postage.toBuyer);
const BUYER_COURIER = re(data.postage.buyerCourier);
const PRIVACY_OTHER = re(data.privacy.other);
const PRIVACY_ASKS = re(data.privacy.asks);
const PRIVACY_GIVES = re(data.privacy.gives);
const PRIVACY_DECLINES = re(data.privacy.declines);
/** A reply this short may leave its subject to the buyer's question ("有 您出" after "分期有手续费吗"). */
const SHORT_REPLY = 20;
/** A condition or a question: "如果不能退的话", "是否不支持" refuse nothing. */
const HEDGE = /(如果|要是|万一|是否|能否|会不会|怕)[^,]{0,4}$/u;

export interface Composed {
  rule: RuleId;
  evidence: string;
}

const matches = (pattern: RegExp, text: string): RegExpExecArray[] => {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
};

/**
 * A condition the reply asserts she broke, when she said no such thing: "鞋子穿过了就不能退" to
 * "鞋子我不想要了 怎么退" (a use done, 穿过了/洗过了, or done by her, 你穿了, with no 的话/如果)
 * is no statement of the rule but a refusal on a guess.
 */
const PRESUMED_USE = /(?:穿|洗|用|戴|睡|试穿|下过水)过了|(?:你|您)(?:都|已经|肯定|明显)?(?:穿|洗|用|拆|剪|戴)(?:过|了)/u;
const HYPOTHETICAL = /的话|如果|要是|只要|一旦|假如|若是|万一/u;
const USE_SAID = /穿|洗|用|拆|剪|戴|睡|下水/u;
const presumedMet = (text: string, buyer: string): boolean => PRESUMED_USE.test(text) && !HYPOTHETICAL.test(text) && !USE_SAID.test(buyer);

/**
 * A return rule the reply states (穿过就不能退) is policy, unless she reports a fault, it is said of
 * her on a guess, read off her photo, or only an inspection is named: then it refuses her.
 */
const policyStated = (text: string, buyer: string, normalized = text): boolean =>
  RETURN_POLICY.test(text) && !reportsFault(buyer) && !PHOTO.test(normalized) && !presumedMet(text, buyer) && !inspectionOnly(`${normalized},${buyer}`);

/** The A-not-A question 能不能退: the 不 sits between two equal characters. */
const isAnotA = (text: string, at: number): boolean => at > 0 && text[at] === '不' && text[at - 1] === text[at + 1];

/** The refusal word refuses the return: not a closing word (退款关单), not a failed inspection foretold (寄回来也退不了). */
function refuses(rule: RuleId, word: string, head: string): boolean {
  return rule !== 'return-refuse' || !(CLOSING.test(word) || PREDICTED.test(head));
}

function refusal(c: Clause, buyer: string, normalized: string): Composed | null {
  for (const [rule, action] of ACTIONS) {
    // A return refused for a condition the reply or the buyer names (剪了不能退 after 吊牌剪了还能退吗).
    if (rule === 'return-refuse' && (policyStated(c.text, buyer, normalized) || conditionMet(buyer))) continue;
    for (const m of matches(action, c.text)) {
      const start = m.index;
      const end = start + m[0].length;
      // A bare 不 right before the action ("我们不退", "不退哦"); a reply of those two characters alone is read as curt.
      if (c.mask[start - 1] === '不' && c.text.trim().length > end - start + 1 && c.mask[start - 2] !== '不' && !isAnotA(c.text, start - 1) && !HEDGE.test(c.text.slice(0, start - 1))) {
        return { rule, evidence: c.text.slice(start - 1, end) };
      }
      // Before the action: the refusal word, read on the mask (neutral phrases such as 不用担心 blanked).
      const head = c.mask.slice(Math.max(0, start - data.refusal.reach - 4), start);
      const before = matches(REFUSE_BEFORE, head).pop();
      if (before) {
        const at = start - head.length + before.index;
        if (!isAnotA(c.text, at) && !HEDGE.test(c.text.slice(0, at)) && refuses(rule, before[0], c.text.slice(0, at))) return { rule, evidence: c.text.slice(at, end) };
      }
      const after = REFUSE_AFTER.exec(c.mask.slice(end));
      if (after && !HEDGE.test(c.text.slice(0, start)) && !isAnotA(c.text, end + after[0].length - after[1]!.length) && refuses(rule, after[1]!, c.text.slice(0, end + after[0].length - after[1]!.length))) {
        return { rule, evidence: c.text.slice(start, end + after[0].length) };
      }
    }
  }
  return null;
}

/** A region named puts the postage outside 包邮, unless her line says the item she bought ships free. */
const outsideFreeship = (text: string, buyer: string): boolean =>
  NOT_FREESHIP.test(text) && (!BOUGHT_FREE.test(buyer) || NOT_FREESHIP.test(text.replace(REGIONS, '')));

function charge(c: Clause, inContext: (rule: RuleId) => boolean, asked: string, buyer: string): Composed | null {
  for (const m of matches(CHARGE, c.text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (FREE.test(c.mask.slice(0, from)) && !CONDITION.test(c.text.slice(to))) continue;
    // The subject the charge is for, named apart from the charge words: card before invoice
    // before postage (an invoice's postage is invoice-fee).
    let best: { rule: RuleId; at: number; end: number } | null = null;
    for (const [rule, subject] of SUBJECTS) {
      if (!inContext(rule) || best) continue;
      if (rule === 'freeship-breach' && outsideFreeship(c.text, buyer)) continue;
      if (rule === 'card-fee' && NOT_CARD.test(c.text)) continue;
      for (const s of matches(subject, c.text)) {
        const sEnd = s.index + s[0].length;
        if (s.index < to && sEnd > from) continue;
        const distance = s.index >= to ? s.index - to : from - sEnd;
        if (distance > data.charge.reach) continue;
        const after = c.text.slice(sEnd);
        if (FREE_AFTER.test(after) && !CONDITION.test(after)) continue;
        best = { rule, at: s.index, end: sEnd };
        break;
      }
    }
    const hit = best;
    if (hit) return { rule: hit.rule, evidence: c.text.slice(Math.min(from, hit.at), Math.max(to, hit.end)) };
    // No subject in the reply: a short answer charges for what the buyer asked about.
    // A longer one charges the postage of an item her line says ships free ("补10块吧" after "显示包邮的").
    const subject = asked ? askedSubject(asked, inContext) : BOUGHT_FREE.test(buyer) && inContext('freeship-breach') && !outsideFreeship(c.text, buyer) ? 'freeship-breach' : null;
    if (subject) return { rule: subject, evidence: m[0] };
  }
  return null;
}

function askedSubject(asked: string, inContext: (rule: RuleId) => boolean): RuleId | null {
  for (const [rule, subject] of SUBJECTS) {
    if (!inContext(rule)) continue;
    if (rule === 'freeship-breach' && NOT_FREESHIP.test(asked)) continue;
    if (rule === 'card-fee' && NOT_CARD.test(asked)) continue;
    subject.lastIndex = 0;
    if (subject.test(asked)) return rule;
  }
  return null;
}

const BUYER_CONDITION = re(data.refusal.buyerCondition, 'gu');
const SHOP_ADDRESS = re(data.privacy.shopAddress);
const STATED_CONDITION = re(data.refusal.statedCondition);
/** The buyer names a return condition she has met (吊牌剪了, 拆封了, 超过7天), not one she has not (还没拆), and reports no fault. */
export function conditionMet(buyer: string): boolean {
  // A fault is returnable whatever she did with the goods ("才穿一下就开线了").
  if (!buyer || reportsFault(buyer)) return false;
  return matches(BUYER_CONDITION, buyer).some((m) => !/[没未不]|还没/u.test(buyer.slice(Math.max(0, m.index - 3), m.index)));
}

/** A question about how a return travels (退货能寄到付吗): refusing 到付 for it is no cod-refuse. */
const RETURN_TRAVEL = /(?:退货|退回|寄回|退换|换货)/u;

/** Flags the buyer's question (or a condition the reply states) makes policy: a return refused for the condition she names, 到付 refused for a return, the reply's own statement of the rule. */
export function exemptByQuestion(rule: RuleId, buyer: string, normalized = ''): boolean {
  // The reply's own statement of the rule (terms.ts): an invoice declined as other goods, a region outside 包邮.
  if (policyStatement(rule, normalized, buyer)) return true;
  if (rule === 'tone-prejudge') return defersJudgement(normalized);
  // The condition may also be stated in another clause of the reply ("影响二次销售,不支持七天无理由").
  // Not a condition read off her photos ("从图看是洗过的,不能退"): that is a judgement, not the policy.
  if (rule === 'return-refuse') {
    // A presale deposit kept (定金是不退的) when no return of the goods is in question.
    if (DEPOSIT.test(normalized) && !/退货|退款|退换|无理由/u.test(normalized)) return true;
    return conditionMet(buyer) || (STATED_CONDITION.test(normalized) && !PHOTO.test(normalized) && !reportsFault(buyer) && !inspectionOnly(`${normalized},${buyer}`));
  }
  // 到付 refused for a return; a shop she says has no COD (你们不是没有货到付款吗); an item the reply
  // says has it not enabled (没开通货到付款) while she does not say the page offers it.
  if (rule === 'cod-refuse') return RETURN_TRAVEL.test(buyer) || COD_NONE.test(buyer) || (COD_NOT_ENABLED.test(normalized) && !COD_OFFERED.test(buyer));
  // She asked for it (不要了, 你帮我取消吧), or the reply leaves the cancelling to her (您取消了重新拍).
  if (rule === 'order-close') return (CONSENT.test(buyer) && !COMPLAINT.test(buyer)) || HERSELF.test(normalized);
  // Reviews she asks about are others' (评价是真的吗, 有个买家评价说…): a yes rewards no review of hers.
  if (rule === 'review-induce' && REVIEW_OF_OTHERS.test(buyer) && !REWARD_ALL.test(normalized)) return true;
  // Another person's number she asks for (能把她电话给我吗) is privacy-leak, not a contact off the platform.
  if (rule === 'off-platform' && OTHERS_CONTACT.test(buyer) && !OUR_CONTACT_GIVEN.test(normalized)) return true;
  // A no to how the invoice travels (随货寄不了) with the invoice sent apart; an excuse then the promise to issue it.
  if (rule === 'invoice-refuse' && INVOICE_TRAVEL.test(buyer) && SENT_APART.test(normalized)) return true;
  if (rule === 'invoice-refuse' && INVOICE_GRANTED.test(normalized) && !NOT_INVOICE.test(normalized)) return true;
  // Another person's details withheld (不方便透露, 保护隐私), with nothing of them given anyway.
  if (rule === 'privacy-leak' && WITHHELD.test(normalized) && !GIVEN_ANYWAY.test(normalized)) return true;
  // The shop's own return address, asked for or given, is no one's private data.
  if (rule === 'privacy-leak') return SHOP_ADDRESS.test(buyer) || SHOP_ADDRESS.test(normalized);
  return false;
}

/**
 * Whose postage a charge for postage is: the invoice's (invoice-fee), a return's, a COD's or a
 * courier the buyer chose (policy: no flag), or the 包邮 goods' own (freeship-breach). Read on
 * the reply and the buyer's question: "邮费您出" after "能开发票吗" charges for the invoice.
 * `afterSales`: the chat is an after-sales case (detect-flags.ts says when), so the postage is a return's.
 */
export function postageOwner(normalized: string, evidence: string, buyer: string, afterSales = false): 'freeship-breach' | 'invoice-fee' | null {
  // "再补您5块运费": the evidence may end at the verb; its object follows.
  const at = normalized.indexOf(evidence);
  if (TO_BUYER.test(at < 0 ? evidence : normalized.slice(at, at + evidence.length + 3))) return null;
  if (POSTAGE_INVOICE.test(normalized) || POSTAGE_INVOICE.test(buyer)) return 'invoice-fee';
  // In an after-sales case (a fault she reports, a return the chat is about) the postage is a return's.
  if (afterSales || NOT_OUTBOUND.test(evidence) || NOT_OUTBOUND.test(buyer) || BUYER_COURIER.test(buyer)) return null;
  return 'freeship-breach';
}

/**
 * A return refused without the words of a refusal: a reason demanded (为什么要退? 说清楚原因才能…),
 * an after-sales request dismissed (寄回来也是白寄, 这个我们不认), a fee charged on a return.
 */
function returnRefusal(sentence: string, normalized: string, buyer: string): Composed | null {
  const returns = /退/u.test(normalized) || /退/u.test(buyer);
  const reason = returns ? REASON.exec(sentence) : null;
  // A reason the return waits on (才/不然/没法…), not one asked to choose the handling.
  if (reason && !REASON_FREE.test(sentence) && REASON_MUST.test(normalized)) return { rule: 'return-refuse', evidence: reason[0] };
  const fee = returns ? RETURN_FEE.exec(sentence) : null;
  if (fee && !FREE.test(sentence.slice(0, fee.index))) return { rule: 'return-refuse', evidence: fee[0] };
  if (!buyer || !AFTER_SALE.test(buyer) || policyStated(normalized, buyer) || conditionMet(buyer)) return null;
  const dismissed = DISMISS.exec(sentence);
  if (dismissed && !HEDGE.test(sentence.slice(0, dismissed.index))) return { rule: 'return-refuse', evidence: dismissed[0] };
  return null;
}

/** A contact outside the platform given (微信 jk-tech01, Q我 1234567890) or a payment taken past it (转账给我, 对公账户). */
function offPlatform(sentence: string): Composed | null {
  for (const m of matches(DIRECT, sentence)) {
    if (!NEGATED_BEFORE.test(sentence.slice(0, m.index))) return { rule: 'off-platform', evidence: m[0] };
  }
  for (const m of matches(CHANNEL, sentence)) {
    const id = CONTACT_ID.exec(sentence.slice(m.index + m[0].length));
    const before = sentence.slice(Math.max(0, m.index - 6), m.index);
    // A phone or an account is the shop's own only when it says so (售后电话, 我们公司账户); another
    // person's number told is privacy-leak, not a contact off the platform.
    if (/电话|手机|账户|账号/u.test(m[0]) && !OUR_CONTACT.test(before)) continue;
    if (THIRD_PERSON.test(before)) continue;
    if (id && !NEGATED_BEFORE.test(sentence.slice(0, m.index))) return { rule: 'off-platform', evidence: sentence.slice(m.index, m.index + m[0].length + id[0].length) };
  }
  return null;
}

/** Someone other than the buyer named with her details (刘先生那单…单号SF…, 有个叫李娜的顾客…电话). */
function personNamed(sentence: string): Composed | null {
  if (PRIVACY_DECLINES.test(sentence)) return null;
  for (const m of matches(PERSON, sentence)) {
    const detail = DETAIL.exec(sentence.slice(m.index, m.index + m[0].length + 20));
    if (detail) return { rule: 'privacy-leak', evidence: sentence.slice(m.index, m.index + m[0].length + detail.index + detail[0].length) };
  }
  return null;
}

/** She chose 货到付款 or the page offers it, and the reply makes her pay first or closes the order (这单得先付款哦). */
function codRefused(normalized: string, buyer: string): Composed | null {
  if (!buyer || !COD_WORD.test(buyer) || !COD_OFFERED.test(buyer) || COD_NONE.test(buyer) || RETURN_TRAVEL.test(buyer)) return null;
  for (const m of matches(PAY_FIRST, normalized)) {
    if (!/(?:不|没|别|不会|不用|无需)[^,]{0,2}$/u.test(normalized.slice(0, m.index)) && !HEDGE.test(normalized.slice(0, m.index))) return { rule: 'cod-refuse', evidence: m[0] };
  }
  return null;
}

/** The buyer asks about another person (朋友的地址, 那个买家是哪的) and the reply tells her. */
function privacy(normalized: string, buyer: string): Composed | null {
  if (!buyer || !PRIVACY_OTHER.test(buyer) || !PRIVACY_ASKS.test(buyer) || PRIVACY_NOT_ASKS.test(buyer) || PRIVACY_DECLINES.test(normalized)) return null;
  const given = PRIVACY_GIVES.exec(normalized);
  return given ? { rule: 'privacy-leak', evidence: given[0] } : null;
}

function review(c: Clause, previous: string): Composed | null {
  const topic = REVIEW.exec(c.text) ?? (REVIEW.test(previous) && !REVIEW_REFUSED.test(previous) ? REVIEW_DONE.exec(c.text) : null);
  if (!topic || REVIEW_REFUSED.test(c.text)) return null;
  // A price cut for the order ("给您便宜10块") is no reward for the review.
  const reward = matches(REWARD_ALL, c.text).find((r) => !NOT_REWARD.test(c.text.slice(0, r.index)));
  if (!reward) return null;
  const [a, b] = topic.index < reward.index ? [topic, reward] : [reward, topic];
  return { rule: 'review-induce', evidence: c.text.slice(a.index, b.index + b[0].length) };
}

function disparage(c: Clause, buyerOther: boolean): Composed | null {
  if (EXCUSE.test(c.text)) return null;
  const subjects = [
    ...matches(OTHER, c.text).map((m) => ({ at: m.index, end: m.index + m[0].length, other: true })),
    ...matches(OURS, c.text).map((m) => ({ at: m.index, end: m.index + m[0].length, other: false })),
  ].sort((x, y) => x.at - y.at);
  for (const bad of matches(BAD, c.text)) {
    if (/[不没][易会太怎]?$/u.test(c.mask.slice(0, bad.index))) continue;
    // About another shop: one named shortly before, and not our own shop right before the word.
    const before = subjects.filter((s) => s.end <= bad.index && bad.index - s.at <= data.disparage.reach);
    const subject = before.filter((s) => s.other).pop();
    const ours = before.filter((s) => !s.other).pop();
    // The other shop named by the buyer ("别家才卖59" → "59那种一看就是高仿"): the bad word needs no subject of its own.
    const aboutOurs = OURS_ONE.test(c.text.slice(0, bad.index)) || /这款|这个|这件/u.test(c.text.slice(0, bad.index));
    if (!subject && buyerOther && !ours && !aboutOurs && !NEUTRAL_BAD.test(bad[0])) return { rule: 'disparage', evidence: c.text.slice(Math.max(0, bad.index - 6), bad.index + bad[0].length) };
    if (!subject || (ours && bad.index - ours.end <= 4 && ours.at > subject.at)) continue;
    const from = Math.min(subject.at, bad.index);
    return { rule: 'disparage', evidence: c.text.slice(from, Math.max(subject.end, bad.index + bad[0].length)) };
  }
  return null;
}

/** The agent closes the order herself ("我们就直接关了", "我把整单取消"), unasked. */
function orderClose(c: Clause, buyer: string): Composed | null {
  const m = CLOSE.exec(c.text);
  // The order may be named by her line ("怎么把我订单关了" → "我们就直接关了").
  if (!m || !(ORDER.test(c.text) || /单/u.test(buyer)) || BUYER_ASKED.test(c.text) || /[?吗]/u.test(c.text)) return null;
  return { rule: 'order-close', evidence: m[0] };
}

/** What the mechanisms read: the reply, the buyer's line and the shop's rules. */
interface Reading {
  normalized: string;
  buyer: string;
  inContext: (rule: RuleId) => boolean;
  /** The buyer's question when the reply is short enough to leave its subject to her. */
  asked: string;
  /** She named another shop and the reply holds a bad word. */
  buyerOther: boolean;
  /** The sentence before the one read. */
  previous: string;
}

/**
 * One composed mechanism: `may` is its whole-reply pre-check (most replies name no action,
 * subject, review or other shop at all, and then its sentence loop is skipped); `read` looks at
 * one sentence (`c` the sentence as a clause, with its mask).
 */
interface Mechanism {
  may: (r: Reading) => boolean;
  read: (sentence: string, c: Clause, r: Reading) => Composed | null;
}

// In this order within each sentence: the first mechanism to find a rule gives its evidence.
const MECHANISMS: readonly Mechanism[] = [
  { may: (r) => MAY_REFUSE.test(r.normalized), read: (_, c, r) => refusal(c, r.buyer, r.normalized) },
  { may: (r) => MAY_RETURN.test(r.normalized), read: (s, _, r) => returnRefusal(s, r.normalized, r.buyer) },
  { may: (r) => MAY_CONTACT.test(r.normalized), read: (s) => offPlatform(s) },
  {
    may: (r) => MAY_PERSON.test(r.normalized) && !SHOP_ADDRESS.test(r.buyer) && !SHOP_ADDRESS.test(r.normalized),
    read: (s) => personNamed(s),
  },
  {
    // A short reply may charge for the subject of the buyer's question.
    may: (r) => MAY_CHARGE.test(r.normalized) || ((r.asked !== '' && MAY_CHARGE.test(r.asked)) || BOUGHT_FREE.test(r.buyer)) && CHARGE_ANY.test(r.normalized),
    read: (_, c, r) => charge(c, r.inContext, r.asked, r.buyer),
  },
  { may: (r) => MAY_REVIEW.test(r.normalized), read: (_, c, r) => review(c, r.previous) },
  { may: (r) => MAY_DISPARAGE.test(r.normalized) || r.buyerOther, read: (_, c, r) => disparage(c, r.buyerOther) },
  { may: (r) => MAY_CLOSE.test(r.normalized), read: (_, c, r) => orderClose(c, r.buyer) },
];

/**
 * The composed flags of a reply, one per rule. `inContext` says which rules apply to this shop
 * (freeship-breach only for a 包邮 item); `wanted` which are still to find (not flagged yet).
 */
export function composeFlags(normalized: string, inContext: (rule: RuleId) => boolean, wanted: (rule: RuleId) => boolean, buyer = ''): Composed[] {
  const out: Composed[] = [];
  const add = (found: Composed | null): void => {
    if (found && inContext(found.rule) && wanted(found.rule) && !out.some((f) => f.rule === found.rule)) out.push(found);
  };
  // Read on the whole reply and her question, before the sentences.
  add(privacy(normalized, buyer));
  add(codRefused(normalized, buyer));
  const reading: Reading = {
    normalized,
    buyer,
    inContext,
    asked: normalized.length <= SHORT_REPLY ? buyer : '',
    buyerOther: buyer !== '' && BUYER_OTHER.test(buyer) && MAY_BAD.test(normalized),
    previous: '',
  };
  const active = MECHANISMS.filter((m) => m.may(reading));
  if (active.length === 0) return out;
  for (const sentence of normalized.split(SENTENCE)) {
    if (!sentence) continue;
    const c = wholeClause(sentence);
    for (const m of active) add(m.read(sentence, c, reading));
    reading.previous = sentence;
  }
  return out;
}
