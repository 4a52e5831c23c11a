// Flags composed from the structure of what is said, so that one mechanism covers the wordings
// a trainee invents rather than the sentences someone listed:
//   - a refusal over an action: 不能/没法/不支持/开不了 … + 开发票/刷卡/货到付款/退 (either order:
//     "发票开不了", "到付的订单我们仓库不处理");
//   - a charge over something the buyer never pays for: 手续费/税点/差价/您出 … near 信用卡/发票/包邮;
//   - a reward tied to a review: 红包/返现/N元 … in the sentence of 好评/差评/晒图;
//   - a bad word tied to another shop: 那家/别家/同行 … 假货/回收/贴牌/很差.
// The parts are data (src/engine/lexicon/compose.json); they combine within one sentence.
// Split by concept: the shared parts (compose-parts.ts), the return conditions
// (return-conditions.ts), another shop (other-shop.ts), a review reward (review-reward.ts) and
// the exemptions read after every reader (flag-exemptions.ts).
import { negatedModifier, wholeClause, type Clause } from '@/engine/understand/clauses';
import type { RuleId } from '@/engine/vocabulary';
import { data, HEDGE, isAnotA, isOption, matches, re, type Composed } from '@/engine/understand/compose-parts';
import { conditionMet, inspectionOnly, policyStated } from '@/engine/understand/return-conditions';
import { reportsFault } from '@/engine/score/upset';
import { COD_OFFERED, RETURN_TRAVEL, SHOP_ADDRESS } from '@/engine/understand/flag-exemptions';
import { disparage, MAY_BAD, MAY_CONTRAST, MAY_DISPARAGE, otherInBuyer, winkedAt, type OtherInBuyer } from '@/engine/understand/other-shop';
import { MAY_REVIEW, review, reviewHeld, rewardAsked, rewardForHerReview, rewardProposed } from '@/engine/understand/review-reward';
import { invoiceTermsRefused } from '@/engine/understand/invoice-terms';
import { MAY_CONTACT, offPlatform } from '@/engine/understand/off-platform';
import { invoicePutOff } from '@/engine/understand/invoice-delay';
const entries = (record: Partial<Record<string, string>>): Array<[RuleId, RegExp]> =>
  Object.entries(record).map(([rule, source]) => [rule as RuleId, re(source ?? '', 'gu')]);

