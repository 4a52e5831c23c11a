// A cheap pre-check for the big phrase alternations: the characters of which every match of a
// pattern holds at least one ("(亲亲|亲)?在(的|滴)" cannot match a reply without 在). A reply
// holding none of them cannot match, and the regex is not run. Read from the pattern source by
// pattern-pieces.ts, which gives up (no gate) on anything it does not understand.
import { piecesOf } from '@/engine/understand/pattern-pieces';

/** Characters one of which every match contains; null when the parser cannot tell. */
export type Gate = Uint16Array | null;

/** The gate of an alternation of pattern sources (as phrase-matcher joins them). */
export function gateOf(sources: readonly string[] | undefined): Gate {
  if (!sources || sources.length === 0) return null;
  const all = new Set<number>();
  for (const source of sources) {
    const gate = piecesOf(source).chars;
    if (!gate) return null;
    for (const c of gate) all.add(c);
  }
  return Uint16Array.from(all);
}

/**
 * The gate of compiled patterns, for readers that run their own regexes (the knowledge claims):
 * a case-insensitive pattern has none, since its source does not spell every case it matches.
 */
export function gateOfPatterns(patterns: readonly RegExp[]): Gate {
  if (patterns.some((p) => p.flags.includes('i'))) return null;
  return gateOf(patterns.map((p) => p.source));
}

// Which characters a text holds, stamped so no clearing is needed between texts. Two tables:
// one for the whole reply, one for the clause being read, so the two do not evict each other.
class Presence {
  private readonly stamps = new Int32Array(0x10000);
  private stamp = 0;
  private text: string | null = null;

  mayMatch(gate: Gate, text: string): boolean {
    if (gate === null) return true;
    if (text !== this.text) {
      this.text = text;
      this.stamp++;
      for (let i = 0; i < text.length; i++) this.stamps[text.charCodeAt(i)] = this.stamp;
    }
    for (let i = 0; i < gate.length; i++) if (this.stamps[gate[i]!] === this.stamp) return true;
    return false;
  }
}
const REPLY = new Presence();
const CLAUSE = new Presence();

/** Whether `text` may match a pattern of this gate: false means it surely does not. */
export function mayMatch(gate: Gate, text: string): boolean {
  return REPLY.mayMatch(gate, text);
}

/** mayMatch for the clauses of a reply, read one after another. */
export function mayMatchClause(gate: Gate, text: string): boolean {
  return CLAUSE.mayMatch(gate, text);
}
