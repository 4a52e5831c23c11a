// A sharper pre-check than required-chars.ts for one phrase pattern: strings one of which every
// match holds as a piece ("(保证|一定)[^,]{0,10}(到|送达)" cannot match a reply holding neither
// 保证 nor 一定). The character gate lets a reply through on any one of 保 or 一; this one needs
// the whole word, so most patterns a reply passes on a common character are never run. Read from
// the pattern source by a small parser that gives up (no factors) on anything it does not know.

/** Strings one of which every match contains; null when the parser cannot tell. */
export type Factors = readonly string[] | null;

/** Most strings an exact set may hold before it is given up (alternations multiply). */
const LIMIT = 64;
const LITERAL_ESCAPES = new Set('^$\\.*+?()[]{}|/-');
// A newline joins clauses in the text the twins are tried on (phrase-matcher.ts): a factor must
// never hold one, so that it stands in the reply whenever it stands in a match of the joined text.
const NEWLINE = '\n';

interface Info {
  /** Every string the node can match, when that is a small finite set ('' when it may match nothing). */
  exact: Set<string> | null;
  /** Strings one of which every match of the node contains, or null. */
  factors: Set<string> | null;
}

const NONE: Info = { exact: null, factors: null };
const EMPTY = (): Info => ({ exact: new Set(['']), factors: null });

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The factors a node gives alone: the better of its exact strings (when none is empty) and its factors. */
function own(info: Info): Set<string> | null {
  return better(info.exact, info.factors);
}

function minLength(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** Past two characters a longer word rules out little more: fewer strings to look for count first. */
const ENOUGH = 2;

/** The better of two factor sets: one whose strings all have ENOUGH characters, then fewer strings, then longer. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || a.size === 0 || a.has('')) return b && b.size > 0 && !b.has('') ? b : null;
  if (!b || b.size === 0 || b.has('')) return a;
  const la = minLength(a);
  const lb = minLength(b);
  if (Math.min(la, ENOUGH) !== Math.min(lb, ENOUGH)) return la > lb ? a : b;
  if (a.size !== b.size) return a.size < b.size ? a : b;
  return lb > la ? b : a;
}

/** The best factors within a run of exact atoms: every stretch of neighbours is a candidate. */
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

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  alternation(): Info {
    let exact: Set<string> | null = new Set<string>();
    let factors: Set<string> | null = new Set<string>();
    for (;;) {
      const branch = this.sequence();
      if (exact && branch.exact && exact.size + branch.exact.size <= LIMIT) for (const s of branch.exact) exact.add(s);
      else exact = null;
      const mine = own(branch);
      if (factors && mine) for (const s of mine) factors.add(s);
      else factors = null;
      if (this.src[this.at] !== '|') return { exact, factors };
      this.at++;
    }
  }

  private sequence(): Info {
    // `run`: the exact atoms read since the last one that is not exact.
    let run: Set<string>[] = [];
    let exact: Set<string> | null = new Set(['']);
    let best: Set<string> | null = null;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const info = this.quantified(this.atom());
      exact = exact && info.exact ? cross(exact, info.exact) : null;
      if (info.exact) {
        run.push(info.exact);
        continue;
      }
      best = better(bestOfRun(run, best), own(info));
      run = [];
    }
    return { exact, factors: bestOfRun(run, best) };
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
      return look ? EMPTY() : inner;
    }
    if (ch === '[') return this.characterClass();
    if (ch === '\\') {
      const next = this.src[this.at + 1] ?? '';
      this.at += 2;
      if (LITERAL_ESCAPES.has(next)) return { exact: new Set([next]), factors: null };
      if (/[uxpPkc0-9]/.test(next)) throw new Error('unsupported escape');
      return NONE;
    }
    this.at++;
    if (ch === '^' || ch === '$') return EMPTY();
    if (ch === '.' || ch === NEWLINE) return NONE;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A character beyond the BMP is one atom under the u flag: a quantifier takes both halves.
      const low = this.src.charCodeAt(this.at);
      if (!(low >= 0xdc00 && low <= 0xdfff)) throw new Error('lone surrogate');
      this.at++;
      return { exact: new Set([ch + this.src[this.at - 1]!]), factors: null };
    }
    if (code >= 0xdc00 && code <= 0xdfff) throw new Error('lone surrogate');
    return { exact: new Set([ch]), factors: null };
  }

  /** [abc] of plain characters is the set of them; anything else in a class is not read. */
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
    return plain && chars.size > 0 && chars.size <= LIMIT ? { exact: chars, factors: null } : NONE;
  }

  /** The atom with its quantifier, if any, applied. */
  private quantified(info: Info): Info {
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
    } else return info;
    if (this.src[this.at] === '?') this.at++;
    if (min === 0 && max === 1) return { exact: info.exact ? new Set([...info.exact, '']) : null, factors: null };
    if (min === 1 && max === 1) return info;
    // Repeated: one repetition holds the atom's own factors; nothing exact is left to join.
    return { exact: null, factors: min >= 1 ? own(info) : null };
  }

  done(): boolean {
    return this.at === this.src.length;
  }
}

/**
 * The factors of one pattern source, or null when the parser cannot tell or they would rule out
 * no more than single characters do (then the character gate is as good and cheaper).
 */
export function factorsOf(source: string): Factors {
  try {
    const p = new Parser(source);
    const info = p.alternation();
    if (!p.done()) return null;
    const set = own(info);
    if (!set || set.size === 0 || set.has('') || minLength(set) < 2) return null;
    return [...set];
  } catch {
    return null;
  }
}

/** Whether `text` may match a pattern with these factors: false means it surely does not. */
export function mayHold(factors: Factors, text: string): boolean {
  if (factors === null) return true;
  for (let i = 0; i < factors.length; i++) if (text.includes(factors[i]!)) return true;
  return false;
}
