// Flags the buyer's question or the reply's own statement of the rule makes policy, read after
// every reader has spoken (the phrase rules, the composed mechanisms and the learned backstop all
// pass through here): a return refused for the condition she names, 到付 refused for a return, an
// order she asked to cancel, another person's details withheld; and whose postage a charge is.
import { data, re } from '@/engine/understand/compose-parts';
import { conditionMet, conditionStated, inspectionForetold } from '@/engine/understand/return-conditions';
import { policyStatement } from '@/engine/understand/terms';
import { defersJudgement } from '@/engine/understand/tone-compose';
import { putsOff } from '@/engine/understand/invoice-delay';
import { closeOffered } from '@/engine/understand/close-offered';
import type { RuleId } from '@/engine/vocabulary';
import { sentenceAt } from '@/engine/understand/clauses';

const DEPOSIT = re(data.refusal.deposit);
const CONSENT = re(data.orderClose.consent);
const COMPLAINT = re(data.orderClose.complaint);
const HERSELF = re(data.orderClose.herself);
const COD_NONE = re(data.cod.none);
const COD_NOT_ENABLED = re(data.cod.notEnabled);
export const COD_OFFERED = re(data.cod.offered);
const WITHHELD = re(data.privacy.withheld);
const BUYER_IDENTIFIES = re(data.privacy.identifies);
const BUYER_OTHER = re(data.privacy.other);
/** Her own order's data put back to her (您的收货地址是杭州的对吧, 你的电话是…): the ordering account's own. */
const OWN_DATA = /(?:您|你)(?:订单上)?的(?:收货|收件)?(?:地址|电话|手机号?)/u;
/** Someone else in the reply or an account she says is not the ordering one: then it may be another's data. */
const THIRD_PERSON = /她|(?<!其)他|别的|其他|另一|那个|那位|上一?个|买家|顾客|客户|客人|朋友|家人|同事/u;
const OTHER_ACCOUNT = /(?:换|别|另|小)(?:了)?(?:一)?(?:个)?(?:号|账号)|不是(?:这个|我的|我)(?:号|账号)|(?:老公|老婆|朋友|家人|同事)的(?:号|账号)/u;
const REVIEW_OF_OTHERS = re(data.review.aboutOthers);
const REWARD = re(data.review.reward);
const THANKS_FOR_REVIEW = /(?:感谢|谢谢|多谢)(?:您|你|亲)?(?:的)?(?:好评|五星)/u;
const OTHERS_CONTACT = re(data.offPlatform.othersContact);
const OUR_CONTACT_GIVEN = re(data.offPlatform.ours);
const ON_PLATFORM_CHAT = re(data.offPlatform.onPlatformChat);
const OFF_WORDS = re(data.offPlatform.offWords);
const INVOICE_TRAVEL = re(data.invoice.travelAsked);
const SENT_APART = re(data.invoice.sentApart);
const INVOICE_GRANTED = re(data.invoice.granted);
const NOT_INVOICE = re(data.invoice.notInvoice);
export const SHOP_ADDRESS = re(data.privacy.shopAddress);
/** What a decline gives away anyway: a number, a masked number, a name or a place. */
const GIVEN_ANYWAY = /\d{3,}|[*x]{2,}|尾号|姓[\u4e00-\u9fa5]|住在|地址是|电话是/u;
const POSTAGE_INVOICE = re(data.postage.invoice);
const NOT_OUTBOUND = re(data.postage.notOutbound);
const TO_BUYER = re(data.postage.toBuyer);
const BUYER_COURIER = re(data.postage.buyerCourier);
/** Her line asks what the postage costs or for a cut of it (运费多少, 邮费能减吗): she pays postage, no 包邮 was promised. */
const POSTAGE_PRICED = re(data.postage.pricedAsked);
/** The goods going back (退货, 寄回, 换码; not 退款, not a courier changed: 换顺丰): a return's or an exchange's postage. */
const GOODS_BACK = re(data.postage.goodsBack);
/** The charge waived right after it (那笔补运费的链接您不用拍). */
const WAIVED = re(data.charge.waived);
/** The goods sent again, not paid again (不补发不了 is 补 = pay, 发 = ship: no re-send). */
const RESEND = /(?<!不)补发(?!不了)|重发|重新(?:给您|帮您)?发|再(?:给您|帮您)?发一(?:件|个|双|套|份|次)/u;
/** A question about how a return travels (退货能寄到付吗): refusing 到付 for it is no cod-refuse. */
export const RETURN_TRAVEL = /(?:退货|退回|寄回|退换|换货)/u;

