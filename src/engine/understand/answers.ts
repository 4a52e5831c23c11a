// A reply read after the buyer's question: "是的亲" after "这个是纯棉的吗" is product-info,
// "开不了哦" after "能开发票吗" is invoice-refuse, "可以的" after "加微信可以吗" is off-platform.
// The reply's answer word (yes or no, lexicon/answers.json) meets the question's topics
// (question.ts); what each topic's yes, no or value does is data, not code.
import answersJson from '@/engine/lexicon/answers.json';
import { answersSchema, checkLexicon } from '@/engine/understand/lexicon-schema';
import tone from '@/engine/lexicon/tone.json';
import { RULES } from '@/engine/rules/catalog';
import type { Answer, Flag, ReplyContext } from '@/engine/understanding-types';
import type { Clause } from '@/engine/understand/clauses';
import { readQuestion, type BuyerQuestion } from '@/engine/understand/question';
import type { Move, RuleId, Topic } from '@/engine/vocabulary';

export interface TopicEffect {
  moves?: Move[];
  flags?: RuleId[];
  /** A ReplyContext switch that must not be false for the flags to apply (cod, freeShipping). */
  context?: string;
}
export type AnswerTable = Record<Topic, { yes?: TopicEffect; no?: TopicEffect; open?: TopicEffect }>;

const answersData = checkLexicon('answers.json', answersSchema, answersJson);
const TABLE = answersData.topics as AnswerTable;
const LEAD = new RegExp(answersData.lead, 'u');
const YES = new RegExp(answersData.yes, 'u');
const NO = new RegExp(answersData.no, 'u');
const APOLOGY = new RegExp(answersData.apology, 'u');
/** "不清楚", "不知道": no answer at all, whatever its words. */
const UNKNOWN = new RegExp(answersData.unknown, 'u');
const NEGATOR = new RegExp(tone.negators, 'u');
/** A short clause with a negator this close to the answer's start is a no ("这个开不了哦"). */
const SHORT_CLAUSE = 8;
/**
 * How far into the answer a negator still negates the answer itself: further in it belongs to
 * a statement of its own ("退货条件是未外穿" states a condition; it answers nothing with no).
 */
const NEGATOR_REACH = 4;
/** What may follow the yes word: an echo of the verb ("能开的", "有货的哦"), not a new statement. */
const YES_TAIL = 3;
const PARTICLES = /[的哦呢呀啦哈吖滴噢哟亲~!. ]|\p{Extended_Pictographic}/gu;
const ITEM = /这个|这款|这件|这双|这套|这条|这本|这台|它/u;
/** A value given to an open question is a short reply: a longer one is read by the rules alone. */
const OPEN_ANSWER_CHARS = 16;

export interface ReadAnswer {
  answers: Answer[];
  moves: Move[];
  flags: Flag[];
}

/** The questions the reply answers: the buyer's line, and the topics her state declares. */
export function questionsOf(ctx: ReplyContext): BuyerQuestion[] {
  const asked = ctx.buyer ? readQuestion(ctx.buyer) : [];
  const yesNo = asked.length === 0 ? true : asked.some((q) => q.yesNo);
  for (const topic of ctx.asks ?? []) {
    if (!asked.some((q) => q.topic === topic)) asked.push({ topic, yesNo });
  }
  // A declared topic says more than "other": the unknown question gives way to it.
  return asked.some((q) => q.topic !== 'other') ? asked.filter((q) => q.topic !== 'other') : asked;
}

/** The clause that carries the answer word: the first, past 亲/您好 and an apology (不好意思,没有了). */
function answerClause(clauses: readonly Clause[]): { text: string; mask: string } | null {
  for (const clause of clauses.slice(0, 3)) {
    const cut = LEAD.exec(clause.text)?.[0].length ?? 0;
    const text = clause.text.slice(cut);
    if (text === '' || APOLOGY.test(text)) continue;
    return { text, mask: clause.mask.slice(cut) };
  }
  return null;
}

/**
 * 'yes', 'no' or null: the answer word that opens the reply. Negators are read on the clause's
 * mask, where neutral phrases (没问题, 不客气) are blanked: they say no "no". A reply that
 * repeats what the buyer asked about ("纯棉的哦" after "是纯棉的吗") says yes.
 */
export function polarityOf(clauses: readonly Clause[], value?: string): 'yes' | 'no' | null {
  const clause = answerClause(clauses);
  if (!clause) return null;
  const { text, mask } = clause;
  const negated = NEGATOR.test(mask.slice(0, NEGATOR_REACH));
  if (negated && (NO.test(mask) || text.length <= SHORT_CLAUSE)) return 'no';
  if (negated) return null;
  // A yes word that opens a clause of its own content ("可以免费换码的") answers that, not the question.
  const yes = YES.exec(text);
  if (yes && text.slice(yes[0].length).replace(PARTICLES, '').length <= YES_TAIL) return 'yes';
  if (value !== undefined && text.includes(value) && text.length <= SHORT_CLAUSE) return 'yes';
  return null;
}

/** A short reply with content of its own: not a question back, not a bare 嗯 or 好的. */
function givesValue(normalized: string, clauses: readonly Clause[]): boolean {
  if (normalized.length > OPEN_ANSWER_CHARS || /[?吗]/u.test(normalized)) return false;
  const clause = answerClause(clauses);
  return clause !== null && !/^(好的?|好滴|好嘞|嗯+|恩+|ok|收到|明白)$/u.test(clause.text.replace(PARTICLES, ''));
}

function flagsOf(effect: TopicEffect, ctx: ReplyContext, evidence: string): Flag[] {
  if (effect.context && (ctx as Record<string, unknown>)[effect.context] === false) return [];
  return (effect.flags ?? []).map((rule) => ({ rule, points: RULES[rule].points, evidence }));
}

/**
 * What the reply says to the buyer's question. `found` are the moves the rules already read:
 * a value given to an open question ("明天发", "M码") counts only where they read none.
 */
export function readAnswer(normalized: string, clauses: readonly Clause[], ctx: ReplyContext, found: readonly Move[], flagged: boolean): ReadAnswer {
  const none: ReadAnswer = { answers: [], moves: [], flags: [] };
  if (!ctx.buyer && !ctx.asks?.length) return none;
  const questions = questionsOf(ctx);
  if (questions.length === 0 || UNKNOWN.test(normalized)) return none;
  const out: ReadAnswer = { answers: [], moves: [], flags: [] };
  const evidence = (clauses[0]?.text ?? normalized).slice(0, 12);
  for (const q of questions) {
    const row = TABLE[q.topic];
    let effect: TopicEffect | undefined;
    const polarity = q.yesNo ? polarityOf(clauses, q.value) : null;
    // A question about no listed topic is about the item only when it names the item ("这个是…的吗").
    if (q.topic === 'other' && !ITEM.test(ctx.buyer ?? '')) continue;
    if (q.yesNo && polarity) {
      if (q.topic !== 'other') out.answers.push(q.value !== undefined ? { topic: q.topic, value: q.value, polarity } : { topic: q.topic, polarity });
      effect = row[polarity];
    } else if (!q.yesNo && found.length === 0 && !flagged && givesValue(normalized, clauses)) {
      effect = row.open;
    }
    if (!effect) continue;
    for (const m of effect.moves ?? []) if (!out.moves.includes(m)) out.moves.push(m);
    for (const f of flagsOf(effect, ctx, evidence)) if (!out.flags.some((x) => x.rule === f.rule)) out.flags.push(f);
  }
  return out;
}