const REFUSE_BEFORE = re(`(?:${data.refusal.before})(?=[^,]{0,${data.refusal.reach}}$)`, 'gu');
const REFUSE_AFTER = re(`^(?:${data.refusal.after})`);
/** "票的话我们这边没有", "发票没办法": the clause closes on a having or a way negated, nothing after it (not 没有额外费用). */
const ENDS_NONE = re(data.refusal.endsNone);
/** Closing words (关掉, 取消) close a card payment or an order; they never refuse a return (退款关单 is order-close). */
const CLOSING = re(data.refusal.closing);
/** The kind of refund named (仅退款不退货: she keeps the goods): its 不退货 refuses nothing. */
const REFUND_KIND = re(data.refusal.refundKind, 'gu');
/** A return predicted to fail inspection (寄回来也退不了, 退回来都审核不了) judges her goods (tone-prejudge); it refuses nothing yet. */
const PREDICTED = re(data.refusal.predicted);
const ACTIONS = entries(data.refusal.actions);
/** A charge, or a fee put on the courier (快递那边收的, 派送费给快递员): that one only when her line says the item ships free. */
const CHARGE = re(`${data.charge.words}|${data.charge.courier}`, 'gu');
const COURIER_CHARGE = re(`^(?:${data.charge.courier})$`);
const FREE = re(`(?:${data.charge.free})[^,]{0,3}$`);
/** "税点我们承担", "手续费由商家出": who pays, said right after the subject. */
const FREE_AFTER = re(`^[^,]{0,2}?(?:${data.charge.free})`);
/** A modal no that governs the whole clause up to the charge (不会以任何理由让您补运费), or the charge waived after it (补运费的链接您不用拍). */
const FREE_FAR = re(data.charge.freeFar);
const WAIVED = re(data.charge.waived);
const CLOSE = re(`(?:${data.orderClose.agent})[^,]{0,4}?(?:${data.orderClose.close})`, 'u');
const ORDER = re(data.orderClose.order);
const BUYER_ASKED = re(data.orderClose.buyerAsked);
const COD_NONE = re(data.cod.none);
const PAY_FIRST = re(data.cod.payFirst, 'gu');
const COD_WORD = /货到付款|到付/u;
const SUBJECTS = entries(data.charge.subjects);
const NOT_FREESHIP = re(data.charge.notFreeship);
/** A fee for cash on delivery (到付多收手续费) is no card fee. */
const NOT_CARD = re(data.charge.notCard);
const REGIONS = re(data.charge.regions, 'gu');
const COURIERS = re(data.charge.couriers, 'gu');
/** Her line says the item ships free (页面写的包邮, 我买的是包邮的): a region named is then no range. */
const BOUGHT_FREE = re(data.charge.boughtFree);
/** "不补10块发不了": a negated charge that conditions the dispatch still charges. */
const CONDITION = re(data.charge.condition);
const SENTENCE = /[.!?;\n。！？]+/u;
// Whole-reply pre-checks of the mechanisms (MECHANISMS below): each part needs one of these words.
const any = (sources: Array<string | undefined>): RegExp => re(sources.filter(Boolean).map((x) => `(?:${x})`).join('|'));
const MAY_REFUSE = any(Object.values(data.refusal.actions));
const MAY_CHARGE = any(Object.values(data.charge.subjects));
const CHARGE_ANY = re(`${data.charge.words}|${data.charge.courier}`);
const MAY_CLOSE = re(data.orderClose.close);
const MAY_PERSON = re(data.privacy.person);
/** What returnRefusal needs: a reason, a dismissal or a fee word. */
const MAY_RETURN = any([data.refusal.reason, data.refusal.dismiss, data.refusal.fee, data.refusal.loss, data.refusal.dismissAlone, data.refusal.qualityOnly, data.refusal.inspectionAsResale, data.refusal.declined, data.refusal.retort, data.refusal.onlyExchange, data.refusal.notAccepted]);
/** Her return's approval refused (我们这边不同意, 所以拒绝了, 已经驳回了): not one foretold (会被驳回: tone-prejudge). */
const DECLINED = re(data.refusal.declined);
/** The return thrown back at her (你都拆了还退什么, 退什么退): a refusal with no word of one. */
const RETORT = re(data.refusal.retort);
/** An exchange put in place of the return she asks for (只能换货哦 after 我想退货): the return refused. */
const ONLY_EXCHANGE = re(data.refusal.onlyExchange);
/** The goods she would send back not to be taken (仓库肯定不收的, 压坏了我们就收不了了, 达不到退货标准). */
const NOT_ACCEPTED = re(data.refusal.notAccepted);
/** The goods' return foretold to fail (退回来仓库不会收的: tone-prejudge), not the shop's no. */
const SENT_BACK = /(?:寄|退)回(?:来|去)/u;
/** Her question whether something must be sent back (赠品要寄回吗, 配件用不用退回). */
const SEND_BACK_ASKED = /(?:要|需要|得|用)(?:不要|不用)?[^,.!?]{0,4}(?:寄回|退回|寄过去)(?:来|去)?(?:吗|么|不)|(?:要不要|用不用|需不需要)[^,.!?]{0,4}(?:寄回|退回)/u;
/** The retort's own ground a use (都穿过了还想退, 都用成那样了): the rule's condition, its rudeness the tone flags' business. */
const RETORT_USE = /(?:穿|用|睡|戴|洗|涂|吃|喝|玩|泡)(?:过|了|成)|下过水/u;
/** The approval foretold, not given: 会被驳回, 估计不会同意, 大概率拒了. */
const FORETOLD = /(?:会被|会|被|估计|可能|大概率|八成|应该|多半|一般|怕)[^,.!?]{0,3}$/u;
const REASON = re(data.refusal.reason);
const REASON_FREE = re(data.refusal.reasonFree);
const REASON_MUST = re(data.refusal.reasonMust);
/** Her line gives a no-reason motive for the return (不想要了, 不喜欢, 不合适). */
const NO_REASON = re(data.refusal.noReason);
const LIKED_NOT = re(data.refusal.likedNot);
const INSPECTION_AS_RESALE = re(data.refusal.inspectionAsResale);
const QUALITY_ONLY = re(data.refusal.qualityOnly);
const PRIVACY_NOT_ASKS = re(data.privacy.notAsks);
const DISMISS = re(data.refusal.dismiss);
/** What the reply spares her (不会…让您白寄一趟, 免得您白寄, 以免白跑): no dismissal. */
const SPARED = /(?:不会|不能|不让|免得|以免|避免|省得|不想|别让)[^.!?]{0,20}$/u;
const AFTER_SALE = re(data.refusal.afterSale);
const RETURN_FEE = re(data.refusal.fee);
/** The shop's loss given as the answer to a return (退了我们要亏, 还做不做生意了): a refusal by excuse. */
const LOSS = re(data.refusal.loss);
const NOT_LOSS = re(data.refusal.notLoss);
const RETURN_GRANTED = re(data.refusal.returnGranted);
/** A return talked out of with no request of hers needed (您就别退了, 就别折腾了) when the reply names the return. */
const DISMISS_ALONE = re(data.refusal.dismissAlone);
/** A remedy granted (补发一瓶新的, 直接给您退款): then 留着用, 不用寄回 keep her from no return. */
const REMEDY = re(data.refusal.remedy);
const PERSON = re(data.privacy.person, 'gu');
const DETAIL = re(data.privacy.detail);
const PRIVACY_OTHER = re(data.privacy.other);
const PRIVACY_ASKS = re(data.privacy.asks);
const PRIVACY_GIVES = re(data.privacy.gives);
const PRIVACY_DECLINES = re(data.privacy.declines);
/** A short yes (是的, 对的) to her proposal of another person's detail (地址是不是写的万科城?) confirms it. */
const PRIVACY_CONFIRMS = re(data.privacy.confirms);
const PRIVACY_PROPOSES = re(data.privacy.proposes);
/** Another buyer's data named as shown or told (前面那个买家的收货截图, 上一个买家的订单). */
const OTHERS_DATA = re(data.privacy.othersData);
/** Her line finds an order by a person's name or number (叫李静,手机尾号3321; 王丽 手机尾号3321), not by her own account. */
const PRIVACY_IDENTIFIES = re(data.privacy.identifies);
/** A place told (寄到…, 成都武侯区…, 地址是…): the order's address given to whoever named it. */
const PLACE_GIVEN = re(data.privacy.placeGiven);
/** A reply this short may leave its subject to the buyer's question ("有 您出" after "分期有手续费吗"). */
const SHORT_REPLY = 20;
/** The charge she asks about put on someone else (快递公司的价格,不是我们收; 银行收的; 我们承担不了): it stands. */
const THIRD_PARTY = re(data.charge.thirdParty);
const CHARGE_ASKED = re(data.charge.chargeAsked);
/** The tax given as the reason for the invoice's charge she asks about (开票要交税的, 有税点的, 价格是不含税的). */
const TAX_REASON = re(data.invoice.taxReason);
const TAX_FREED = re(data.invoice.taxFreed);
const INVOICE_CHARGE_ASKED = re(data.invoice.chargeAsked);
const INVOICE_ASKED = re(data.invoice.asked);