/**
 * The invoice declined only as other goods or another name than the ones bought (不能开成其他商品名称,
 * 不可以写别的品名, 不能开成办公用品): rules.md makes that invoice the violation, declining it the rule.
 */
const OTHER_NAME_DECLINED = /(?:不能|不可以|不可|没法|无法|不会|不|不好)(?:给您|帮您|给你|帮你)?(?:开成|写成|改成|换成|开|写)(?:其他|其它|别的|另外的)(?:商品|产品|东西)?的?(?:名称|名字|品名|类目|商品|产品|东西)|(?:不能|不可以|没法|无法|不)(?:开成|写成|改成)(?:办公用品|办公耗材|耗材|劳保用品|日用品)/u;
/** An invoice itself refused beside that (开不了发票, 不开票, 没有发票). */
const INVOICE_ITSELF_REFUSED = /开不了|开不出|(?:不能|不可以|不|没法|无法)(?:给您|帮您)?开(?:发票|票|了|的|哦|呢|$)|没有发票|不提供发票|不开票/u;

/** A closing or a refusal owned as the shop's mistake and undone (不该取消, 是我说错了 … 重新补一单, 今天给您发出). */
const WRONG_UNDONE = /(?:不该|不应该|操作失误|误操作|搞错了|说错了|弄错了)[^.!?]{0,30}(?:重新|补一单|恢复|给您发|照常发|马上发|今天发|发出)/u;

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
    // A verdict on her photos that only foretells the inspection is tone-prejudge's (labelling.md).
    return conditionMet(buyer) || conditionStated(normalized, buyer) || inspectionForetold(normalized, buyer);
  }
  // 到付 refused for a return; a shop she says has no COD (你们不是没有货到付款吗); an item the reply
  // says has it not enabled (没开通货到付款) while she does not say the page offers it.
  if ((rule === 'cod-refuse' || rule === 'order-close') && WRONG_UNDONE.test(normalized)) return true;
  if (rule === 'cod-refuse') return RETURN_TRAVEL.test(buyer) || COD_NONE.test(buyer) || (COD_NOT_ENABLED.test(normalized) && !COD_OFFERED.test(buyer));
  // She asked for it (不要了, 你帮我取消吧), or the reply leaves the cancelling to her (您取消了重新拍).
  // Or it is put to her, not done (要不要我帮您取消订单？您同意的话我再操作).
  if (rule === 'order-close') return (CONSENT.test(buyer) && !COMPLAINT.test(buyer)) || HERSELF.test(normalized) || closeOffered(normalized);
  // Thanks for her review with no reward named (感谢您好评 after 给好评送什么): nothing is paid for it.
  if (rule === 'review-induce' && THANKS_FOR_REVIEW.test(normalized) && !REWARD.test(normalized)) return true;
  // Reviews she asks about are others' (评价是真的吗, 有个买家评价说…): a yes rewards no review of hers.
  if (rule === 'review-induce' && REVIEW_OF_OTHERS.test(buyer) && !REWARD.test(normalized)) return true;
  // Another person's number she asks for (能把她电话给我吗) is privacy-leak, not a contact off the platform.
  if (rule === 'off-platform' && OTHERS_CONTACT.test(buyer) && !OUR_CONTACT_GIVEN.test(normalized)) return true;
  // A chat kept on the platform (有淘宝群哦, 在旺旺找我就行) with no channel off it named.
  if (rule === 'off-platform' && ON_PLATFORM_CHAT.test(normalized) && !OFF_WORDS.test(normalized)) return true;
  // A no to how the invoice travels (随货寄不了) with the invoice sent apart; an excuse then the promise to issue it
  // soon (not 月底回来统一开: invoice-delay.ts).
  if (rule === 'invoice-refuse' && OTHER_NAME_DECLINED.test(normalized) && !INVOICE_ITSELF_REFUSED.test(normalized.replace(OTHER_NAME_DECLINED, ''))) return true;
  if (rule === 'invoice-refuse' && INVOICE_TRAVEL.test(buyer) && SENT_APART.test(normalized)) return true;
  if (rule === 'invoice-refuse' && INVOICE_GRANTED.test(normalized) && !NOT_INVOICE.test(normalized) && !putsOff(normalized)) return true;
  // Another person's details withheld (不方便透露, 保护隐私), with nothing of them given anyway.
  if (rule === 'privacy-leak' && WITHHELD.test(normalized) && !GIVEN_ANYWAY.test(normalized)) return true;
  // Her own address or phone confirmed to her in her own chat (rules.md: the leak is to another buyer, or
  // to an account that did not place the order): no one else named by her or the reply, no order found by a name.
  if (rule === 'privacy-leak' && OWN_DATA.test(normalized) && !THIRD_PERSON.test(normalized)
    && !BUYER_IDENTIFIES.test(buyer) && !BUYER_OTHER.test(buyer) && !OTHER_ACCOUNT.test(buyer)) return true;
  // She asks what the postage costs or for a cut of it (运费多少, 邮费能减吗): the item ships at her cost, no 包邮 promised.
  if (rule === 'freeship-breach' && POSTAGE_PRICED.test(buyer) && !/包邮/u.test(buyer)) return true;
  // The shop's own return address, asked for or given, is no one's private data.
  if (rule === 'privacy-leak') return SHOP_ADDRESS.test(buyer) || SHOP_ADDRESS.test(normalized);
  return false;
}

