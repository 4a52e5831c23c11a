// What the buyer has told of herself in the chat (her height and weight), read from her lines.
// The size a chart gives her is checked against this, never against the scenario's hidden persona:
// a trainee cannot be wrong about a weight she was never told (player-d, session 6). Both the
// buyer's session (buyer/actions.ts) and the scorer read it here, so they agree.
import { boundedTable } from '@/engine/bounded-table';
import type { BuyerFacts } from '@/engine/scenario/shop-schema';
import { extractEntities } from '@/engine/understand/entities';
import { normalizeBuyerLine } from '@/engine/understand/normalize';

/**
 * The height and weight a buyer's line tells, by line: a scenario's buyer says the same lines in
 * every chat, and a log repeats its buyer's lines, so each is read about once (bounded table).
 */
const MEASURED_LINES = 512;
/**
 * A bare figure a buyer gives of herself in a size question is her height (166的穿M还是L, 我166
 * 110斤, 166/57): 140-199 with no unit of weight, money or size after it. Only her own lines are
 * read this way, never a reply.
 */
const BARE_HEIGHT = /(?<![\d.])(1[4-9]\d)(?![\d.]|\s*(?:斤|kg|公斤|千克|元|块|g|克|ml|码|号|件|天|小时))/u;
/** A weight after her height with a slash (166/57): kilograms. */
const SLASH_WEIGHT = /(?<![\d.])1[4-9]\d\s*\/\s*([3-9]\d)(?![\d.])/u;

export const measuresOf: (normalizedLine: string) => BuyerFacts = boundedTable(MEASURED_LINES, (normalizedLine: string) => {
  const e = extractEntities(normalizedLine);
  const m: BuyerFacts = {};
  if (e.height !== undefined) m.height = e.height;
  if (e.weight !== undefined) m.weight = e.weight;
  const bare = m.height === undefined ? BARE_HEIGHT.exec(normalizedLine) : null;
  if (bare) m.height = Number(bare[1]);
  const slash = m.weight === undefined ? SLASH_WEIGHT.exec(normalizedLine) : null;
  if (slash) m.weight = Number(slash[1]);
  return m;
});

/**
 * The facts a reply is checked against, with what her line (normalised) tells filling what they
 * leave out: the shop's own record, or what she told before, stays where it has a figure.
 */
export function filledFrom(facts: BuyerFacts | undefined, normalizedLine: string): BuyerFacts | undefined {
  const m = measuresOf(normalizedLine);
  return m.height === undefined && m.weight === undefined ? facts : { ...m, ...facts };
}

/** What she has told so far, with one more line of hers: a later figure replaces an earlier one. */
export function toldWith(told: BuyerFacts | undefined, line: string): BuyerFacts | undefined {
  const m = measuresOf(normalizeBuyerLine(line.slice(0, 500)));
  if (m.height === undefined && m.weight === undefined) return told;
  return { ...told, ...m };
}
