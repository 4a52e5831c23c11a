// understand(): what a trainee reply does (moves), what it names (entities) and which rules it
// breaks (flags). Pure and synchronous; the phrase data lives in src/engine/lexicon/*.json.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { splitClauses } from '@/engine/understand/clauses';
import { detectFlags } from '@/engine/understand/detect-flags';
import { detectMoves, withoutContradicted } from '@/engine/understand/detect-moves';
import { withBackstop } from '@/engine/understand/classifier';
import { extractEntities } from '@/engine/understand/entities';
import { normalize } from '@/engine/understand/normalize';

/**
 * The whole reply is read, however long (a violation after 2,000 characters of padding counts).
 * What bounds the cost is a run of digits: several phrase patterns start with \d+ and try every
 * split of a run, so a pasted run of thousands of digits would cost seconds. No figure a reply
 * means (a price, an order number, a size) is longer than this, so longer runs are cut to it.
 */
const MAX_DIGIT_RUN = 32;
const LONG_DIGIT_RUN = new RegExp(`[\\d.]{${MAX_DIGIT_RUN + 1},}`, 'g');

function boundDigitRuns(normalized: string): string {
  return normalized.length > MAX_DIGIT_RUN ? normalized.replace(LONG_DIGIT_RUN, (run) => run.slice(0, MAX_DIGIT_RUN)) : normalized;
}

/** The rules' reading, with what the n-gram classifier is confident they missed (classifier.ts). */
export function understand(text: string, context: ReplyContext = {}): Understanding {
  return withBackstop(understandByRules(text, context), context);
}

/** The phrase rules alone: what the classifier backstop is trained and measured against. */
export function understandByRules(text: string, context: ReplyContext = {}): Understanding {
  const raw = typeof text === 'string' ? text : String(text);
  const normalized = boundDigitRuns(normalize(raw));
  const clauses = splitClauses(normalized);
  const found = detectMoves(normalized, clauses).map((h) => h.move);
  const entities = extractEntities(normalized, context, found.includes('upsell'));
  const flags = detectFlags(normalized, clauses, found, entities, context);
  return { text: raw, normalized, moves: withoutContradicted(found, flags), entities, flags };
}