/**
 * Her line asks whether the invoice costs her (开票还要加钱? 开发票另外收钱吗) and the reply gives the tax as
 * the reason (开票我们要交税的, 这是公司规定,开票有税点的, 因为价格是不含税的, 税又不是我们交的): the charge is
 * confirmed (invoice-fee), unless the reply frees it (不收税点, 税点我们承担, 是含税价).
 */
function taxCharged(normalized: string, buyer: string): Composed | null {
  if (!buyer || !INVOICE_ASKED.test(buyer) || !INVOICE_CHARGE_ASKED.test(buyer)) return null;
  const m = TAX_REASON.exec(normalized);
  return m && !TAX_FREED.test(normalized) ? { rule: 'invoice-fee', evidence: m[0] } : null;
}
const REGION_EXCLUDED = re(data.charge.excluded);
const EXCLUSION_GRANTED = re(data.charge.excludedGranted);
const SHOWN_FREE = re(data.policy.shownFree);

/**
 * Her line says the listing showed 包邮 for her (页面上写的全国包邮) and names no exception, and the reply
 * puts her region outside it (那是不包偏远的, 全国包邮不包括新疆): the promise she bought is broken.
 */
function regionExcluded(normalized: string, buyer: string): Composed | null {
  if (!buyer || !SHOWN_FREE.test(buyer) || /除|不含|不包/u.test(buyer)) return null;
  const m = REGION_EXCLUDED.exec(normalized);
  return m && !EXCLUSION_GRANTED.test(normalized) ? { rule: 'freeship-breach', evidence: m[0] } : null;
}

