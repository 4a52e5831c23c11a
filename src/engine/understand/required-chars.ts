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

// Which characters a text holds, as one bit per code unit of the BMP (8 KB; a table of stamps
// per code, 256 KB, missed the cache on each CJK character inside the reply pipeline). The bits a
// text set are cleared when the next text is read. Two sets: one for the whole reply, one for
// the clause being read, so the two do not undo each other.
class Presence {
  private readonly bits = new Int32Array(0x10000 >>> 5);
  private text: string | null = null;

  mayMatch(gate: Gate, text: string): boolean {
    if (gate === null) return true;
    const bits = this.bits;
    if (text !== this.text) {
      const old = this.text;
      if (old !== null) for (let i = 0; i < old.length; i++) bits[old.charCodeAt(i) >>> 5] = 0;
      this.text = text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bits[c >>> 5]! |= 1 << (c & 31);
      }
    }
    for (let i = 0; i < gate.length; i++) {
      const c = gate[i]!;
      if ((bits[c >>> 5]! & (1 << (c & 31))) !== 0) return true;
    }
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
