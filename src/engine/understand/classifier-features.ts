// The features the reply classifier reads: character 1-3-grams of the normalised reply, with
// the reply's edges marked (a bare "没有" is curt, "没有的亲" is not), bigrams a negator governs
// marked apart (加微 in "不能加微信" is policy, in "加微信聊" a leak), and the reply's length.
// Shared by the training script and the runtime so both read a reply the same way.
import tone from '@/engine/lexicon/tone.json';

// Sets, not regexes: the loop below tests every character, and a Set lookup is cheaper.
const NEGATORS: ReadonlySet<string> = new Set(tone.negators.replace(/[[\]]/g, ''));
const BREAKS: ReadonlySet<string> = new Set(',，。.!?;；~…\n、');
/** How many characters after a negator it still governs, as the rules read it. */
const NEGATION_REACH = 6;
/** Length buckets: the longest short reply of each bucket. */
const LENGTHS = [2, 4, 8, 16, 32] as const;

// Control characters mark what is not text: normalize() strips them, so no reply contains one.
export const START = '\u0002';
export const END = '\u0003';
export const NEGATED = '\u0001';
export const LENGTH = '\u0004';

function lengthFeature(chars: number): string {
  const bucket = LENGTHS.find((n) => chars <= n);
  return `${LENGTH}${bucket ?? 'long'}`;
}

/** The distinct features of one normalised reply, in first-seen order (deterministic). */
export function replyFeatures(normalized: string): string[] {
  const chars = [...normalized.replace(/\s+/gu, '')];
  const padded = [START, ...chars, END];
  const seen = new Set<string>();
  seen.add(lengthFeature(chars.length));
  for (let i = 0; i < padded.length; i++) {
    const a = padded[i]!;
    if (i > 0 && i < padded.length - 1) seen.add(a);
    const b = padded[i + 1];
    if (b === undefined) continue;
    seen.add(a + b);
    const c = padded[i + 2];
    if (c !== undefined) seen.add(a + b + c);
  }
  // Bigrams within a negator's reach in the same clause, marked: the model learns that a
  // negated phrase is not the phrase.
  let reach = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (BREAKS.has(ch)) {
      reach = 0;
      continue;
    }
    if (reach > 0) {
      const next = chars[i + 1];
      if (next !== undefined && !BREAKS.has(next)) seen.add(NEGATED + ch + next);
      reach--;
    }
    if (NEGATORS.has(ch)) reach = NEGATION_REACH;
  }
  return [...seen];
}

/** Whether a feature is a piece of the reply's own text, fit to show as evidence. */
export function isTextFeature(feature: string): boolean {
  const first = feature[0];
  return first !== NEGATED && first !== LENGTH && !feature.includes(START) && !feature.includes(END);
}