const RECEIPT_INSTEAD = re(data.invoice.receiptInstead);
const REIMBURSED = re(data.invoice.reimbursed);
const INVOICE_ISSUED = re(data.invoice.issued);

/** A receipt offered for the invoice she asks or needs for her books (可以开收据 after 能开票吗; 要不先给您开个收据 after 这个月就得报销): the invoice refused. */
function receiptInstead(normalized: string, buyer: string): Composed | null {
  if (!buyer || !(INVOICE_ASKED.test(buyer) || REIMBURSED.test(buyer))) return null;
  const m = RECEIPT_INSTEAD.exec(normalized);
  return m && !INVOICE_ISSUED.test(normalized) ? { rule: 'invoice-refuse', evidence: m[0] } : null;
}
/** How long a reply that puts her charge on someone else may be and still answer her question of it. */
const ELSEWHERE_REPLY = 30;
/** A grant opening a new phrase between a refusal word and the action (没有开通哦 可以用花呗): the action is granted, the refusal was of something else (not 不再支持无理由退货). */
const GRANTED_BETWEEN = /[哦呢哈啊呀的了~ ]\s*(?:可以|能|支持|都行|欢迎)/u;
/** The refusal word's own object between it and the action (不收手续费 货到付款也是支持的, 不要钱哒 就是开票…): it refuses that charge, not the action. */
const OWN_OBJECT = /^[^,.!?]{0,2}?(?:手续费|费用|运费|邮费|税点|利息|服务费|差价|押金|定金|钱)/u;

/** The refusal word refuses the return: not a closing word (退款关单), not a failed inspection foretold (寄回来也退不了). */
function refuses(rule: RuleId, word: string, head: string): boolean {
  return rule !== 'return-refuse' || !(CLOSING.test(word) || PREDICTED.test(head));
}

/** The negation at `at` is the shop's own no: not an A-not-A question, not an option left to her, not hedged before it. */
const saidByShop = (text: string, at: number): boolean => !isAnotA(text, at) && !isOption(text, at) && !HEDGE.test(text.slice(0, at));

function refusal(c: Clause, buyer: string, normalized: string): Composed | null {
  for (const [rule, action] of ACTIONS) {
    // A return refused for a condition the reply or the buyer names (剪了不能退 after 吊牌剪了还能退吗).
    if (rule === 'return-refuse' && (policyStated(c.text, buyer, normalized) || conditionMet(buyer))) continue;
    const kinds = rule === 'return-refuse' ? matches(REFUND_KIND, c.text) : [];
    for (const m of matches(action, c.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kinds.some((k) => k.index <= start && end <= k.index + k[0].length)) continue;
      // A bare 不 right before the action ("我们不退", "不退哦"); a reply of those two characters alone is read as curt.
      if (c.mask[start - 1] === '不' && c.text.trim().length > end - start + 1 && c.mask[start - 2] !== '不' && saidByShop(c.text, start - 1)) {
        return { rule, evidence: c.text.slice(start - 1, end) };
      }
      // Before the action: the refusal word, read on the mask (neutral phrases such as 不用担心 blanked).
      const head = c.mask.slice(Math.max(0, start - data.refusal.reach - 4), start);
      const before = matches(REFUSE_BEFORE, head).pop();
      if (before) {
        const at = start - head.length + before.index;
        // "货到付款我们没有开通哦 可以用花呗": a grant between the refusal and the action is the action's own predicate.
        const between = c.text.slice(at + before[0].length, start);
        if (saidByShop(c.text, at) && refuses(rule, before[0], c.text.slice(0, at)) && !negatedModifier(c.text.slice(at + 1, start)) && !GRANTED_BETWEEN.test(between) && !OWN_OBJECT.test(between)) return { rule, evidence: c.text.slice(at, end) };
      }
      // An invoice or a card the shop says it has none of; a return's "没有" is not said of the return itself.
      if (rule !== 'return-refuse' && ENDS_NONE.test(c.mask.slice(end)) && !HEDGE.test(c.text.slice(0, start))) return { rule, evidence: c.text.slice(start) };
      const after = REFUSE_AFTER.exec(c.mask.slice(end));
      if (after && !HEDGE.test(c.text.slice(0, start)) && !isAnotA(c.text, end + after[0].length - after[1]!.length) && refuses(rule, after[1]!, c.text.slice(0, end + after[0].length - after[1]!.length))) {
        return { rule, evidence: c.text.slice(start, end + after[0].length) };
      }
    }
  }
  return null;
}

