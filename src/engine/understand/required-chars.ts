// A cheap pre-check for the big phrase alternations: the characters of which every match of a
// pattern holds at least one ("(亲亲|亲)?在(的|滴)" cannot match a reply without 在). A reply
// holding none of them cannot match, and the regex is not run. Read from the pattern source by
// a small parser that gives up (no gate) on anything it does not understand.

/** Characters one of which every match contains; null when the parser cannot tell. */
export type Gate = Uint16Array | null;

// Characters in nearly every reply make poor gates: a rarer required one is preferred.
const COMMON = new Set('的了是不我您你亲有在就也都吗呢吧哦啊一个这那给可以能会要');
const LITERAL_ESCAPES = new Set('^$\\.*+?()[]{}|/-');

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  /** Alternatives: a match of the whole holds one of the union of the branches' gates. */
  alternation(): Set<number> | null {
    let union: Set<number> | null = new Set<number>();
    for (;;) {
      const branch = this.sequence();
      if (union && branch) for (const c of branch) union.add(c);
      else union = null;
      if (this.src[this.at] !== '|') return union;
      this.at++;
    }
  }

  private sequence(): Set<number> | null {
    let best: Set<number> | null = null;
    let bestCost = Infinity;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const gate = this.atom();
      const optional = this.quantifier();
      if (!gate || optional || gate.size === 0) continue;
      let cost = gate.size;
      for (const c of gate) if (COMMON.has(String.fromCharCode(c))) cost += 100;
      if (cost < bestCost) {
        best = gate;
        bestCost = cost;
      }
    }
    return best;
  }

  private atom(): Set<number> | null {
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
      return look ? null : inner;
    }
    if (ch === '[') {
      this.at++;
      while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      if (this.src[this.at] !== ']') throw new Error('unbalanced class');
      this.at++;
      return null;
    }
    if (ch === '\\') {
      const next = this.src[this.at + 1] ?? '';
      this.at += 2;
      if (LITERAL_ESCAPES.has(next)) return new Set([next.charCodeAt(0)]);
      if (/[uxpPkc0-9]/.test(next)) throw new Error('unsupported escape');
      return null;
    }
    this.at++;
    if (ch === '.' || ch === '^' || ch === '$') return null;
    const code = ch.charCodeAt(0);
    // A character beyond the BMP: its halves are not worth gating on.
    if (code >= 0xd800 && code <= 0xdfff) return null;
    return new Set([code]);
  }

  /** Consumes a quantifier, if any: whether it lets the atom match zero times. */
  private quantifier(): boolean {
    const ch = this.src[this.at];
    let optional = false;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++;
      optional = ch !== '+';
    } else if (ch === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('unsupported brace');
      this.at += m[0].length;
      optional = Number(m[1]) === 0;
    } else return false;
    if (this.src[this.at] === '?') this.at++;
    return optional;
  }

  done(): boolean {
    return this.at === this.src.length;
  }
}

/** The gate of an alternation of pattern sources (as phrase-matcher joins them). */
export function gateOf(sources: readonly string[] | undefined): Gate {
  if (!sources || sources.length === 0) return null;
  const all = new Set<number>();
  for (const source of sources) {
    try {
      const p = new Parser(source);
      const gate = p.alternation();
      if (!gate || !p.done()) return null;
      for (const c of gate) all.add(c);
    } catch {
      return null;
    }
  }
  return Uint16Array.from(all);
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
