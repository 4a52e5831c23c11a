// The backstop's scoring as understand() runs it on every reply: the same sums as classify(),
// but only for the labels that have a threshold (the others are never used at run time), over
// features read as character codes and looked up in an open-addressing table (no string and no
// boxed number per n-gram), into buffers reused from reply to reply. classify() stays the
// reference the training script reads; the two add the same weights in the same order, so the
// logits are the same to the last bit.
import { featureCodes, visitFeatureCodes } from '@/engine/understand/classifier-features';
import type { ClassifierModel, CompiledWeights } from '@/engine/understand/classifier';

export interface ActiveScores {
  /** The model's index of each active label. */
  readonly labels: Int32Array;
  readonly logits: Float64Array;
  /** The n-gram arguing most for each active label ('' when none does). */
  readonly evidence: readonly string[];
}

export interface RuntimeScorer {
  /** `named`: features looked up by name besides the reply's n-grams (classifier-features.ts: contextFeatures). */
  score(normalized: string, named?: readonly string[]): ActiveScores;
}

function slotHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 0;
}

export function compileRuntime(m: ClassifierModel, weights: CompiledWeights): RuntimeScorer {
  const activeList: number[] = [];
  const remap = new Int32Array(m.labels.length).fill(-1);
  m.labels.forEach((l, i) => {
    if (l.threshold === null) return;
    remap[i] = activeList.length;
    activeList.push(i);
  });

  // Rows flattened: row r's entries are [start[r], start[r + 1]) of entryLabel/entryWeight.
  const entryLabel: number[] = [];
  const entryWeight: number[] = [];
  const starts: number[] = [0];
  const features: string[] = [];
  const evidenceRow: boolean[] = [];
  const coded: [number, number, number, number][] = [];
  const byName = new Map<string, number>();
  for (const [feature, row] of weights) {
    const before = entryLabel.length;
    for (let i = 0; i < row.labels.length; i++) {
      const j = remap[row.labels[i]!]!;
      if (j < 0) continue;
      entryLabel.push(j);
      entryWeight.push(row.weights[i]!);
    }
    if (entryLabel.length === before) continue;
    const r = features.length;
    starts.push(entryLabel.length);
    features.push(feature);
    evidenceRow.push(row.evidence);
    const abc = featureCodes(feature);
    if (abc === null) byName.set(feature, r);
    else coded.push([...abc, r]);
  }
  const labelOf = Int32Array.from(entryLabel);
  const weightOf = Float64Array.from(entryWeight);
  const start = Int32Array.from(starts);
  const evidenceOk = Uint8Array.from(evidenceRow, (e) => (e ? 1 : 0));
  const seen = new Int32Array(features.length);

  let size = 16;
  while (size < coded.length * 2) size *= 2;
  const mask = size - 1;
  const slotA = new Int32Array(size);
  const slotB = new Int32Array(size);
  const slotC = new Int32Array(size);
  const slotRow = new Int32Array(size).fill(-1);
  for (const [a, b, c, r] of coded) {
    let s = slotHash(a, b, c) & mask;
    while (slotRow[s] !== -1) s = (s + 1) & mask;
    slotA[s] = a;
    slotB[s] = b;
    slotC[s] = c;
    slotRow[s] = r;
  }

  const active = Int32Array.from(activeList);
  const biases = Float64Array.from(activeList, (i) => m.labels[i]!.bias);
  const logits = new Float64Array(active.length);
  const bestWeight = new Float64Array(active.length);
  const evidence: string[] = new Array<string>(active.length).fill('');
  let reply = 0;

  const add = (r: number): void => {
    if (seen[r] === reply) return;
    seen[r] = reply;
    const evidenceFit = evidenceOk[r] === 1;
    for (let e = start[r]!, end = start[r + 1]!; e < end; e++) {
      const label = labelOf[e]!;
      const w = weightOf[e]!;
      logits[label] = logits[label]! + w;
      if (evidenceFit && w > bestWeight[label]!) {
        bestWeight[label] = w;
        evidence[label] = features[r]!;
      }
    }
  };
  const addName = (feature: string): void => {
    const r = byName.get(feature);
    if (r !== undefined) add(r);
  };
  const addCodes = (a: number, b: number, c: number): void => {
    let s = slotHash(a, b, c) & mask;
    for (let r = slotRow[s]!; r !== -1; s = (s + 1) & mask, r = slotRow[s]!) {
      if (slotA[s] === a && slotB[s] === b && slotC[s] === c) {
        add(r);
        return;
      }
    }
  };
  const scores: ActiveScores = { labels: active, logits, evidence };

  return {
    score(normalized: string, named: readonly string[] = []): ActiveScores {
      reply++;
      logits.set(biases);
      bestWeight.fill(0);
      evidence.fill('');
      visitFeatureCodes(normalized, addName, addCodes);
      for (const feature of named) addName(feature);
      return scores;
    },
  };
}