/**
 * A region or a courier named puts the postage outside 包邮, unless her line says otherwise: a region
 * when she says the item she bought ships free (页面写包邮 → 甘肃补10), a courier's difference when
 * her line names 包邮 at all (包邮的能发顺丰吗 → 补8块差价: changing the courier and charging the
 * difference breaks the promise).
 */
function outsideFreeship(text: string, buyer: string): boolean {
  if (!NOT_FREESHIP.test(text)) return false;
  let rest = text;
  if (BOUGHT_FREE.test(buyer)) rest = rest.replace(REGIONS, '');
  if (/包邮/u.test(buyer)) rest = rest.replace(COURIERS, '');
  return NOT_FREESHIP.test(rest);
}

function charge(c: Clause, inContext: (rule: RuleId) => boolean, asked: string, buyer: string): Composed | null {
  for (const m of matches(CHARGE, c.text)) {
    if (COURIER_CHARGE.test(m[0]) && !BOUGHT_FREE.test(buyer)) continue;
    const from = m.index;
    const to = from + m[0].length;
    const before = c.mask.slice(0, from);
    if ((FREE.test(before) || FREE_FAR.test(before) || WAIVED.test(c.text.slice(to))) && !CONDITION.test(c.text.slice(to))) continue;
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
    const subject = (asked ? askedSubject(asked, inContext) : null) ?? (BOUGHT_FREE.test(buyer) && inContext('freeship-breach') && !outsideFreeship(c.text, buyer) ? 'freeship-breach' : null);
    if (subject) return { rule: subject, evidence: m[0] };
  }
  return null;
}

/**
 * Her line asks about a charge (包邮还要加钱? 还要手续费?) and a short reply puts it on a third party (快递公司的价格,
 * 不是我们收; 平台收的; 银行收的…我们承担不了): the charge stands, for what she asked about. Not where the reply
 * says the shop bears it or she pays nothing (FREE before it).
 */
function chargedElsewhere(normalized: string, buyer: string, inContext: (rule: RuleId) => boolean): Composed | null {
  if (!buyer || normalized.length > ELSEWHERE_REPLY || !CHARGE_ASKED.test(buyer)) return null;
  const m = THIRD_PARTY.exec(normalized);
  if (!m || /不用|不收|免费|没有|无需|包邮的/u.test(normalized)) return null;
  const rule = askedSubject(buyer, inContext);
  return rule ? { rule, evidence: m[0] } : null;
}

function askedSubject(asked: string, inContext: (rule: RuleId) => boolean): RuleId | null {
  for (const [rule, subject] of SUBJECTS) {
    if (!inContext(rule)) continue;
    if (rule === 'freeship-breach' && outsideFreeship(asked, asked)) continue;
    if (rule === 'card-fee' && NOT_CARD.test(asked)) continue;
    subject.lastIndex = 0;
    if (subject.test(asked)) return rule;
  }
  return null;
}


