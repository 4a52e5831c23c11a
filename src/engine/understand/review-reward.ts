// review-induce read from structure: a reward (红包, 返现, N元, 补偿) in the sentence of a review
// (好评, 五星, 晒图, 改差评), or in the sentence after one that asked for it (改了给您补10块), or
// after her line names the review she left (我给了差评 → "能删了吗？我给您退10块钱").
import { data, matches, re, type Composed } from '@/engine/understand/compose-parts';
import type { Clause } from '@/engine/understand/clauses';

const REVIEW = re(data.review.topic);
const REWARD_ALL = re(data.review.reward, 'gu');
const REVIEW_REFUSED = re(data.review.refused);
const NOT_REWARD = re(`(?:${data.review.notReward})[^,]{0,2}$`);
/** A sentence that opens on the review done (改了给您补10块) rewards the review the sentence before asked for. */
const REVIEW_DONE = re(data.review.done);
const HER_REVIEW = re(data.review.herReview);
const CHANGE = re(data.review.change);
export const MAY_REVIEW = re(data.review.topic);
const GAIN_ASKED = re(data.review.gainAsked);
/** A reply this short answers her question and has no review of its own to name. */
const SHORT_ANSWER = 20;

/**
 * Her line asks what a review earns (删差评给钱吗, 把差评删了有啥好处, 给个五星有啥): a reward named in
 * a short answer (给10块, 返20, 送红包) is the price of that review.
 */
export function rewardAsked(normalized: string, buyer: string): Composed | null {
  if (!buyer || normalized.length > SHORT_ANSWER || !REVIEW.test(buyer) || !GAIN_ASKED.test(buyer) || REVIEW_REFUSED.test(normalized)) return null;
  const reward = matches(REWARD_ALL, normalized).find((r) => !NOT_REWARD.test(normalized.slice(0, r.index)) && !/[不没无][^,.!?]{0,2}$/u.test(normalized.slice(0, r.index)));
  return reward ? { rule: 'review-induce', evidence: reward[0] } : null;
}

/**
 * Her line names the review she left (我给了差评, 评好了): a reward in the reply that asks for it
 * changed or is paid for it (删了吧 我补您10块; 红包已经发您了) buys the review.
 */
export function rewardForHerReview(normalized: string, buyer: string): Composed | null {
  if (!buyer || !HER_REVIEW.test(buyer) || REVIEW_REFUSED.test(normalized)) return null;
  const reward = matches(REWARD_ALL, normalized).find((r) => !NOT_REWARD.test(normalized.slice(0, r.index)));
  if (!reward) return null;
  // A review she already gave a good one needs no change asked for; a bad one does.
  if (!/好评|评好|评完/u.test(buyer) && !CHANGE.test(normalized)) return null;
  return { rule: 'review-induce', evidence: reward[0] };
}

/** What is given made no condition of a review: 好评不好评都会给您开, 不管您给不给好评都送, 跟评价无关. */
export const UNCONDITIONAL = /(?:好评|五星|评价)不(?:好评|五星|评价)?[^,.!?]{0,2}都|(?:不管|无论)[^,.!?]{0,8}(?:好评|差评|评价)|(?:跟|和|与)(?:评价|好评)无关/u;

export function review(c: Clause, previous: string): Composed | null {
  const topic = REVIEW.exec(c.text) ?? (REVIEW.test(previous) && !REVIEW_REFUSED.test(previous) ? REVIEW_DONE.exec(c.text) : null);
  if (!topic || REVIEW_REFUSED.test(c.text) || UNCONDITIONAL.test(c.text)) return null;
  // A price cut for the order ("给您便宜10块") is no reward for the review.
  const reward = matches(REWARD_ALL, c.text).find((r) => !NOT_REWARD.test(c.text.slice(0, r.index)));
  if (!reward) return null;
  const [a, b] = topic.index < reward.index ? [topic, reward] : [reward, topic];
  return { rule: 'review-induce', evidence: c.text.slice(a.index, b.index + b[0].length) };
}

