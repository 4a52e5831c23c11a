// Compiles the phrase data of src/engine/lexicon/*.json once, and finds the first
// un-negated match of an entry in a clause.
import { isNegated, isPostNegated, negatorWithin, wholeClause, type Clause } from '@/engine/understand/clauses';
import { gateOf, mayMatchClause, type Gate } from '@/engine/understand/required-chars';
import { factorsOf, mayHold, type Factors } from '@/engine/understand/required-factors';
import { REPLY_INDEX, type RequirementId } from '@/engine/understand/requirement-index';

/** One entry of moves.json / flags.json, as a trainer writes it. */
export interface PhraseEntry {
  patterns?: string[];
  /** Patterns that carry their own negation (不能加微信 as a policy), so no negator cancels them. */
  firm?: string[];
  /** Patterns that count only when none of `yieldsTo` was found in the reply. */
  weak?: string[];
  yieldsTo?: string[];
  /**
   * A negator shortly before the match cancels it (不能加微信 is not off-platform); `inside`:
   * also one within the match (税点不用您出 is not invoice-fee).
   */
  negatable?: boolean | 'inside';
  /** Patterns that, found anywhere in the same clause, cancel the entry there. */
  exclude?: string[];
  /** Patterns that, found anywhere in the reply, cancel the entry (a "补偿" that buys a review). */
  excludeReply?: string[];
  /** A ReplyContext switch that must not be false for the entry to apply. */
  context?: string;
  /** Patterns read across the clauses of a reply (好评截图发我,返您两元红包), negated as the entry says. */
  replyPatterns?: string[];
  /** Cross-clause patterns that carry their own negation (包邮地区不包括您那,要加钱): never negated. */
  replyFirm?: string[];
  /** Whole-reply patterns: a curt reply with no softening word. */
  curt?: string[];
  /** Rule ids that, flagged on the same reply, take the move back (发票要等下个月才能开 is no invoice-yes). */
  cancelledBy?: string[];
  /** Rule ids that, flagged on the reply, make the move: an invoice charged for (invoice-fee) is granted (invoice-yes). */
  grantedBy?: string[];
}

export type Negation = boolean | 'inside';

export interface CompiledEntry {
  strong: RegExp | null;
  firm: RegExp | null;
  /** Multi-line twins of strong/weak/firm, tried once on all clauses joined by newlines. */
  anyStrong: JoinedTwin | null;
  anyWeak: JoinedTwin | null;
  anyFirm: JoinedTwin | null;
  weak: RegExp | null;
  exclude: RegExp | null;
  excludeReply: RegExp | null;
  reply: RegExp | null;
  replyFirm: RegExp | null;
  curt: RegExp | null;
  negatable: Negation;
  yieldsTo: readonly string[];
  cancelledBy: readonly string[];
  context: string | undefined;
  /** Characters one of which each pattern group's every match holds (required-chars.ts). */
  gates: { strong: Gate; firm: Gate; weak: Gate; exclude: Gate; excludeReply: Gate; reply: Gate; replyFirm: Gate };
  /** Words one of which each pattern group's every match holds (required-factors.ts). */
  words: { strong: Factors; firm: Factors; weak: Factors; exclude: Factors; excludeReply: Factors; reply: Factors; replyFirm: Factors };
  /** Each group's gate and words together, checked on the whole reply in one read (requirement-index.ts). */
  reqs: { strong: RequirementId; firm: RequirementId; weak: RequirementId; exclude: RequirementId; excludeReply: RequirementId; reply: RequirementId; replyFirm: RequirementId };
  /**
   * The pre-checks of every group that can give the entry a hit (strong, firm, weak and the
   * cross-clause ones) as one: a reply that fails it matches none of them, and most entries are
   * ruled out in one read.
   */
  any: RequirementId;
}

/** Every pattern's and group's pre-checks on the reply, answered in one read of it. */
const INDEX = REPLY_INDEX;

/**
 * A cheap pre-check: each clause-level match is also a match in the clauses joined by "\n"
 * under the `m` flag (^ and $ then stop at clause edges, . does not cross them), so a pattern
 * that misses the joined text misses every clause and the clause loop can be skipped. One regex
 * per pattern, each behind its own required-character gate and then its required words
 * (required-factors.ts): the alternation matches when one of them does (no pattern refers back
 * to another's groups), and most are never run.
 */
export type JoinedTwin = ReadonlyArray<{ re: RegExp; req: RequirementId }>;

