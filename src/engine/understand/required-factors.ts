// A sharper pre-check than required-chars.ts for one phrase pattern: strings one of which every
// match holds as a piece ("(保证|一定)[^,]{0,10}(到|送达)" cannot match a reply holding neither
// 保证 nor 一定). The character gate lets a reply through on any one of 保 or 一; this one needs
// the whole word, so most patterns a reply passes on a common character are never run. Read from
// the pattern source by pattern-pieces.ts, which gives up (no factors) on anything it does not know.
import { piecesOf } from '@/engine/understand/pattern-pieces';

/** Strings one of which every match contains; null when the parser cannot tell. */
export type Factors = readonly string[] | null;

/**
 * The factors of one pattern source, or null when the parser cannot tell or they would rule out
 * no more than single characters do (then the character gate is as good and cheaper).
 */
export function factorsOf(source: string): Factors {
  return piecesOf(source).words;
}

/** Whether `text` may match a pattern with these factors: false means it surely does not. */
export function mayHold(factors: Factors, text: string): boolean {
  if (factors === null) return true;
  for (let i = 0; i < factors.length; i++) if (text.includes(factors[i]!)) return true;
  return false;
}
