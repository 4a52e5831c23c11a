// Compiles the phrase data of src/engine/lexicon/*.json once, and finds the first
// un-negated match of an entry in a clause.
import { isNegated, type Clause } from '@/engine/understand/clauses';

/** One entry of moves.json / flags.json, as a trainer writes it. */
export interface PhraseEntry {
  patterns?: string[];
  /** Patterns that count only when none of `yieldsTo` was found in the reply. */
  weak?: string[];
  yieldsTo?: string[];
  /** A negator shortly before the match cancels it (不能加微信 is not off-platform). */
  negatable?: boolean;
  /** Patterns that, found anywhere in the same clause, cancel the entry there. */
  exclude?: string[];
  /** A ReplyContext switch that must not be false for the entry to apply. */
  context?: string;
  /** Whole-reply patterns: a curt reply with no softening word. */
  curt?: string[];
}

export interface CompiledEntry {
  strong: RegExp | null;
  weak: RegExp | null;
  exclude: RegExp | null;
  curt: RegExp | null;
  negatable: boolean;
  yieldsTo: readonly string[];
  context: string | undefined;
}

function alternation(sources: readonly string[] | undefined, flags: string): RegExp | null {
  if (!sources || sources.length === 0) return null;
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}

export function compileEntry(entry: PhraseEntry): CompiledEntry {
  return {
    strong: alternation(entry.patterns, 'gu'),
    weak: alternation(entry.weak, 'gu'),
    exclude: alternation(entry.exclude, 'u'),
    curt: alternation(entry.curt, 'u'),
    negatable: entry.negatable ?? false,
    yieldsTo: entry.yieldsTo ?? [],
    context: entry.context,
  };
}

/** The first match of `re` in the clause that no negator governs, or null. */
export function findIn(re: RegExp | null, clause: Clause, negatable: boolean): RegExpExecArray | null {
  if (!re) return null;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!negatable || !isNegated(clause, m.index)) return m;
  }
  return null;
}

export interface Hit {
  evidence: string;
  weak: boolean;
}

/** Where the entry applies in the reply: its evidence, or null. */
export function matchEntry(entry: CompiledEntry, clauses: readonly Clause[]): Hit | null {
  let weakHit: Hit | null = null;
  for (const clause of clauses) {
    if (entry.exclude?.test(clause.text)) continue;
    const strong = findIn(entry.strong, clause, entry.negatable);
    if (strong) return { evidence: strong[0], weak: false };
    if (!weakHit) {
      const weak = findIn(entry.weak, clause, entry.negatable);
      if (weak) weakHit = { evidence: weak[0], weak: true };
    }
  }
  return weakHit;
}
