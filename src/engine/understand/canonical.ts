// Chat spellings to standard words (vx -> 微信, zfb -> 支付宝, hp返现 -> 好评返现, 木有 -> 没有),
// from src/engine/lexicon/synonyms.json, so that every pattern needs to name only the standard
// word. Runs on text that is already lower-case and half-width.
import synonyms from '@/engine/lexicon/synonyms.json';

const TO_STANDARD = new Map<string, string>();
for (const [standard, spellings] of Object.entries(synonyms)) {
  if (!Array.isArray(spellings)) continue;
  for (const spelling of spellings) TO_STANDARD.set(spelling, standard);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest spelling first; an ASCII spelling only as a whole word ("tb" but not "tbh", "hp" not "php").
const SPELLINGS = new RegExp(
  [...TO_STANDARD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => (/^[a-z0-9]+$/.test(s) ? `(?<![a-z0-9])${escape(s)}(?![a-z])` : escape(s)))
    .join('|'),
  'gu',
);

export function toStandardWords(text: string): string {
  return text.replace(SPELLINGS, (m) => TO_STANDARD.get(m) ?? m);
}
