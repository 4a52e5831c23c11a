// ship-promise read from structure: an arrival by a named time made certain by an assurance in its
// sentence instead of a guarantee word (明天到,放心; 最迟后天到; 后天之前到没问题). A hedge anywhere in
// the reply (预计, 一般, 尽量, 保证不了) makes it an estimate. Parts: lexicon/compose.json `timeGuarantee`.
import { data, re } from '@/engine/understand/compose-parts';

const parts = data.timeGuarantee;
/** A named time, then (within a few characters: 之前, 下午, 就能) an arrival. */
const DATED_ARRIVAL = re(`(?:${parts.when})[^,.!?;]{0,8}?(?:${parts.arrival})`);
const ASSURED = re(parts.assured);
const HEDGED = re(parts.hedge);
const SENTENCE = /[^.!?;]+/gu;
/** An arrival that fails (到不了我赔您) is the guarantee's penalty, read by the listed patterns. */
const FAILED = /^(不了|不到)/u;

/** The dated arrival made certain, or null. */
export function assuredArrival(normalized: string): string | null {
  if (HEDGED.test(normalized)) return null;
  for (const m of normalized.matchAll(SENTENCE)) {
    const sentence = m[0];
    const arrival = DATED_ARRIVAL.exec(sentence);
    if (!arrival || FAILED.test(sentence.slice(arrival.index + arrival[0].length))) continue;
    if (ASSURED.test(sentence)) return arrival[0];
  }
  return null;
}
