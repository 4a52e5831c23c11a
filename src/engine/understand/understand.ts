// understand(): what a trainee reply does (moves), what it names (entities) and which rules it
// breaks (flags). Pure and synchronous; the phrase data lives in src/engine/lexicon/*.json.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { splitClauses } from '@/engine/understand/clauses';
import { detectFlags } from '@/engine/understand/detect-flags';
import { detectMoves, withoutContradicted } from '@/engine/understand/detect-moves';
import { withBackstop } from '@/engine/understand/classifier';
import { withFacts } from '@/engine/knowledge/check';
import { extractEntities } from '@/engine/understand/entities';
import { normalize } from '@/engine/understand/normalize';

/** Longer replies are read up to this many characters: no real chat reply is longer. */
const MAX_CHARS = 2000;

/**
 * The rules' reading, with what the n-gram classifier is confident they missed (classifier.ts),
 * then every factual claim held against the shop's facts when the context gives them
 * (knowledge/check.ts: fact-wrong).
 */
export function understand(text: string, context: ReplyContext = {}): Understanding {
  return withFacts(withBackstop(understandByRules(text, context), context), context);
}

/** The phrase rules alone: what the classifier backstop is trained and measured against. */
export function understandByRules(text: string, context: ReplyContext = {}): Understanding {
  const raw = typeof text === 'string' ? text : String(text);
  const normalized = normalize(raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw);
  const clauses = splitClauses(normalized);
  const found = detectMoves(normalized, clauses).map((h) => h.move);
  const entities = extractEntities(normalized, context, found.includes('upsell'));
  const flags = detectFlags(normalized, clauses, found, entities, context);
  return { text: raw, normalized, moves: withoutContradicted(found, flags), entities, flags };
}
