// The backstop's scoring as understand() runs it on every reply: the same sums as classify(),
// but only for the labels that have a threshold (the others are never used at run time), over
// features packed into numbers (no string per n-gram), into buffers reused from reply to reply.
// classify() stays the reference the training script reads; the two add the same weights in the
// same order, so the logits are the same to the last bit.
import { featureKey, visitFeatureKeys } from '@/engine/understand/classifier-features';
import type { ClassifierModel, CompiledWeights } from '@/engine/understand/classifier';

interface Row {
  /** Indices into the active labels, not the model's. */
  labels: Int32Array;
  weights: Float64Array;
  evidence: boolean;
  feature: string;
  /** The reply this row was last added for: a feature counts once per reply. */
  seen: number;
}

export interface ActiveScores {
  /** The model's index of each active label. */
  readonly labels: Int32Array;
  readonly logits: Float64Array;
  /** The n-gram arguing most for each active label ('' when none does). */
  readonly evidence: readonly string[];
}

export interface RuntimeScorer {
  score(normalized: string): ActiveScores;
}

export function compileRuntime(m: ClassifierModel, weights: CompiledWeights): RuntimeScorer {
  const activeList: number[] = [];
  const remap = new Int32Array(m.labels.length).fill(-1);
  m.labels.forEach((l, i) => {
    if (l.threshold === null) return;
    remap[i] = activeList.length;
    activeList.push(i);
  });
  const byKey = new Map<number, Row>();
  const byName = new Map<string, Row>();
  for (const [feature, row] of weights) {
    const labels: number[] = [];
    const ws: number[] = [];
    for (let i = 0; i < row.labels.length; i++) {
      const j = remap[row.labels[i]!]!;
      if (j < 0) continue;
      labels.push(j);
      ws.push(row.weights[i]!);
    }
    if (labels.length === 0) continue;
    const compiled: Row = { labels: Int32Array.from(labels), weights: Float64Array.from(ws), evidence: row.evidence, feature, seen: 0 };
    const key = featureKey(feature);
    if (key === null) byName.set(feature, compiled);
    else byKey.set(key, compiled);
  }

  const active = Int32Array.from(activeList);
  const biases = Float64Array.from(activeList, (i) => m.labels[i]!.bias);
  const logits = new Float64Array(active.length);
  const bestWeight = new Float64Array(active.length);
  const evidence: string[] = new Array<string>(active.length).fill('');
  let reply = 0;

  const add = (row: Row | undefined): void => {
    if (row === undefined || row.seen === reply) return;
    row.seen = reply;
    for (let i = 0; i < row.labels.length; i++) {
      const label = row.labels[i]!;
      const w = row.weights[i]!;
      logits[label] = logits[label]! + w;
      if (row.evidence && w > bestWeight[label]!) {
        bestWeight[label] = w;
        evidence[label] = row.feature;
      }
    }
  };
  const addName = (feature: string): void => add(byName.get(feature));
  const addKey = (key: number): void => add(byKey.get(key));
  const scores: ActiveScores = { labels: active, logits, evidence };

  return {
    score(normalized: string): ActiveScores {
      reply++;
      logits.set(biases);
      bestWeight.fill(0);
      evidence.fill('');
      visitFeatureKeys(normalized, addName, addKey);
      return scores;
    },
  };
}
