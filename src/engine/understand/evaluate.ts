// Scores understand() against labelled replies: move micro-F1 and per-rule flag precision and
// recall. Shared by `npm run eval` and the unit tests that hold the labelled set to a threshold.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { understand } from '@/engine/understand/understand';

export interface LabelledReply {
  text: string;
  moves: string[];
  flags: string[];
  context?: ReplyContext;
  /** The buyer's line(s) the reply answers: passed to understand() as context. */
  buyer?: string;
  /** Where a real chat turn came from (an id and the turn's index): for reading misses. */
  chat?: string;
  turn?: number;
}

/** The context a labelled reply is read in: its shop facts and the buyer's line before it. */
export function contextOf(r: LabelledReply): ReplyContext {
  return r.buyer ? { ...r.context, buyer: r.buyer } : (r.context ?? {});
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  text: string;
  buyer?: string;
  kind: 'move' | 'flag';
  missing: string[];
  extra: string[];
}

export interface EvalReport {
  size: number;
  moves: Counts & { precision: number; recall: number; f1: number };
  flags: Counts & { precision: number; recall: number; f1: number };
  perRule: Record<string, Counts & { precision: number; recall: number }>;
  perMove: Record<string, Counts>;
  misses: Miss[];
  /** fact-wrong labels on replies that carry no shop facts: no reader can judge them, so they are
   *  left out of the flag counts and only counted here. */
  unjudged: number;
}

/** A flag only the shop's facts can decide: judged only where the labelled reply carries them. */
const NEEDS_FACTS = 'fact-wrong';

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function withRates(c: Counts): Counts & { precision: number; recall: number; f1: number } {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function tally(expected: readonly string[], got: readonly string[], total: Counts, per: Record<string, Counts>): { missing: string[]; extra: string[] } {
  const want = new Set(expected);
  const have = new Set(got);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const id of new Set([...want, ...have])) {
    const c = (per[id] ??= { tp: 0, fp: 0, fn: 0 });
    if (want.has(id) && have.has(id)) {
      c.tp++;
      total.tp++;
    } else if (have.has(id)) {
      c.fp++;
      total.fp++;
      extra.push(id);
    } else {
      c.fn++;
      total.fn++;
      missing.push(id);
    }
  }
  return { missing, extra };
}

export function parseLabelled(jsonl: string): LabelledReply[] {
  return jsonl
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .map((line) => JSON.parse(line) as LabelledReply);
}

/**
 * A chat's agent turn with no buyer line just before it (she has not spoken since the agent's
 * last turn) answers the buyer's lines still open, as the scorer reads it (score/scorer.ts holds
 * her lines over consecutive agent turns: "稍等，我查一下" then "是纯棉的亲" both answer her), and so
 * does a turn whose buyer line repeats the one before it. Her mood is not read again from them:
 * empathy is owed by the first reply after her upset line.
 */
export function withOpenLines(replies: readonly LabelledReply[]): LabelledReply[] {
  const open = new Map<string, { turn: number; buyer: string }>();
  return replies.map((r) => {
    if (r.chat === undefined || r.turn === undefined) return r;
    const before = open.get(r.chat);
    // A set may also repeat her line on each agent turn that follows it (chats-av, logs-z): the same line, held.
    const repeated = r.buyer !== undefined && r.buyer === before?.buyer;
    const held = (r.buyer === undefined || repeated) && before !== undefined && before.turn === r.turn - 1 ? { ...r, buyer: before.buyer, context: { buyerUpset: false, ...r.context } } : r;
    if (held.buyer !== undefined) open.set(r.chat, { turn: r.turn, buyer: held.buyer });
    else open.delete(r.chat);
    return held;
  });
}

/** `read` is understand() unless a tool measures another reader (the phrase rules alone). */
export function evaluate(
  replies: readonly LabelledReply[],
  read: (text: string, context: ReplyContext) => Understanding = understand,
): EvalReport {
  const moveTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  const flagTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  const perMove: Record<string, Counts> = {};
  const perRuleCounts: Record<string, Counts> = {};
  const misses: Miss[] = [];
  let unjudged = 0;
  for (const r of withOpenLines(replies)) {
    const u = read(r.text, contextOf(r));
    const where = r.buyer ? { text: r.text, buyer: r.buyer } : { text: r.text };
    const m = tally(r.moves, u.moves, moveTotal, perMove);
    if (m.missing.length || m.extra.length) misses.push({ ...where, kind: 'move', ...m });
    const judged = r.context?.facts !== undefined;
    if (!judged && r.flags.includes(NEEDS_FACTS)) unjudged++;
    const expected = judged ? r.flags : r.flags.filter((id) => id !== NEEDS_FACTS);
    const got = [...new Set(u.flags.map((x) => x.rule))].filter((id) => judged || id !== NEEDS_FACTS);
    const f = tally(expected, got, flagTotal, perRuleCounts);
    if (f.missing.length || f.extra.length) misses.push({ ...where, kind: 'flag', ...f });
  }
  const perRule: EvalReport['perRule'] = {};
  for (const [id, c] of Object.entries(perRuleCounts).sort(([a], [b]) => a.localeCompare(b))) {
    const { precision, recall } = withRates(c);
    perRule[id] = { ...c, precision, recall };
  }
  return { size: replies.length, moves: withRates(moveTotal), flags: withRates(flagTotal), perRule, perMove, misses, unjudged };
}
