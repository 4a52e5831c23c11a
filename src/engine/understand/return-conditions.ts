// The return conditions of 7天无理由 read in a reply and the buyer's line: a condition she has met
// (吊牌剪了, 超过7天) or the reply states (穿过就不能退, 影响二次销售) makes a refused return the
// policy; one presumed of her, read off her photo, or an inspection the rule allows (试穿, 拆开看)
// does not.
import { data, matches, re } from '@/engine/understand/compose-parts';
import { reportsFault } from '@/engine/score/upset';

/** A return refused for a condition the policy names (洗过, 拆封, 超过七天) is the policy, not a refusal. */
const RETURN_POLICY = re(data.refusal.policy);
/** A condition read off her photo (从图上看是穿过的) is a judgement, not the stated policy. */
export const PHOTO = re(data.refusal.photo);
const INSPECTION = re(data.refusal.inspection, 'gu');
const KEEPS_ALL = re(data.refusal.keeps, 'gu');
const BUYER_CONDITION = re(data.refusal.buyerCondition, 'gu');
const STATED_CONDITION = re(data.refusal.statedCondition);
/** The 7 days stated as passed (已经过了七天了): her line may say otherwise (前天签收的), and then it is no condition. */
const STATED_TIME = re(data.refusal.statedTime);
const RECENT = re(data.refusal.recent);
/** Goods used for a time (穿了一天, 涂了一次), whatever her motive (a fault she reports is read apart): she has used them. */
const BUYER_USED = re(data.refusal.buyerUsed);
/** An inspection counted as use (试穿过就算穿过, 拆了就属于已使用): the 7-day rule lets her look and try. */
const INSPECTION_AS_USE = re(data.refusal.inspectionAsUse);

/**
 * Only an inspection named (试穿了一下, 拆了包装): the 7-day rule lets her look and try, so that is
 * no condition against the return, unless the goods are ones it bars once opened (贴身, 化妆品, 食品).
 */
export function inspectionOnly(text: string): boolean {
  INSPECTION.lastIndex = 0;
  if (INSPECTION_AS_USE.test(text)) return true;
  // A use denied (没用过, 没穿过) is no use.
  const rest = text.replace(INSPECTION, '');
  return INSPECTION.test(text) && !matches(KEEPS_ALL, rest).some((m) => !/[没未不]$/u.test(rest.slice(0, m.index)));
}

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
export const policyStated = (text: string, buyer: string, normalized = text): boolean =>
  RETURN_POLICY.test(text) && !reportsFault(buyer) && !PHOTO.test(normalized) && !presumedMet(text, buyer) && !inspectionOnly(`${normalized},${buyer}`);

/** The buyer names a return condition she has met (吊牌剪了, 拆封了, 超过7天), not one she has not (还没拆), and reports no fault. */
export function conditionMet(buyer: string): boolean {
  // A fault is returnable whatever she did with the goods ("才穿一下就开线了").
  if (!buyer || reportsFault(buyer)) return false;
  if (BUYER_USED.test(buyer)) return true;
  return matches(BUYER_CONDITION, buyer).some((m) => !/[没未不]|还没/u.test(buyer.slice(Math.max(0, m.index - 3), m.index)));
}

/** The reply states a condition of the goods (影响二次销售, 定制款) that bars the return, not read off her photo nor only an inspection. */
export const conditionStated = (normalized: string, buyer: string): boolean =>
  (STATED_CONDITION.test(normalized) || (STATED_TIME.test(normalized) && !RECENT.test(buyer))) &&
  !PHOTO.test(normalized) && !reportsFault(buyer) && !inspectionOnly(`${normalized},${buyer}`);

/** The inspection's verdict foretold (审核过不了, 不会给您通过, 八成会拒收, 估计不过). */
const FORETOLD = re(data.refusal.foretold, 'gu');
const STILL_REFUSED = re(data.refusal.stillRefused);
/** Her line sends photos or a video of the goods ([图片], 我发了照片). */
const PHOTO_SENT = re(data.refusal.photoSent);

/**
 * A verdict on her photos that only foretells the inspection (看照片不严重,退的话审核估计不过; 这种色差是正常的,
 * 退货审核过不了的): labelling.md makes it tone-prejudge, and return-refuse only when the reply also refuses the
 * return. One that says the shop will not take it (仓库不会收, 退不了) or talks her out of it (别申请了, 留着用吧)
 * still refuses.
 */
export function inspectionForetold(normalized: string, buyer: string): boolean {
  if (!PHOTO.test(normalized) && !PHOTO_SENT.test(buyer)) return false;
  FORETOLD.lastIndex = 0;
  if (!FORETOLD.test(normalized)) return false;
  return !STILL_REFUSED.test(normalized.replace(FORETOLD, ''));
}
