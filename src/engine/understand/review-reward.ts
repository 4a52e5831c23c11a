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

export function review(c: Clause, previous: string): Composed | null {
  const topic = REVIEW.exec(c.text) ?? (REVIEW.test(previous) && !REVIEW_REFUSED.test(previous) ? REVIEW_DONE.exec(c.text) : null);
  if (!topic || REVIEW_REFUSED.test(c.text)) return null;
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
    if (m && !REVIEW_REFUSED.test(sentence) && !/不管|无论|不用|不需要|不必/u.test(sentence)) return m[0];
  }
  return null;
}

export function reviewHeld(normalized: string): Composed | null {
  const held = MAY_REVIEW.test(normalized) || /好评|五星|评价/u.test(normalized) ? heldForReview(normalized) : null;
  return held ? { rule: 'review-induce', evidence: held } : null;
}