/**
 * A return refused without the words of a refusal: a reason demanded (为什么要退? 说清楚原因才能…),
 * an after-sales request dismissed (寄回来也是白寄, 这个我们不认; 您就别退了 needs no request of hers),
 * the shop's loss given as the answer (退了我们要亏), a fee charged on a return. A remedy granted
 * (补发一瓶新的, 不用寄回) dismisses nothing.
 */
function returnRefusal(sentence: string, normalized: string, buyer: string): Composed | null {
  // Her no-reason motive (不想要了, 不喜欢) asks for the 7-day return as 退 does.
  const noReason = NO_REASON.test(buyer);
  const returns = /退/u.test(normalized) || /退/u.test(buyer) || noReason;
  const reason = returns ? REASON.exec(sentence) : null;
  // A reason the return waits on (才/不然/没法…), not one asked to choose the handling; after her
  // no-reason motive any reason demanded is one the 7-day return does not ask (为什么要退? 不想要不是理由),
  // unless the reply grants it or only asks politely (方便说下原因吗, 请问您为什么要退呢).
  if (reason && !REASON_FREE.test(sentence) && (REASON_MUST.test(normalized) || (noReason && !RETURN_GRANTED.test(normalized) && !/方便|请问/u.test(sentence)))) return { rule: 'return-refuse', evidence: reason[0] };
  const fee = returns ? RETURN_FEE.exec(sentence) : null;
  // Read on the mask: 不过 (能退是能退,不过要扣20%的折旧费) frees nothing.
  if (fee && !FREE.test(wholeClause(sentence).mask.slice(0, fee.index))) return { rule: 'return-refuse', evidence: fee[0] };
  // An opening or a try-on said to bar resale (拆封了影响二次销售, 拆开就影响二次销售,不行) where the goods are
  // none the 7-day rule bars once opened: the inspection the rule allows made the condition.
  const resale = INSPECTION_AS_RESALE.exec(sentence);
  if (resale && inspectionOnly(`${normalized},${buyer}`)) return { rule: 'return-refuse', evidence: resale[0] };
  if (policyStated(normalized, buyer) || conditionMet(buyer) || REMEDY.test(normalized)) return null;
  // Her request's approval refused, the return or her request named in the reply or her line (申请, 退, 介入).
  const declined = /退|换|申请|介入/u.test(normalized) || /退|换|申请|介入/u.test(buyer) ? DECLINED.exec(sentence) : null;
  if (declined && !FORETOLD.test(sentence.slice(0, declined.index)) && !HEDGE.test(sentence.slice(0, declined.index))) return { rule: 'return-refuse', evidence: declined[0] };
  // The return thrown back at her: a condition the rule names (穿过了还想退) is the policy, read above.
  const only = /退/u.test(buyer) && !/换/u.test(buyer) && !RETURN_GRANTED.test(normalized.replace(ONLY_EXCHANGE, '')) ? ONLY_EXCHANGE.exec(sentence) : null;
  if (only && !HEDGE.test(sentence.slice(0, only.index))) return { rule: 'return-refuse', evidence: only[0] };
  // The goods she would send back said not to be taken, the return named in the reply or her line.
  const refusedGoods = /退|寄回/u.test(normalized) || /退|寄回/u.test(buyer) ? NOT_ACCEPTED.exec(sentence) : null;
  const goodsHead = refusedGoods ? sentence.slice(0, refusedGoods.index) : '';
  if (refusedGoods && !HEDGE.test(goodsHead) && !FORETOLD.test(goodsHead) && !FORETOLD.test(refusedGoods[0].replace(/不.*$/u, '')) && !SENT_BACK.test(goodsHead)) return { rule: 'return-refuse', evidence: refusedGoods[0] };
  const retort = RETORT.exec(sentence);
  if (retort && !RETORT_USE.test(sentence)) return { rule: 'return-refuse', evidence: retort[0] };
  // A no-reason return held to a quality problem (不喜欢不算质量问题; 不好看 → 不算质量问题): the 7-day
  // return asks for none. After a fault she reports, the same words are a verdict (tone-prejudge), not this.
  const qualityOnly = QUALITY_ONLY.exec(sentence);
  if (qualityOnly && (LIKED_NOT.test(sentence) || (LIKED_NOT.test(buyer) && !reportsFault(buyer))) && !RETURN_GRANTED.test(normalized)) return { rule: 'return-refuse', evidence: qualityOnly[0] };
  // The shop's loss answers the return: in its sentence, after her request for one, or after a return the reply names and does not grant.
  const loss = LOSS.exec(sentence);
  if (loss && !NOT_LOSS.test(normalized) && (/退/u.test(sentence) || /退/u.test(buyer) || (/退/u.test(normalized) && !RETURN_GRANTED.test(normalized)))) return { rule: 'return-refuse', evidence: loss[0] };
  const alone = /退|寄回/u.test(normalized) ? DISMISS_ALONE.exec(sentence) : null;
  if (alone && !HEDGE.test(sentence.slice(0, alone.index))) return { rule: 'return-refuse', evidence: alone[0] };
  // Her question whether a part must go back (赠品要寄回吗): 您留着用就好 answers it, no return dismissed.
  if (!buyer || !AFTER_SALE.test(buyer) || SEND_BACK_ASKED.test(buyer)) return null;
  const dismissed = DISMISS.exec(sentence);
  // A dismissal the reply spares her (不会…让您白寄一趟, 免得您白寄) dismisses nothing.
  if (dismissed && !HEDGE.test(sentence.slice(0, dismissed.index)) && !SPARED.test(sentence.slice(0, dismissed.index))) return { rule: 'return-refuse', evidence: dismissed[0] };
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

/**
 * The buyer asks about another person (朋友的地址, 那个买家是哪的) and the reply tells her, or confirms the
 * detail she proposes (是的 after 地址是不是写的万科城?); another buyer's data shown whatever she asked.
 */
function privacy(normalized: string, buyer: string): Composed | null {
  if (PRIVACY_DECLINES.test(normalized)) return null;
  const others = OTHERS_DATA.exec(normalized);
  if (others) return { rule: 'privacy-leak', evidence: others[0] };
  // An order she finds by a name or a phone number rather than from her own account (rules.md: confirm
  // no address to an account that did not place the order): the place told is that person's.
  // A place she gave herself (收件人叫王芳,改到朝阳区 → 已改到朝阳区) tells her nothing.
  const place = buyer && PRIVACY_IDENTIFIES.test(buyer) ? PLACE_GIVEN.exec(normalized) : null;
  if (place && !buyer.includes(place[0])) return { rule: 'privacy-leak', evidence: place[0] };
  if (!buyer || !PRIVACY_OTHER.test(buyer) || !PRIVACY_ASKS.test(buyer) || PRIVACY_NOT_ASKS.test(buyer)) return null;
  const given = PRIVACY_GIVES.exec(normalized) ?? (PRIVACY_PROPOSES.test(buyer) ? PRIVACY_CONFIRMS.exec(normalized) : null);
  return given ? { rule: 'privacy-leak', evidence: given[0] } : null;
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
  buyerOther: OtherInBuyer;
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
  { may: (r) => MAY_CONTACT.test(r.normalized), read: (s, _, r) => offPlatform(s, r.normalized) },
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
  { may: (r) => MAY_DISPARAGE.test(r.normalized) || r.buyerOther.named || r.buyerOther.names.length > 0 || (MAY_CONTRAST.test(r.normalized) && MAY_BAD.test(r.normalized)), read: (_, c, r) => disparage(c, r.buyerOther) },
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
  add(rewardForHerReview(normalized, buyer));
  add(rewardAsked(normalized, buyer));
  add(rewardProposed(normalized, buyer));
  add(invoicePutOff(normalized, buyer));
  add(chargedElsewhere(normalized, buyer, inContext));
  add(taxCharged(normalized, buyer));
  add(receiptInstead(normalized, buyer));
  add(invoiceTermsRefused(normalized, buyer));
  add(reviewHeld(normalized));
  add(winkedAt(normalized, buyer));
  add(regionExcluded(normalized, buyer));
  const reading: Reading = {
    normalized,
    buyer,
    inContext,
    asked: normalized.length <= SHORT_REPLY ? buyer : '',
    buyerOther: otherInBuyer(buyer, normalized),
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