function joinedTwin(sources: readonly string[] | undefined): JoinedTwin | null {
  if (!sources || sources.length === 0) return null;
  return sources.map((source) => ({ re: new RegExp(`(?:${source})`, 'mu'), req: INDEX.register(gateOf([source]), factorsOf(source)) }));
}

/** Whether one of the twin's patterns matches the joined clauses of the reply `normalized`. */
function twinMatches(twin: JoinedTwin, joined: string, normalized: string): boolean {
  for (let i = 0; i < twin.length; i++) {
    const part = twin[i]!;
    if (INDEX.passes(part.req, normalized) && part.re.test(joined)) return true;
  }
  return false;
}

function joinedText(clauses: readonly Clause[]): string {
  return clauses.length === 1 ? clauses[0]!.text : clauses.map((c) => c.text).join('\n');
}

function alternation(sources: readonly string[] | undefined, flags: string): RegExp | null {
  if (!sources || sources.length === 0) return null;
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}

/** Past this many words, looking for each in a clause costs more than running the group's regex. */
const MAX_GROUP_WORDS = 24;

/**
 * The words of a pattern group: one of them in every match of any of its patterns. Past `limit`
 * words the clause check gives up (null); the whole-reply index takes them all (Infinity).
 */
function wordsOf(sources: readonly string[] | undefined, limit = MAX_GROUP_WORDS): Factors {
  if (!sources || sources.length === 0) return null;
  const all = new Set<string>();
  for (const source of sources) {
    const words = factorsOf(source);
    if (words === null) return null;
    for (const w of words) all.add(w);
    if (all.size > limit) return null;
  }
  return [...all];
}

const groupReq = (sources: readonly string[] | undefined): RequirementId => INDEX.register(gateOf(sources), wordsOf(sources, Infinity));

/** Both pre-checks of a group on one clause: its characters, then its words. */
const mayInClause = (gate: Gate, words: Factors, text: string): boolean => mayMatchClause(gate, text) && mayHold(words, text);

export function compileEntry(entry: PhraseEntry): CompiledEntry {
  return {
    strong: alternation(entry.patterns, 'gu'),
    firm: alternation(entry.firm, 'gu'),
    anyStrong: joinedTwin(entry.patterns),
    anyWeak: joinedTwin(entry.weak),
    anyFirm: joinedTwin(entry.firm),
    weak: alternation(entry.weak, 'gu'),
    exclude: alternation(entry.exclude, 'u'),
    excludeReply: alternation(entry.excludeReply, 'u'),
    reply: alternation(entry.replyPatterns, 'gu'),
    replyFirm: alternation(entry.replyFirm, 'gu'),
    curt: alternation(entry.curt, 'u'),
    negatable: entry.negatable ?? false,
    yieldsTo: entry.yieldsTo ?? [],
    cancelledBy: entry.cancelledBy ?? [],
    context: entry.context,
    gates: {
      strong: gateOf(entry.patterns),
      firm: gateOf(entry.firm),
      weak: gateOf(entry.weak),
      exclude: gateOf(entry.exclude),
      excludeReply: gateOf(entry.excludeReply),
      reply: gateOf(entry.replyPatterns),
      replyFirm: gateOf(entry.replyFirm),
    },
    words: {
      strong: wordsOf(entry.patterns),
      firm: wordsOf(entry.firm),
      weak: wordsOf(entry.weak),
      exclude: wordsOf(entry.exclude),
      excludeReply: wordsOf(entry.excludeReply),
      reply: wordsOf(entry.replyPatterns),
      replyFirm: wordsOf(entry.replyFirm),
    },
    reqs: {
      strong: groupReq(entry.patterns),
      firm: groupReq(entry.firm),
      weak: groupReq(entry.weak),
      exclude: groupReq(entry.exclude),
      excludeReply: groupReq(entry.excludeReply),
      reply: groupReq(entry.replyPatterns),
      replyFirm: groupReq(entry.replyFirm),
    },
    any: groupReq([...(entry.patterns ?? []), ...(entry.firm ?? []), ...(entry.weak ?? []), ...(entry.replyPatterns ?? []), ...(entry.replyFirm ?? [])]),
  };
}

/**
 * A match that starts at the 不/没 of an A-not-A question (能不能退, 退不退, 有没有) asks; it
 * does not refuse: "能不能退要等仓库检查" is no return-refuse.
 */
function isAnotAQuestion(text: string, index: number): boolean {
  const negator = text[index];
  if ((negator !== '不' && negator !== '没') || index === 0) return false;
  return text[index - 1] === text[index + 1];
}

