// Which moves of the vocabulary a reply makes, from src/engine/lexicon/moves.json.
import movesJson from '@/engine/lexicon/moves.json';
import { checkLexicon, movesSchema } from '@/engine/understand/lexicon-schema';
import { MOVES, type Move } from '@/engine/vocabulary';
import type { Flag } from '@/engine/understanding-types';
import type { Clause } from '@/engine/understand/clauses';
import { compileEntry, matchEntry, type CompiledEntry, type PhraseEntry } from '@/engine/understand/phrase-matcher';

const movesData = checkLexicon('moves.json', movesSchema, movesJson);
const COMPILED: ReadonlyArray<[Move, CompiledEntry]> = MOVES.flatMap((move) => {
  const entry = (movesData as Record<string, PhraseEntry>)[move];
  return entry ? [[move, compileEntry(entry)] as [Move, CompiledEntry]] : [];
});

export interface MoveHit {
  move: Move;
  evidence: string;
}

export function detectMoves(normalized: string, clauses: readonly Clause[]): MoveHit[] {
  const strong: MoveHit[] = [];
  const weak: Array<MoveHit & { yieldsTo: readonly string[] }> = [];
  for (const [move, entry] of COMPILED) {
    const hit = matchEntry(entry, clauses, normalized);
    if (!hit) continue;
    if (hit.weak) weak.push({ move, evidence: hit.evidence, yieldsTo: entry.yieldsTo });
    else strong.push({ move, evidence: hit.evidence });
  }
  // A weak phrase ("这是最低了") only counts when the stronger reading ("改成159元") is absent.
  for (const w of weak) {
    if (!strong.some((s) => w.yieldsTo.includes(s.move))) strong.push({ move: w.move, evidence: w.evidence });
  }
  // Keep the vocabulary's order so that equal replies give equal arrays.
  return strong.sort((a, b) => MOVES.indexOf(a.move) - MOVES.indexOf(b.move));
}

const CANCELLED_BY: ReadonlyMap<Move, readonly string[]> = new Map(
  COMPILED.filter(([, e]) => e.cancelledBy.length > 0).map(([move, e]) => [move, e.cancelledBy]),
);

const GRANTED_BY: ReadonlyArray<[Move, readonly string[]]> = MOVES.flatMap((move) => {
  const rules = (movesData as Record<string, PhraseEntry>)[move]?.grantedBy ?? [];
  return rules.length > 0 ? [[move, rules] as [Move, readonly string[]]] : [];
});

/**
 * Drops the moves that the reply's own flags contradict (a refusal is not also a yes) and adds
 * those a flag makes: an invoice charged for is granted (invoice-fee → invoice-yes, labelling.md).
 */
export function withoutContradicted(moves: readonly Move[], flags: readonly Flag[]): Move[] {
  if (flags.length === 0) return [...moves];
  const has = (rule: string): boolean => flags.some((f) => f.rule === rule);
  const kept = moves.filter((move) => !(CANCELLED_BY.get(move) ?? []).some(has));
  const granted = GRANTED_BY.filter(([move, rules]) => !kept.includes(move) && rules.some(has) && !(CANCELLED_BY.get(move) ?? []).some(has)).map(([m]) => m);
  return granted.length === 0 ? kept : MOVES.filter((m) => kept.includes(m) || granted.includes(m));
}
