// A statistical backstop for the phrase rules: per-label logistic regressions over character
// n-grams (src/engine/lexicon/classifier-model.json, written by scripts/train-classifier.ts).
// The backstop adds a move or flag the rules did not find, and takes back a flag the rules raised
// where the wording is one the rules misread on writers they had not seen (a `veto` label: trained
// on the replies the rules flagged, before each file was tuned on, to tell their false flags from
// the true ones); each only above a per-label threshold chosen by cross-validation on unseen
// writers' files.
import { guaranteeWithdrawn } from '@/engine/understand/guarantee-withdrawn';
import modelJson from '@/engine/lexicon/classifier-model.json';
import { checkLexicon, modelSchema } from '@/engine/understand/lexicon-schema';
import { RULES } from '@/engine/rules/catalog';
import { MOVES, type Move, type RuleId } from '@/engine/vocabulary';
import type { Flag, ReplyContext, Understanding } from '@/engine/understanding-types';
import { isNegated, isPostNegated, negatorWithin, splitClauses } from '@/engine/understand/clauses';
import { withoutContradicted } from '@/engine/understand/detect-moves';
import { exemptByQuestion } from '@/engine/understand/flag-exemptions';
import { deniedClaim } from '@/engine/understand/denied-claim';
import { normalizedBuyer } from '@/engine/understand/question';
import { contextFeatures, isTextFeature, replyFeatures } from '@/engine/understand/classifier-features';
import { compileRuntime, type RuntimeScorer } from '@/engine/understand/classifier-runtime';

export type LabelKind = 'move' | 'flag' | 'veto';

export interface ModelLabel {
  id: string;
  /** move, flag: added when the rules missed it; veto: the rules' flag of this id taken back. */
  kind: LabelKind;
  bias: number;
  /** The logit above which the backstop adds the label; null: never (too weak on unseen files). */
  threshold: number | null;
}

export interface ClassifierModel {
  version: 1;
  /** Weights are stored as integers: divide by this. */
  scale: number;
  labels: ModelLabel[];
  /** Feature -> flat [labelIndex, weight, labelIndex, weight, ...]. */
  weights: Record<string, number[]>;
}

export interface LabelScore {
  id: string;
  kind: LabelKind;
  logit: number;
  /** The n-gram of the reply that argues most for the label (empty when none does). */
  evidence: string;
}

/** A label the rules disable in this context (freeship-breach when the item does not ship free). */
const CONTEXT_SWITCH: Readonly<Record<string, keyof ReplyContext>> = { 'freeship-breach': 'freeShipping', 'cod-refuse': 'cod' };

export function applies(label: string, ctx: ReplyContext): boolean {
  const key = CONTEXT_SWITCH[label];
  return key === undefined || ctx[key] !== false;
}

/** One feature's weights, unpacked once: the per-reply loop then does no division or string test. */
export interface WeightRow {
  labels: Int32Array;
  weights: Float64Array;
  /** The feature is words of the reply, two characters or more: fit to show as evidence. */
  evidence: boolean;
}
export type CompiledWeights = ReadonlyMap<string, WeightRow>;

export function compileWeights(m: ClassifierModel): CompiledWeights {
  const rows = new Map<string, WeightRow>();
  for (const [feature, flat] of Object.entries(m.weights)) {
    const n = flat.length / 2;
    const row: WeightRow = { labels: new Int32Array(n), weights: new Float64Array(n), evidence: feature.length >= 2 && isTextFeature(feature) };
    for (let i = 0; i < n; i++) {
      row.labels[i] = flat[2 * i]!;
      row.weights[i] = flat[2 * i + 1]! / m.scale;
    }
    rows.set(feature, row);
  }
  return rows;
}

const MODEL = checkLexicon('classifier-model.json', modelSchema, modelJson) as ClassifierModel;
const WEIGHTS = compileWeights(MODEL);

/** Every label's logit for a normalised reply read after the context's buyer line, in the model's label order. */
export function classify(normalized: string, m: ClassifierModel = MODEL, weights: CompiledWeights = WEIGHTS, ctx: ReplyContext = {}): LabelScore[] {
  const n = m.labels.length;
  const logits = Float64Array.from(m.labels, (l) => l.bias);
  const bestWeight = new Float64Array(n);
  const bestFeature: string[] = new Array<string>(n).fill('');
  for (const feature of [...replyFeatures(normalized), ...contextFeatures(normalized, ctx)]) {
    const row = weights.get(feature);
    if (!row) continue;
    for (let i = 0; i < row.labels.length; i++) {
      const label = row.labels[i]!;
      const w = row.weights[i]!;
      logits[label] = logits[label]! + w;
      if (row.evidence && w > bestWeight[label]!) {
        bestWeight[label] = w;
        bestFeature[label] = feature;
      }
    }
  }
  return m.labels.map((l, i) => ({ id: l.id, kind: l.kind, logit: logits[i]!, evidence: bestFeature[i]! }));
}