/** The first match of `re` in the clause that no negator governs, or null. */
export function findIn(re: RegExp | null, clause: Clause, negatable: Negation): RegExpExecArray | null {
  if (!re) return null;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (isAnotAQuestion(clause.text, m.index)) continue;
    if (!negatable) return m;
    if (isNegated(clause, m.index)) continue;
    if (isPostNegated(clause, m.index + m[0].length)) continue;
    if (negatable === 'inside' && negatorWithin(clause, m.index, m[0].length)) continue;
    return m;
  }
  return null;
}

export interface Hit {
  evidence: string;
  weak: boolean;
}

// The reply read last: every entry of detectMoves/detectFlags reads the same one, so its joined
// clauses and whole-reply clause are built once (identity check: no WeakMap entry per reply).
let lastClauses: readonly Clause[] | null = null;
let lastJoined = '';
let lastNormalized: string | null = null;
let lastWhole: Clause | null = null;
function joinedOf(clauses: readonly Clause[]): string {
  if (clauses !== lastClauses) {
    lastClauses = clauses;
    lastJoined = joinedText(clauses);
  }
  return lastJoined;
}
function wholeOf(normalized: string): Clause {
  if (normalized !== lastNormalized || lastWhole === null) {
    lastNormalized = normalized;
    lastWhole = wholeClause(normalized);
  }
  return lastWhole;
}

/**
 * Where the entry applies in the reply: its evidence, or null. Every clause is a piece of
 * `normalized`, so a gate that rules a pattern group out of the reply rules it out of each
 * clause and of the joined clauses too.
 */
export function matchEntry(entry: CompiledEntry, clauses: readonly Clause[], normalized: string): Hit | null {
  // Most entries end here: nothing else of the entry is read for them.
  if (!INDEX.passes(entry.any, normalized)) return null;
  const g = entry.gates;
  const w = entry.words;
  const r = entry.reqs;
  if (entry.excludeReply && INDEX.passes(r.excludeReply, normalized) && entry.excludeReply.test(normalized)) return null;
  const reply = entry.reply && INDEX.passes(r.reply, normalized) ? entry.reply : null;
  const replyFirm = entry.replyFirm && INDEX.passes(r.replyFirm, normalized) ? entry.replyFirm : null;
  const exclude = entry.exclude && INDEX.passes(r.exclude, normalized) ? entry.exclude : null;
  // A cross-clause pattern spans the reply, so the entry's clause exclusions apply to the reply.
  if ((reply || replyFirm) && !exclude?.test(normalized)) {
    const clause = wholeOf(normalized);
    const whole = findIn(reply, clause, entry.negatable) ?? findIn(replyFirm, clause, false);
    if (whole) return { evidence: whole[0], weak: false };
  }
  const maybeStrong = entry.anyStrong !== null && INDEX.passes(r.strong, normalized);
  const maybeFirm = entry.anyFirm !== null && INDEX.passes(r.firm, normalized);
  const maybeWeak = entry.anyWeak !== null && INDEX.passes(r.weak, normalized);
  if (!maybeStrong && !maybeFirm && !maybeWeak) return null;
  const joined = joinedOf(clauses);
  const strongRe = maybeStrong && entry.anyStrong && twinMatches(entry.anyStrong, joined, normalized) ? entry.strong : null;
  const firmRe = maybeFirm && entry.anyFirm && twinMatches(entry.anyFirm, joined, normalized) ? entry.firm : null;
  const weakRe = maybeWeak && entry.anyWeak && twinMatches(entry.anyWeak, joined, normalized) ? entry.weak : null;
  if (!strongRe && !firmRe && !weakRe) return null;
  let weakHit: Hit | null = null;
  // A reply of one clause was checked whole above: each group still here passed on that same text.
  const whole = clauses.length === 1 && clauses[0]!.text === normalized;
  for (const clause of clauses) {
    const t = clause.text;
    if (exclude && (whole || mayInClause(g.exclude, w.exclude, t)) && exclude.test(t)) continue;
    const strong =
      findIn(strongRe && (whole || mayInClause(g.strong, w.strong, t)) ? strongRe : null, clause, entry.negatable) ??
      findIn(firmRe && (whole || mayInClause(g.firm, w.firm, t)) ? firmRe : null, clause, false);
    if (strong) return { evidence: strong[0], weak: false };
    if (!weakHit) {
      const weak = findIn(weakRe && (whole || mayInClause(g.weak, w.weak, t)) ? weakRe : null, clause, entry.negatable);
      if (weak) weakHit = { evidence: weak[0], weak: true };
    }
  }
  return weakHit;
}
