// The one reader of a lexicon pattern's source for the matcher's pre-checks: what every match of
// the pattern must hold. It yields both pieces in one pass:
//   - `chars`: characters one of which every match holds (required-chars.ts gates on them);
//   - `words`: strings one of which every match holds as a whole piece (required-factors.ts).
// A small parser that gives up on anything it does not understand (the piece is then null, and
// the matcher simply runs the pattern).

/** Most strings an exact set may hold before it is given up (alternations multiply). */
const LIMIT = 64;
const LITERAL_ESCAPES = new Set('^$\\.*+?()[]{}|/-');
// A newline joins clauses in the text the twins are tried on (phrase-matcher.ts): a word must
// never hold one, so that it stands in the reply whenever it stands in a match of the joined text.
const NEWLINE = '\n';
// Characters in nearly every reply make poor gates: a rarer required one is preferred.
const COMMON = new Set('的了是不我您你亲有在就也都吗呢吧哦啊一个这那给可以能会要');

interface Info {
  /** Characters one of which every match holds, or null. */
  chars: Set<number> | null;
  /** Every string the node can match, when that is a small finite set ('' when it may match nothing). */
  exact: Set<string> | null;
  /** Strings one of which every match of the node contains, or null. */
  factors: Set<string> | null;
}

const info = (chars: Set<number> | null, exact: Set<string> | null = null, factors: Set<string> | null = null): Info => ({ chars, exact, factors });
/** Matches nothing of width (a lookaround, ^ or $): no character required, the empty string exact. */
const ZERO_WIDTH = (): Info => info(null, new Set(['']));

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The words a node gives alone: the better of its exact strings (when none is empty) and its factors. */
function own(node: Info): Set<string> | null {
  return better(node.exact, node.factors);
}

