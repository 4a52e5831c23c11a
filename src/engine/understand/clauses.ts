// A reply is read clause by clause so that a negation only reaches the words it governs:
// in "不用加运费,顺丰包邮" the 不 belongs to the first clause only.
import toneJson from '@/engine/lexicon/tone.json';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';

// Checked here, the first reader of tone.json to load; the other readers use the same file.
const tone = checkLexicon('tone.json', toneSchema, toneJson);

// A decimal point (1.8米, 2.2米的被子, 39.9元) is no break: the figure stays whole in its clause.
const CLAUSE_BREAK = new RegExp(`(?!(?<=\\d)\\.(?=\\d))(?:${tone.clauseBreak.replace('(?=但', '(?<!不)(?=但')})`, 'u');
const NEGATOR = new RegExp(tone.negators, 'u');
// A refusal right after a phrase takes it back: "平台外交易不行", "私下转账我们这边不支持".
const POST_NEGATION = new RegExp(tone.postNegation, 'u');
// A refusal that closes the clause, with what stands before it as its topic: "加微信私下转账这个真不行哦".
const CLOSING_REFUSAL = new RegExp(tone.closingRefusal, 'u');
// A condition ends a negation's reach: in "不合适的话7天无理由退换" the 不 governs 合适 only.
const BARRIER = new RegExp(`(?:${tone.negationBarrier})(?!.*(?:${tone.negationBarrier}))`, 'u');
// Fixed phrases that contain a negator character but negate nothing (不好意思, 无理由, 非常).
const NEUTRAL = new RegExp(
  [...tone.neutral].sort((a, b) => b.length - a.length).join('|'),
  'gu',
);
/** How many characters before a phrase a negator still governs it (不会额外收取分期手续费). */
const NEGATION_REACH = 10;

export interface Clause {
  text: string;
  /** The clause with neutral phrases blanked out, same length: where negators are looked for. */
  mask: string;
}

function masked(text: string): string {
  // Most clauses hold no negator at all: then there is nothing to mask.
  if (!NEGATOR.test(text)) return text;
  return text.replace(NEUTRAL, (m) => '_'.repeat(m.length));
}

/** The whole reply as one clause, for patterns that span a comma. */
export function wholeClause(normalized: string): Clause {
  return { text: normalized, mask: masked(normalized) };
}

// The reply read last: the rules, the classifier's negation check and the knowledge check all
// split the same reply, so it is split once (the clauses are only ever read).
let lastText: string | null = null;
let lastClauses: readonly Clause[] = [];

export function splitClauses(normalized: string): readonly Clause[] {
  if (normalized === lastText) return lastClauses;
  const clauses: Clause[] = [];
  for (const part of normalized.split(CLAUSE_BREAK)) {
    if (!part) continue;
    clauses.push({ text: part, mask: masked(part) });
  }
  lastText = normalized;
  lastClauses = clauses;
  return clauses;
}

/** A negator stands shortly before position `index` of the clause. */
export function isNegated(clause: Clause, index: number): boolean {
  if (index <= 0) return false;
  let window = clause.mask.slice(Math.max(0, index - NEGATION_REACH), index);
  const barrier = BARRIER.exec(window);
  if (barrier) window = window.slice(barrier.index + barrier[0].length);
  return NEGATOR.test(window);
}

/** A negator inside the span (neutral phrases excepted). */
export function negatorWithin(clause: Clause, index: number, length: number): boolean {
  return NEGATOR.test(clause.mask.slice(index, index + length));
}

/** A refusing predicate follows shortly after the phrase ending at `end`, in the same clause. */
export function isPostNegated(clause: Clause, end: number): boolean {
  return refusedAfter(clause.text.slice(end));
}

/**
 * The negation ends in a 的 that makes it a modifier (没拆封的可以退, 没开的两罐直接退货, 未使用的): it
 * negates the modifier, not what follows. `rest` is the text right after the negator; a 的 that
 * ends the sentence (不退的哦, 没有的) or opens a condition (不合适的话) is no modifier.
 */
export function negatedModifier(rest: string): boolean {
  return NEGATED_MODIFIER.test(rest);
}
const NEGATED_MODIFIER = /^[^,.!?;的]{0,4}的(?![话哦呢哈啦呀亲吧啊~,.!?;]|$)/u;

/** The words after a phrase refuse it: a refusal right after it, or one that closes its clause. */
export function refusedAfter(rest: string): boolean {
  return POST_NEGATION.test(rest) || CLOSING_REFUSAL.test(rest);
}

/** The sentence (up to one of `marks`) around a position of the reply; the whole reply when the position is unknown. */
export function sentenceAt(normalized: string, at: number, marks: readonly string[] = ['。', '!', '?']): string {
  if (at < 0) return normalized;
  const start = Math.max(...marks.map((p) => normalized.lastIndexOf(p, at))) + 1;
  const ends = marks.map((p) => normalized.indexOf(p, at)).filter((i) => i >= 0);
  return normalized.slice(start, ends.length > 0 ? Math.min(...ends) : normalized.length);
}