/** The evidence stands where a negator governs it ("不能加微信"), unless it carries the negation itself. */
export function negatedInReply(normalized: string, evidence: string): boolean {
  for (const clause of splitClauses(normalized)) {
    const at = clause.text.indexOf(evidence);
    if (at < 0) continue;
    if (negatorWithin(clause, at, evidence.length)) return false;
    return isNegated(clause, at);
  }
  return false;
}

/** The evidence is refused by the words after it in its clause (clauses.ts `isPostNegated`). */
function refusedInReply(normalized: string, evidence: string): boolean {
  for (const clause of splitClauses(normalized)) {
    const at = clause.text.indexOf(evidence);
    if (at >= 0) return isPostNegated(clause, at + evidence.length);
  }
  return false;
}

function weightOf(feature: string, label: number, weights: CompiledWeights): number {
  const row = weights.get(feature);
  if (!row) return 0;
  const at = row.labels.indexOf(label);
  return at < 0 ? 0 : row.weights[at]!;
}

const EDGE = /[,，。.!?;；~…\s、]/u;
const MAX_EVIDENCE = 16;

/**
 * The strongest n-gram widened over the neighbouring bigrams that also argue for the label, so a
 * trainee reads "开发票的话要加点税", not "票的话". Stops at a clause edge.
 */
function widen(normalized: string, core: string, label: number, weights: CompiledWeights): string {
  let start = normalized.indexOf(core);
  if (start < 0) return core;
  let end = start + core.length;
  const argues = (a: number): boolean => {
    const pair = normalized.slice(a, a + 2);
    return pair.length === 2 && !EDGE.test(pair) && weightOf(pair, label, weights) > 0;
  };
  let grew = true;
  while (grew && end - start < MAX_EVIDENCE) {
    grew = false;
    if (start > 0 && argues(start - 1)) { start--; grew = true; }
    if (end < normalized.length && argues(end - 1)) { end++; grew = true; }
  }
  return normalized.slice(start, end);
}

/** The agent as the subject of the errand an evidence opens or holds (我去, 我这就问, 帮您): the clause before it ends so. */
const FIRST_PERSON = '(?:我|我们|这边|帮(?:您|你)|替(?:您|你))(?:这就|马上|现在|立刻|先|再|来)?(?:去)?(?:帮(?:您|你))?';
const ERRAND_VERB = '(?:去|问|找|联系|催|查)';
const OWN_SUBJECT = new RegExp(`${FIRST_PERSON}$`, 'u');
const OWN_VERB = new RegExp(`${FIRST_PERSON}(?:去)?${ERRAND_VERB}(?:一下|下)?$`, 'u');
const ERRAND = new RegExp(`^${ERRAND_VERB}`, 'u');
/** The clause before the evidence makes the agent the one who runs the errand: 我 + 去问 in the evidence, or 我去问 + 快递. */
function ownErrand(normalized: string, evidence: string): boolean {
  const before = normalized.slice(0, normalized.indexOf(evidence)).split(/[,.!?;~。]/u).at(-1) ?? '';
  return OWN_VERB.test(before) || (ERRAND.test(evidence) && OWN_SUBJECT.test(before));
}