function minLength(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** Past two characters a longer word rules out little more: fewer strings to look for count first. */
const ENOUGH = 2;

/** The better of two word sets: one whose strings all have ENOUGH characters, then fewer strings, then longer. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || a.size === 0 || a.has('')) return b && b.size > 0 && !b.has('') ? b : null;
  if (!b || b.size === 0 || b.has('')) return a;
  const la = minLength(a);
  const lb = minLength(b);
  if (Math.min(la, ENOUGH) !== Math.min(lb, ENOUGH)) return la > lb ? a : b;
  if (a.size !== b.size) return a.size < b.size ? a : b;
  return lb > la ? b : a;
}

/** The best words within a run of exact atoms: every stretch of neighbours is a candidate. */
function bestOfRun(run: readonly Set<string>[], best: Set<string> | null): Set<string> | null {
  for (let i = 0; i < run.length; i++) {
    let acc: Set<string> | null = new Set(['']);
    for (let j = i; j < run.length && acc; j++) {
      acc = cross(acc, run[j]!);
      best = better(best, acc);
    }
  }
  return best;
}

/** The cost of a character gate: its size, and much more for a character nearly every reply holds. */
function cost(gate: Set<number>): number {
  let c = gate.size;
  for (const ch of gate) if (COMMON.has(String.fromCharCode(ch))) c += 100;
  return c;
}

class Parser {
  private at = 0;
  /** A lone surrogate: the character gate reads past it, the words cannot. */
  wordsUnknown = false;
  constructor(private readonly src: string) {}

  alternation(): Info {
    let chars: Set<number> | null = new Set<number>();
    let exact: Set<string> | null = new Set<string>();
    let factors: Set<string> | null = new Set<string>();
    for (;;) {
      const branch = this.sequence();
      if (chars && branch.chars) for (const c of branch.chars) chars.add(c);
      else chars = null;
      if (exact && branch.exact && exact.size + branch.exact.size <= LIMIT) for (const s of branch.exact) exact.add(s);
      else exact = null;
      const mine = own(branch);
      if (factors && mine) for (const s of mine) factors.add(s);
      else factors = null;
      if (this.src[this.at] !== '|') return { chars, exact, factors };
      this.at++;
    }
  }

  private sequence(): Info {
    let chars: Set<number> | null = null;
    let charsCost = Infinity;
    // `run`: the exact atoms read since the last one that is not exact.
    let run: Set<string>[] = [];
    let exact: Set<string> | null = new Set(['']);
    let best: Set<string> | null = null;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      const { node, optional } = this.quantified(atom);
      if (atom.chars && !optional && atom.chars.size > 0 && cost(atom.chars) < charsCost) {
        chars = atom.chars;
        charsCost = cost(atom.chars);
      }
      exact = exact && node.exact ? cross(exact, node.exact) : null;
      if (node.exact) {
        run.push(node.exact);
        continue;
      }
      best = better(bestOfRun(run, best), own(node));
      run = [];
    }
    return { chars, exact, factors: bestOfRun(run, best) };
  }

  private atom(): Info {
    const ch = this.src[this.at]!;
    if (ch === '(') {
      this.at++;
      let look = false;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
        look = true;
        this.at += this.src[this.at + 1] === '<' ? 3 : 2;
      } else if (this.src[this.at] === '?') throw new Error('unsupported group');
      const inner = this.alternation();
      if (this.src[this.at] !== ')') throw new Error('unbalanced group');
      this.at++;
      // A lookaround is zero-width: the text matched around it stays one piece.
      return look ? ZERO_WIDTH() : inner;
    }
    if (ch === '[') return this.characterClass();
    if (ch === '\\') {
      const next = this.src[this.at + 1] ?? '';
      this.at += 2;
      if (LITERAL_ESCAPES.has(next)) return info(new Set([next.charCodeAt(0)]), new Set([next]));
      if (/[uxpPkc0-9]/.test(next)) throw new Error('unsupported escape');
      return info(null);
    }
    this.at++;
    if (ch === '^' || ch === '$') return ZERO_WIDTH();
    if (ch === '.') return info(null);
    // A newline is a character of its own for the gate, never part of a word.
    if (ch === NEWLINE) return info(new Set([ch.charCodeAt(0)]));
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A character beyond the BMP is one atom under the u flag: a quantifier takes both halves.
      // Its halves are not worth gating on.
      const low = this.src.charCodeAt(this.at);
      if (!(low >= 0xdc00 && low <= 0xdfff)) {
        this.wordsUnknown = true;
        return info(null);
      }
      this.at++;
      return info(null, new Set([ch + this.src[this.at - 1]!]));
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      this.wordsUnknown = true;
      return info(null);
    }
    return info(new Set([code]), new Set([ch]));
  }

  /** [abc] of plain characters is the set of them for the words; a class never gates a character. */
  private characterClass(): Info {
    this.at++;
    const chars = new Set<string>();
    let plain = this.src[this.at] !== '^';
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      const ch = this.src[this.at]!;
      if (ch === '\\') {
        const next = this.src[this.at + 1] ?? '';
        if (LITERAL_ESCAPES.has(next)) chars.add(next);
        else plain = false;
        this.at += 2;
        continue;
      }
      const code = ch.charCodeAt(0);
      if (ch === '-' || ch === NEWLINE || (code >= 0xd800 && code <= 0xdfff)) plain = false;
      else chars.add(ch);
      this.at++;
    }
    if (this.src[this.at] !== ']') throw new Error('unbalanced class');
    this.at++;
    return info(null, plain && chars.size > 0 && chars.size <= LIMIT ? chars : null);
  }

  /** The atom with its quantifier, if any, applied; `optional` when it may match zero times. */
  private quantified(atom: Info): { node: Info; optional: boolean } {
    const ch = this.src[this.at];
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('unsupported brace');
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return { node: atom, optional: false };
    if (this.src[this.at] === '?') this.at++;
    const optional = min === 0;
    if (min === 0 && max === 1) return { node: info(atom.chars, atom.exact ? new Set([...atom.exact, '']) : null), optional };
    if (min === 1 && max === 1) return { node: atom, optional };
    // Repeated: one repetition holds the atom's own words; nothing exact is left to join.
    return { node: info(atom.chars, null, min >= 1 ? own(atom) : null), optional };
  }

  done(): boolean {
    return this.at === this.src.length;
  }
}

export interface Pieces {
  /** Characters one of which every match holds; null when the parser cannot tell. */
  chars: Set<number> | null;
  /**
   * Strings one of which every match holds; null when the parser cannot tell or they would rule
   * out no more than single characters do (then the character gate is as good and cheaper).
   */
  words: string[] | null;
}

/** What every match of one pattern source must hold. */
export function piecesOf(source: string): Pieces {
  try {
    const p = new Parser(source);
    const node = p.alternation();
    if (!p.done()) return { chars: null, words: null };
    const set = p.wordsUnknown ? null : own(node);
    const words = !set || set.size === 0 || set.has('') || minLength(set) < 2 ? null : [...set];
    return { chars: node.chars, words };
  } catch {
    return { chars: null, words: null };
  }
}
