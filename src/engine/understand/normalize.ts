// Turns a raw chat reply into the one form every pattern is written against: simplified
// characters, half-width ASCII in lower case, Arabic numbers, one mark where people type
// several. Patterns in src/engine/lexicon/*.json assume this form.
import t2s from '@/engine/lexicon/t2s.json';
import { boundedTable } from '@/engine/bounded-table';
import { toStandardWords } from '@/engine/understand/canonical';
import { convertNumerals } from '@/engine/understand/numerals';

// Built once: a char -> char map of OpenCC's traditional-only characters (see scripts/gen-t2s.ts).
// Membership in the map is also the detection: text with no key skips conversion entirely.
const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i < t2s.from.length; i++) map.set(t2s.from[i]!, t2s.to[i]!);
  return map;
})();

// Every key as one bit per code unit (8 KB; every key is in the BMP, checked here): one read per
// character, and no big character class compiled into the regex code every reply runs.
const TRADITIONAL: Int32Array = (() => {
  const bits = new Int32Array(0x10000 >>> 5);
  for (const key of TRAD_TO_SIMP.keys()) {
    if (key.length !== 1) throw new Error(`t2s.json: "${key}" is not one BMP character`);
    const c = key.charCodeAt(0);
    bits[c >>> 5]! |= 1 << (c & 31);
  }
  return bits;
})();

export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((TRADITIONAL[c >>> 5]! & (1 << (c & 31))) !== 0) return true;
  }
  return false;
}

export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  for (const ch of text) out += TRAD_TO_SIMP.get(ch) ?? ch;
  return out;
}

/** Full-width ASCII (ＡＢＣ１２３，！？) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

// Control characters, zero-width marks and HTML tags carry no meaning in a chat reply.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\uFEFF]/g;
const TAGS = /<\/?[a-z][^>]{0,200}>/gi;
const REPEATED_MARK = /([!?.,~。、…;:\-—*^])\1+/g;
const MIXED_END = /[!?]{2,}/g;
const REPEATED_EMOJI = /(\p{Extended_Pictographic}\uFE0F?)\1+/gu;
const SPACES = /\s+/g;

// What a text may need, read in one pass over its characters: most replies hold no control
// character, tag, full-width form, quote mark or repeat, and then those passes are skipped.
const NEEDS_CONTROL = 1;
const NEEDS_TAGS = 2;
const NEEDS_WIDTH = 4;
const NEEDS_QUOTES = 8;

function needsOf(text: string): number {
  let needs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) needs |= NEEDS_CONTROL;
      else if (c === 0x3c) needs |= NEEDS_TAGS;
      else if (c === 0x22) needs |= NEEDS_QUOTES;
    } else if (c <= 0x9f || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) needs |= NEEDS_CONTROL;
    else if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) needs |= NEEDS_WIDTH | NEEDS_QUOTES;
    else if (c === 0x201c || c === 0x201d || (c >= 0x300c && c <= 0x300f) || c === 0x3010 || c === 0x3011) needs |= NEEDS_QUOTES;
  }
  return needs;
}

/**
 * Whether a repeat pass could change the text: a repeated mark or emoji is the same character
 * twice (an emoji perhaps with U+FE0F after it, or beyond the BMP as a repeated pair of halves),
 * and a mixed end is two of ! and ?.
 */
function mayRepeat(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    if (c === d || ((c === 0x21 || c === 0x3f) && (d === 0x21 || d === 0x3f))) return true;
    if (d === 0xfe0f && s.charCodeAt(i + 2) === c) return true;
    if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 2) === c && s.charCodeAt(i + 3) === d) return true;
    if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 2) === 0xfe0f && s.charCodeAt(i + 3) === c && s.charCodeAt(i + 4) === d) return true;
  }
  return false;
}

function normalizeText(text: string): string {
  const needs = needsOf(text);
  let s = text;
  if (needs & NEEDS_CONTROL) s = s.replace(CONTROL, ' ');
  if (needs & NEEDS_TAGS) s = s.replace(TAGS, ' ');
  const simplified = toSimplified(s);
  // A character converted may be any character: then no pass is skipped.
  const all = simplified !== s;
  s = simplified;
  if (all || needs & NEEDS_WIDTH) s = toHalfWidth(s);
  s = s.toLowerCase();
  if (all || needs & NEEDS_QUOTES) s = s.replace(/["“”「」『』]/g, '').replace(/【/g, '[').replace(/】/g, ']').replace(/！/g, '!');
  s = toStandardWords(s);
  s = convertNumerals(s);
  if (mayRepeat(s)) s = s.replace(REPEATED_MARK, '$1').replace(MIXED_END, (m) => m[0]!).replace(REPEATED_EMOJI, '$1');
  return s.replace(SPACES, ' ').trim();
}

// The same buyer line is normalised by several readers of one reply (her mood, her question,
// the knowledge check, the scorer): the last few texts are kept, so each is read once.
const RECENT = 4;
const recentIn: string[] = [];
const recentOut: string[] = [];
let recentAt = 0;

export function normalize(text: string): string {
  for (let i = 0; i < recentIn.length; i++) if (recentIn[i] === text) return recentOut[i]!;
  const out = normalizeText(text);
  recentIn[recentAt] = text;
  recentOut[recentAt] = out;
  recentAt = (recentAt + 1) % RECENT;
  return out;
}

/**
 * The buyer's lines are read for every reply that answers them, by several readers (her
 * question, her mood, the knowledge check, the scorer), and a scenario's buyer says the same
 * lines in every chat: theirs are kept in a bounded table (emptied when full), so each line is
 * normalised about once. A trainee's replies go through normalize() and its few recent texts.
 */
const BUYER_LINES = 512;

export const normalizeBuyerLine: (text: string) => string = boundedTable(BUYER_LINES, (text: string) => normalize(text));
