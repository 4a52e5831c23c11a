// review-induce read from structure: a reward (红包, 返现, N元, 补偿) in the sentence of a review
// (好评, 五星, 晒图, 改差评), or in the sentence after one that asked for it (改了给您补10块).
import { data, matches, re, type Composed } from '@/engine/understand/compose-parts';
import type { Clause } from '@/engine/understand/clauses';

const REVIEW = re(data.review.topic);
const REWARD_ALL = re(data.review.reward, 'gu');
const REVIEW_REFUSED = re(data.review.refused);
const NOT_REWARD = re(`(?:${data.review.notReward})[^,]{0,2}$`);
/** A sentence that opens on the review done (改了给您补10块) rewards the review the sentence before asked for. */
const REVIEW_DONE = re(data.review.done);
export const MAY_REVIEW = re(data.review.topic);

export function review(c: Clause, previous: string): Composed | null {
  const topic = REVIEW.exec(c.text) ?? (REVIEW.test(previous) && !REVIEW_REFUSED.test(previous) ? REVIEW_DONE.exec(c.text) : null);
  if (!topic || REVIEW_REFUSED.test(c.text)) return null;
  // A price cut for the order ("给您便宜10块") is no reward for the review.
  const reward = matches(REWARD_ALL, c.text).find((r) => !NOT_REWARD.test(c.text.slice(0, r.index)));
  if (!reward) return null;
  const [a, b] = topic.index < reward.index ? [topic, reward] : [reward, topic];
  return { rule: 'review-induce', evidence: c.text.slice(a.index, b.index + b[0].length) };
}
