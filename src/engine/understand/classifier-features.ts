// The features the reply classifier reads: character 1-3-grams of the normalised reply, with
// the reply's edges marked (a bare "没有" is curt, "没有的亲" is not), bigrams a negator governs
// marked apart (加微 in "不能加微信" is policy, in "加微信聊" a leak), and the reply's length.
// Shared by the training script and the runtime so both read a reply the same way.
import tone from '@/engine/lexicon/tone.json';
import { readQuestion } from '@/engine/understand/question';
import type { ReplyContext } from '@/engine/understanding-types';

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
/** What the buyer asked (a topic of question.ts), alone and with the reply's first words. */
export const TOPIC = '\u0005';
const WITH = '\u0007';
const NO_QUESTION = `${TOPIC}none`;
/** Forms of address before the answer: "亲,可以的" opens with 可以 as "可以的" does. */
const LEAD = /^(?:亲爱的|亲亲|亲|宝宝|宝子|宝|您好|你好|嗯嗯|嗯)[,~!. ]*/u;
const HEAD = 2;

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
  return first !== NEGATED && first !== LENGTH && first !== TOPIC && !feature.includes(START) && !feature.includes(END);
}

/** The first HEAD characters (code points) of `text` that are not whitespace: `[...text.replace(/\s+/gu, '')].slice(0, HEAD).join('')`. */
function headOf(text: string): string {
  let head = '';
  let taken = 0;
  for (const ch of text) {
    // /\s/u matches no character beyond the BMP.
    if (ch.length === 1 && isWhitespace(ch.charCodeAt(0))) continue;
    head += ch;
    if (++taken === HEAD) break;
  }
  return head;
}

/**
 * The reply read after the buyer's line: each topic she asks about (and the scenario state
 * declares), alone and joined with the reply's first two characters, so "开不了" after an invoice
 * question and after a card question weigh differently. Named features of four characters or
 * more, which the runtime scorer looks up by name.
 */
export function contextFeatures(normalized: string, ctx: ReplyContext): string[] {
  const topics = new Set<string>(ctx.buyer ? readQuestion(ctx.buyer).map((q) => q.topic) : []);
  for (const t of ctx.asks ?? []) topics.add(t);
  if (topics.size === 0) return [NO_QUESTION];
  const head = headOf(normalized.replace(LEAD, ''));
  const out: string[] = [];
  for (const t of topics) {
    out.push(`${TOPIC}${t}`);
    if (head) out.push(`${TOPIC}${t}${WITH}${head}`);
  }
  return out;
}

// The same features as character codes, for the runtime scorer: a 1-3 character feature of the
// Basic Multilingual Plane is (a, b, c) with 0 for an unused place (no reply holds code 0), so
// reading a reply builds no string. The model holds no feature beyond the BMP, so an n-gram
// touching such a character is not visited, though the character still takes its place.
const BEYOND_BMP = -1;
// Bit sets by character code, not Sets: the loop below reads one entry per character. One bit per
// code unit of the BMP, 8 KB a set: inside the reply pipeline a 64 KB table per set missed the
// cache on almost every CJK character (each code its own line), a bit set's lines stay in cache.
const table = (chars: Iterable<string>): Int32Array => {
  const t = new Int32Array(0x10000 >>> 5);
  for (const c of chars) {
    const code = c.codePointAt(0)!;
    if (code < 0x10000) t[code >>> 5]! |= 1 << (code & 31);
  }
  return t;
};
/** Whether the code unit `c` (0..0xFFFF) is in the bit set. */
const inSet = (t: Int32Array, c: number): boolean => (t[c >>> 5]! & (1 << (c & 31))) !== 0;
const NEGATOR_CODES = table(NEGATORS);
const BREAK_CODES = table(BREAKS);
// What /\s/u matches, by code (checked against the regex over the whole BMP in the tests): the loop
// below reads every character, and a regex test per CJK character cost more than the scoring.
const WHITESPACE_CODES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const WHITESPACE_TABLE = table(WHITESPACE_CODES.map((c) => String.fromCharCode(c)));
/** Whether the code unit is whitespace as /\s/u reads it. */
export const isWhitespace = (c: number): boolean => inSet(WHITESPACE_TABLE, c);

/** The codes of a feature, or null when it has none (the length features, anything beyond the BMP). */
export function featureCodes(feature: string): [number, number, number] | null {
  if (feature.startsWith(LENGTH)) return null;
  const cps = [...feature].map((c) => c.codePointAt(0)!);
  if (cps.length === 0 || cps.length > 3 || cps.some((c) => c > 0xffff)) return null;
  return [cps[0]!, cps[1] ?? 0, cps[2] ?? 0];
}

let codes = new Int32Array(256);

/**
 * Visits the features of replyFeatures(normalized) in the same order, with repeats (the caller
 * dedups): the length feature by name, then the rest as codes. Kept beside replyFeatures so the
 * two read a reply the same way.
 */
export function visitFeatureCodes(normalized: string, visitLength: (feature: string) => void, visit: (a: number, b: number, c: number) => void): void {
  // Code points without spaces, START and END around them, as in replyFeatures.
  if (codes.length < normalized.length + 2) codes = new Int32Array(normalized.length * 2 + 2);
  let n = 0;
  codes[n++] = START.charCodeAt(0);
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < normalized.length) {
      const low = normalized.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        codes[n++] = BEYOND_BMP;
        continue;
      }
    }
    if (isWhitespace(c)) continue;
    codes[n++] = c;
  }
  codes[n++] = END.charCodeAt(0);
  visitLength(lengthFeature(n - 2));
  for (let i = 0; i < n; i++) {
    const a = codes[i]!;
    if (a === BEYOND_BMP) continue;
    if (i > 0 && i < n - 1) visit(a, 0, 0);
    if (i + 1 >= n) continue;
    const b = codes[i + 1]!;
    if (b === BEYOND_BMP) continue;
    visit(a, b, 0);
    if (i + 2 >= n) continue;
    const c = codes[i + 2]!;
    if (c !== BEYOND_BMP) visit(a, b, c);
  }
  // Negated bigrams over the reply's characters (codes[1..n-2]).
  const negated = NEGATED.charCodeAt(0);
  let reach = 0;
  for (let i = 1; i < n - 1; i++) {
    const ch = codes[i]!;
    if (ch !== BEYOND_BMP && inSet(BREAK_CODES, ch)) {
      reach = 0;
      continue;
    }
    if (reach > 0) {
      if (i + 1 < n - 1) {
        const next = codes[i + 1]!;
        if (ch !== BEYOND_BMP && next !== BEYOND_BMP && !inSet(BREAK_CODES, next)) visit(negated, ch, next);
      }
      reach--;
    }
    if (ch !== BEYOND_BMP && inSet(NEGATOR_CODES, ch)) reach = NEGATION_REACH;
  }
}
