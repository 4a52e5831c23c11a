// Turns a raw chat reply into the one form every pattern is written against: simplified
// characters, half-width ASCII in lower case, Arabic numbers, one mark where people type
// several. Patterns in src/engine/lexicon/*.json assume this form.
import t2s from '@/engine/lexicon/t2s.json';
import { toStandardWords } from '@/engine/understand/canonical';
import { convertNumerals } from '@/engine/understand/numerals';

// Built once: a char -> char map of OpenCC's traditional-only characters (see scripts/gen-t2s.ts).
// Membership in the map is also the detection: text with no key skips conversion entirely.
const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i < t2s.from.length; i++) map.set(t2s.from[i]!, t2s.to[i]!);
  return map;
})();

// One character class of every key: a regex test is several times faster than a Map lookup per character.
const TRADITIONAL = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u');

export function hasTraditional(text: string): boolean {
  return TRADITIONAL.test(text);
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

export function normalize(text: string): string {
  let s = text.replace(CONTROL, ' ').replace(TAGS, ' ');
  s = toSimplified(s);
  s = toHalfWidth(s).toLowerCase();
  s = s.replace(/["“”「」『』]/g, '').replace(/【/g, '[').replace(/】/g, ']').replace(/！/g, '!');
  s = toStandardWords(s);
  s = convertNumerals(s);
  s = s
    .replace(REPEATED_MARK, '$1')
    .replace(MIXED_END, (m) => m[0]!)
    .replace(REPEATED_EMOJI, '$1')
    .replace(SPACES, ' ')
    .trim();
  return s;
}