/** A flag the classifier may add: it applies here and has evidence words no negator governs. */
export function flagAllowed(s: LabelScore, normalized: string, ctx: ReplyContext): boolean {
  // Features skip spaces, so an n-gram may straddle one and not stand in the reply as written.
  if (!applies(s.id, ctx) || !s.evidence || !normalized.includes(s.evidence)) return false;
  // Evidence that ends on a negator opens a negation of its own verb ("肯定到不" of 肯定到不了): that takes a
  // promise or a charge back, while a refusal is made of it ("开不" of 开不了).
  const end = normalized.indexOf(s.evidence) + s.evidence.length;
  const promise = RULES[s.id as RuleId]?.kind === 'platform' && !s.id.endsWith('-refuse');
  if (promise && /^[不没]|[不没](?:了|到|出)/u.test(normalized.slice(end - 1, end + 3))) return false;
  // A grant or a move refused after it, as the topic of its clause ("加微信私下转账这个真不行哦"): none made.
  if (promise && refusedInReply(normalized, s.evidence)) return false;
  // A guarantee taken back later in its sentence ("保证明天到是做不到的") promises nothing.
  if (s.id === 'ship-promise' && guaranteeWithdrawn(normalized, s.evidence)) return false;
  // After the sale postage named is a return's or a resend's, never the 包邮 goods' outbound postage
  // (the rules' own reading, detect-flags postageOwner): "运费这块是您自己承担的，最多补10块" is a fact, no veto —
  // unless her line asks about the 包邮 delivery itself (包邮吗 → 要补10块运费哦).
  if (s.id === 'freeship-breach' && (ctx.afterSales === true || ctx.afterSale !== undefined) && !/包邮/u.test(ctx.buyer ?? '')) return false;
  // "我去问快递", "我这就帮您找仓库": the agent's own errand, not her sent elsewhere.
  if (s.id === 'tone-cold' && ownErrand(normalized, s.evidence)) return false;
  return !negatedInReply(normalized, s.evidence);
}

// One runtime scorer per compiled weight table (the training script compiles one per fold).
const RUNTIME = new WeakMap<CompiledWeights, { m: ClassifierModel; scorer: RuntimeScorer }>();
function runtimeFor(m: ClassifierModel, weights: CompiledWeights): RuntimeScorer {
  let entry = RUNTIME.get(weights);
  if (entry?.m !== m) {
    entry = { m, scorer: compileRuntime(m, weights) };
    RUNTIME.set(weights, entry);
  }
  return entry.scorer;
}

/**
 * The rules' understanding plus what the classifier is confident they missed. A flag needs
 * evidence words that no negator governs; moves the final flags contradict are dropped as the
 * rules drop them.
 */
export function withBackstop(u: Understanding, ctx: ReplyContext = {}, m: ClassifierModel = MODEL, weights: CompiledWeights = WEIGHTS): Understanding {
  const moves = new Set<string>(u.moves);
  let flagged: Set<string> | undefined;
  const added: Flag[] = [];
  let vetoed: Set<string> | undefined;
  // The same logits classify() gives, for the labels with a threshold only.
  const scores = runtimeFor(m, weights).score(u.normalized, contextFeatures(u.normalized, ctx));
  for (let j = 0; j < scores.labels.length; j++) {
    const i = scores.labels[j]!;
    const label = m.labels[i]!;
    const logit = scores.logits[j]!;
    if (label.threshold === null || logit < label.threshold) continue;
    if (label.kind === 'veto') {
      // Only a flag the rules raised is taken back; the id stays flagged so nothing adds it again.
      if (u.flags.some((f) => f.rule === label.id)) (vetoed ??= new Set()).add(label.id);
      continue;
    }
    if (label.kind === 'move') {
      // A reply the rules read as the answer to her question (answers.ts) does what that answer
      // does: the n-grams do not know the question, and a move added there is a claim the
      // knowledge checks then hold against the shop ("M码偏小哦" after 穿M还是L is no size advised).
      if (u.answers?.length) continue;
      moves.add(label.id);
      continue;
    }
    flagged ??= new Set<string>(u.flags.map((f) => f.rule));
    const s: LabelScore = { id: label.id, kind: label.kind, logit, evidence: scores.evidence[j]! };
    if (flagged.has(s.id) || !flagAllowed(s, u.normalized, ctx) || exemptByQuestion(s.id as RuleId, normalizedBuyer(ctx.buyer), u.normalized)) continue;
    const rule = s.id as RuleId;
    const f = { rule, points: RULES[rule].points, evidence: widen(u.normalized, s.evidence, i, weights) };
    // The rules' own reading of a denied or disowned claim holds for the backstop too (denied-claim.ts).
    if (!deniedClaim(f, u.normalized)) added.push(f);
  }
  // acknowledge is a receipt with nothing else: never beside another move, nor on an answer.
  if (moves.has('acknowledge') && (moves.size > 1 || (u.answers && !u.moves.includes('acknowledge')))) moves.delete('acknowledge');
  if (added.length === 0 && moves.size === u.moves.length && vetoed === undefined) return u;
  const flags = [...(vetoed ? u.flags.filter((f) => !vetoed.has(f.rule)) : u.flags), ...added];
  const ordered = MOVES.filter((mv) => moves.has(mv)) satisfies Move[];
  return { ...u, moves: withoutContradicted(ordered, flags), flags };
}
