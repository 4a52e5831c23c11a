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

/** Ints per slot of the n-gram table. */
const SLOT = 4;
/** log2 of the n-gram filter's bits. */
const FILTER_BITS = 18;

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
  // Each entry's label and weight side by side: a row's entries are one run of memory.
  const entries = new Float64Array(entryLabel.length * 2);
  for (let e = 0; e < entryLabel.length; e++) {
    entries[2 * e] = entryLabel[e]!;
    entries[2 * e + 1] = entryWeight[e]!;
  }
  const start = Int32Array.from(starts);
  const evidenceOk = Uint8Array.from(evidenceRow, (e) => (e ? 1 : 0));
  const seen = new Int32Array(features.length);

  // One table of 4 ints per slot (a << 16 | b, c, row, the reply that last visited the row), so a
  // probe reads one cache line: the table is ~1 MB and a reply's n-grams land all over it, so
  // four parallel arrays cost four cache misses per n-gram.
  // At most about two thirds full: a miss (most of a reply's n-grams are in no model row) probes
  // a few neighbouring slots, mostly on the same cache line, and the table stays half as big.
  let size = 16;
  while (size * 2 < coded.length * 3) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * SLOT).fill(-1);
  // A bit per hash in a 32 KB filter (it stays in cache, the table does not): most of a reply's
  // n-grams are in no row, and their bit, about one in twelve set, rules them out before any
  // probe of the table. The filter reads the hash's high bits, the table its low ones.
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  for (const [a, b, c, r] of coded) {
    const h = slotHash(a, b, c);
    filter[h >>> (32 - FILTER_BITS + 5)]! |= 1 << ((h >>> (32 - FILTER_BITS)) & 31);
    let s = h & mask;
    while (slots[s * SLOT + 2] !== -1) s = (s + 1) & mask;
    slots[s * SLOT] = (a << 16) | b;
    slots[s * SLOT + 1] = c;
    slots[s * SLOT + 2] = r;
    slots[s * SLOT + 3] = 0;
  }

  const active = Int32Array.from(activeList);
  const biases = Float64Array.from(activeList, (i) => m.labels[i]!.bias);
  const logits = new Float64Array(active.length);
  const bestWeight = new Float64Array(active.length);
  const evidence: string[] = new Array<string>(active.length).fill('');
  let reply = 0;

  const addRow = (r: number): void => {
    const evidenceFit = evidenceOk[r] === 1;
    for (let e = 2 * start[r]!, end = 2 * start[r + 1]!; e < end; e += 2) {
      const label = entries[e]!;
      const w = entries[e + 1]!;
      logits[label] = logits[label]! + w;
      if (evidenceFit && w > bestWeight[label]!) {
        bestWeight[label] = w;
        evidence[label] = features[r]!;
      }
    }
  };
  const add = (r: number): void => {
    if (seen[r] === reply) return;
    seen[r] = reply;
    addRow(r);
  };
  const addName = (feature: string): void => {
    const r = byName.get(feature);
    if (r !== undefined) add(r);
  };
  const addCodes = (a: number, b: number, c: number): void => {
    const h = slotHash(a, b, c);
    if ((filter[h >>> (32 - FILTER_BITS + 5)]! & (1 << ((h >>> (32 - FILTER_BITS)) & 31))) === 0) return;
    const ab = (a << 16) | b;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const r = slots[at + 2]!;
      if (r === -1) return;
      if (slots[at] === ab && slots[at + 1] === c) {
        // The row's visit stamp lives in its slot: a repeated n-gram costs no second cache line.
        // (A row is looked up by codes or by name, never both: `seen` is for the named ones.)
        if (slots[at + 3] === reply) return;
        slots[at + 3] = reply;
        addRow(r);
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