/**
 * Something owed held until a review (确认收货好评后才开发票, 先给个好评我们才能同意退款, 五星了再给您发):
 * the buyer is pressed to review to get what she is owed (rules.md review-induce: pressure). The
 * review comes first, then 才/再 and the act it unlocks, in one sentence; not a review refused or
 * made no condition (好评不好评都会开).
 */
const HELD = /(?:好评|五星|5星|晒图|评价)(?:后|之后|以后|了|的话)?[^,.!?。]{0,6}?(?:才|再)(?:能|可以)?(?:给(?:您|你)|帮(?:您|你))?(?:开(?:票|发票)?|给(?:您|你)?(?:开|发|退|寄)?|退|发(?:货|出)?|寄|补发|同意)/u;
export function heldForReview(normalized: string): string | null {
  for (const sentence of normalized.split(/[.!?。]/u)) {
    const m = HELD.exec(sentence);
    if (m && !REVIEW_REFUSED.test(sentence) && !UNCONDITIONAL.test(sentence) && !/不管|无论|不用|不需要|不必/u.test(sentence)) return m[0];
  }
  return null;
}

export function reviewHeld(normalized: string): Composed | null {
  const held = MAY_REVIEW.test(normalized) || /好评|五星|评价/u.test(normalized) ? heldForReview(normalized) : null;
  return held ? { rule: 'review-induce', evidence: held } : null;
}

/** The reward her line asks (返我30, 补我20, 给个红包), with its sum when named. */
const BUYER_REWARD = /(?:返|补|给|转|赔)(?:我|俺)?(\d{1,4})|(\d{1,4})(?:元|块)|红包|返现|现金|给钱|补偿/u;
/** The good review she offers for it (我就给五星, 给够了我给你好评, 补我20就删差评). */
const REVIEW_OFFERED = /(?:给|打|写|留)(?:你|您|你们)?(?:个|一个)?(?:五星|5星|好评)|(?:删|撤|改)(?:了|掉|成)?(?:差评|好评|评价)|(?:差评|评价)(?:就)?(?:删|撤|改)/u;
const REWARD_CAPPED = /最多|顶多|最高|只能|上限|不能再|没法再/u;
/** The review left to her in the reply (补偿和评价是两回事, 评价您按真实感受写): the reward pays for something else. */
const REVIEW_LEFT_FREE = /两回事|没有(?:任何)?关系|如实|真实|按(?:您|你)?(?:的)?(?:真实)?感受|随意|(?:您|你)(?:自己)?决定|不改也|评价(?:是)?(?:您|你)的(?:权利|自由)/u;

/**
 * Her line offers a good review for a reward (返我30 我就给五星, 补偿多给点 给够了我给你好评): a reward the
 * reply grants (我直接给您补30元红包) is paid for that review, however it is worded (labelling.md), unless
 * the reply refuses the deal or leaves the review to her (评价您按真实感受写就好).
 */
export function rewardProposed(normalized: string, buyer: string): Composed | null {
  const asked = BUYER_REWARD.exec(buyer);
  if (!asked || !REVIEW_OFFERED.test(buyer)) return null;
  // A cap stated (补偿最多10元, 只能补5块) grants nothing more for the review.
  if (REVIEW_REFUSED.test(normalized) || REVIEW_LEFT_FREE.test(normalized) || REWARD_CAPPED.test(normalized)) return null;
  const reward = matches(REWARD_ALL, normalized).find((r) => !NOT_REWARD.test(normalized.slice(0, r.index)) && !/[不没无][^,.!?]{0,2}$/u.test(normalized.slice(0, r.index)));
  if (reward) return { rule: 'review-induce', evidence: reward[0] };
  // The sum she named said back as agreed (30就30, 行 给您20).
  const sum = asked[1] ?? asked[2];
  const at = sum ? normalized.search(new RegExp(`(?<!\\d)${sum}(?!\\d)`, 'u')) : -1;
  return at >= 0 && !/[不没无别][^,.!?]{0,3}$/u.test(normalized.slice(0, at)) ? { rule: 'review-induce', evidence: normalized.slice(at, at + sum!.length + 3) } : null;
}