/**
 * Whose postage a charge for postage is: the invoice's (invoice-fee), a return's, a COD's or a
 * courier the buyer chose (policy: no flag), or the 包邮 goods' own (freeship-breach). Read on
 * the reply and the buyer's question: "邮费您出" after "能开发票吗" charges for the invoice.
 */
export function postageOwner(normalized: string, evidence: string, buyer: string, afterSales = false): 'freeship-breach' | 'invoice-fee' | null {
  // "再补您5块运费": the evidence may end at the verb; its object follows.
  const at = normalized.indexOf(evidence);
  if (TO_BUYER.test(at < 0 ? evidence : normalized.slice(at, at + evidence.length + 3))) return null;
  if (at >= 0 && WAIVED.test(normalized.slice(at + evidence.length))) return null;
  if (POSTAGE_INVOICE.test(normalized) || POSTAGE_INVOICE.test(buyer)) return 'invoice-fee';
  // The goods sent again (补发顺丰,不过顺丰运费要您补个差价; 重新发的话要您再付12块运费): a lost or wrong parcel's
  // re-send is the goods' own outbound postage, in an after-sales chat too, unless the same sentence sends goods back.
  const sentence = sentenceAt(normalized, at);
  if (RESEND.test(sentence) && !GOODS_BACK.test(sentence) && !BUYER_COURIER.test(buyer)) return 'freeship-breach';
  // A courier she chose is hers to pay for, unless her line names 包邮 (包邮的能发顺丰吗: the promise holds).
  // In an after-sales case (detect-flags.ts says when: her state, a fault she reports, a case the reply names) the postage is a return's.
  if (afterSales || NOT_OUTBOUND.test(evidence) || NOT_OUTBOUND.test(buyer) || GOODS_BACK.test(buyer) || (BUYER_COURIER.test(buyer) && !/包邮/u.test(buyer))) return null;
  // The sentence that charges also sends the goods back (退是可以退但运费得您自己出, 现在换也可以，就是运费要你自己出了).
  if (GOODS_BACK.test(sentence)) return null;
  return 'freeship-breach';
}

