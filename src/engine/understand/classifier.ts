// A statistical backstop for the phrase rules: per-label logistic regressions over character
// n-grams (src/engine/lexicon/classifier-model.json, written by scripts/train-classifier.ts).
// The rules stay authoritative: the backstop only adds a move or flag the rules did not find,
// and only above a per-label threshold chosen by cross-validation on unseen writers' files.
import model from '@/engine/lexicon/classifier-model.json';
import { RULES } from '@/engine/rules/catalog';
import { MOVES, type Move, type RuleId } from '@/engine/vocabulary';
import type { Flag, ReplyContext, Understanding } from '@/engine/understanding-types';
import { isNegated, negatorWithin, splitClauses } from '@/engine/understand/clauses';
import { withoutContradicted } from '@/engine/understand/detect-moves';
import { isTextFeature, replyFeatures } from '@/engine/understand/classifier-features';

export interface ModelLabel {
  id: string;
  kind: 'move' | 'flag';
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
  kind: 'move' | 'flag';
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

const MODEL = model as ClassifierModel;
const WEIGHTS: ReadonlyMap<string, readonly number[]> = new Map(Object.entries(MODEL.weights));

/** Every label's logit for a normalised reply, in the model's label order. */
export function classify(normalized: string, m: ClassifierModel = MODEL, weights = WEIGHTS): LabelScore[] {
  const logits = m.labels.map((l) => l.bias);
  const best = m.labels.map(() => ({ weight: 0, feature: '' }));
  for (const feature of replyFeatures(normalized)) {
    const row = weights.get(feature);
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) {
      const label = row[i]!;
      const w = row[i + 1]! / m.scale;
      logits[label] = logits[label]! + w;
      const top = best[label]!;
      // Evidence must be words of the reply, two characters or more, to mean anything to a trainer.
      if (w > top.weight && feature.length >= 2 && isTextFeature(feature)) {
        top.weight = w;
        top.feature = feature;
      }
    }
  }
  return m.labels.map((l, i) => ({ id: l.id, kind: l.kind, logit: logits[i]!, evidence: best[i]!.feature }));
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

/** A flag the classifier may add: it applies here and has evidence words no negator governs. */
export function flagAllowed(s: LabelScore, normalized: string, ctx: ReplyContext): boolean {
  if (!applies(s.id, ctx) || !s.evidence) return false;
  return !negatedInReply(normalized, s.evidence);
}

/**
 * The rules' understanding plus what the classifier is confident they missed. A flag needs
 * evidence words that no negator governs; moves the final flags contradict are dropped as the
 * rules drop them.
 */
export function withBackstop(u: Understanding, ctx: ReplyContext = {}, m: ClassifierModel = MODEL, weights = WEIGHTS): Understanding {
  const moves = new Set<string>(u.moves);
  const flagged = new Set<string>(u.flags.map((f) => f.rule));
  const added: Flag[] = [];
  const scores = classify(u.normalized, m, weights);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    const threshold = m.labels[i]!.threshold;
    if (threshold === null || s.logit < threshold) continue;
    if (s.kind === 'move') {
      moves.add(s.id);
      continue;
    }
    if (flagged.has(s.id) || !flagAllowed(s, u.normalized, ctx)) continue;
    const rule = s.id as RuleId;
    added.push({ rule, points: RULES[rule].points, evidence: s.evidence });
  }
  if (added.length === 0 && moves.size === u.moves.length) return u;
  const flags = [...u.flags, ...added];
  const ordered = MOVES.filter((mv) => moves.has(mv)) satisfies Move[];
  return { ...u, moves: withoutContradicted(ordered, flags), flags };
}
