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
  // An entry is one int: its weight's index in `values` (the distinct weights, as doubles), whether
  // its row may be evidence, and its active label. 4 bytes instead of a pair of doubles (and a row's
  // flag beside it): a reply's rows are read all over the table, one cache line each.
  let labelBits = 1;
  while (1 << labelBits < activeList.length) labelBits++;
  const labelMask = (1 << labelBits) - 1;
  const evidenceBit = 1 << labelBits;
  const valueShift = labelBits + 1;
  const values: number[] = [];
  const valueIndex = new Map<number, number>();
  let negativeZero = -1;
  const indexOf = (w: number): number => {
    // A Map takes -0 for 0; the sums tell them apart, so -0 has its own value.
    if (Object.is(w, -0)) {
      if (negativeZero < 0) negativeZero = values.push(w) - 1;
      return negativeZero;
    }
    let i = valueIndex.get(w);
    if (i === undefined) {
      i = values.push(w) - 1;
      valueIndex.set(w, i);
    }
    return i;
  };

  // Rows one after another in `stream`: the row's index (for its feature, the evidence), then its
  // entries. A coded row's slot holds where its run starts and how long it is, so a hit reads the
  // slot and then one run of memory.
  const stream: number[] = [];
  const features: string[] = [];
  const rowAt: number[] = [];
  const rowCount: number[] = [];
  const coded: [number, number, number, number][] = [];
  const byName = new Map<string, number>();
  for (const [feature, row] of weights) {
    const entries: number[] = [];
    for (let i = 0; i < row.labels.length; i++) {
      const j = remap[row.labels[i]!]!;
      if (j < 0) continue;
      entries.push((indexOf(row.weights[i]!) << valueShift) | (row.evidence ? evidenceBit : 0) | j);
    }
    if (entries.length === 0) continue;
    const r = features.length;
    features.push(feature);
    rowAt.push(stream.length);
    rowCount.push(entries.length);
    stream.push(r, ...entries);
    const abc = featureCodes(feature);
    if (abc === null) byName.set(feature, r);
    else coded.push([...abc, r]);
  }
  if (values.length >= 2 ** (31 - valueShift)) throw new Error('classifier runtime: too many distinct weights');
  for (const n of rowCount) if (n > 0x7fff) throw new Error('classifier runtime: a row too long for its slot');
  const runs = Int32Array.from(stream);
  const weightOf = Float64Array.from(values);
  const seen = new Int32Array(features.length);

  // One table of 4 ints per slot (a << 16 | b, c | the row's length << 16, where its run starts, the
  // reply that last visited the row), so a probe reads one cache line: the table is ~1 MB and a
  // reply's n-grams land all over it, so parallel arrays cost a cache miss each per n-gram.
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
    slots[s * SLOT + 1] = c | (rowCount[r]! << 16);
    slots[s * SLOT + 2] = rowAt[r]!;
    slots[s * SLOT + 3] = 0;
  }

  const active = Int32Array.from(activeList);
  const biases = Float64Array.from(activeList, (i) => m.labels[i]!.bias);
  const logits = new Float64Array(active.length);
  const bestWeight = new Float64Array(active.length);
  const evidence: string[] = new Array<string>(active.length).fill('');
  let reply = 0;

  /** The row whose run starts at `at` (its index there, then `count` entries). */
  const addRow = (at: number, count: number): void => {
    for (let e = at + 1, end = at + 1 + count; e < end; e++) {
      const p = runs[e]!;
      const label = p & labelMask;
      const w = weightOf[p >>> valueShift]!;
      logits[label] = logits[label]! + w;
      if ((p & evidenceBit) !== 0 && w > bestWeight[label]!) {
        bestWeight[label] = w;
        evidence[label] = features[runs[at]!]!;
      }
    }
  };
  const addName = (feature: string): void => {
    const r = byName.get(feature);
    if (r === undefined || seen[r] === reply) return;
    seen[r] = reply;
    addRow(rowAt[r]!, rowCount[r]!);
  };
  // The n-grams the filter lets through, in the order visited (hash, a << 16 | b, c), looked up
  // after the reply is read: the probes of the table do not wait on one another's cache misses,
  // nor do the rows' runs, and the rows are then added in the same order as one by one.
  let pending = new Int32Array(3 * 256);
  let count = 0;
  let _touched = 0;
  const addCodes = (a: number, b: number, c: number): void => {
    const h = slotHash(a, b, c);
    if ((filter[h >>> (32 - FILTER_BITS + 5)]! & (1 << ((h >>> (32 - FILTER_BITS)) & 31))) === 0) return;
    if (3 * count + 3 > pending.length) {
      const grown = new Int32Array(pending.length * 2);
      grown.set(pending);
      pending = grown;
    }
    pending[3 * count] = h;
    pending[3 * count + 1] = (a << 16) | b;
    pending[3 * count + 2] = c;
    count++;
  };
  const addPending = (): void => {
    // Each n-gram's slot (-1: in no row), over the hash.
    for (let k = 0; k < count; k++) {
      const ab = pending[3 * k + 1]!;
      const c = pending[3 * k + 2]!;
      let found = -1;
      for (let s = pending[3 * k]! & mask; ; s = (s + 1) & mask) {
        const at = s * SLOT;
        if (slots[at + 2] === -1) break;
        if (slots[at] === ab && (slots[at + 1]! & 0xffff) === c) {
          found = at;
          break;
        }
      }
      pending[3 * k] = found;
    }
    // The first entry of every row found, read ahead of the sums (its line is in cache by then).
    let sink = 0;
    for (let k = 0; k < count; k++) {
      const at = pending[3 * k]!;
      if (at >= 0) sink |= runs[slots[at + 2]! + 1]!;
    }
    _touched = sink;
    for (let k = 0; k < count; k++) {
      const at = pending[3 * k]!;
      if (at < 0) continue;
      // The row's visit stamp lives in its slot: a repeated n-gram adds its row once.
      // (A row is looked up by codes or by name, never both: `seen` is for the named ones.)
      if (slots[at + 3] === reply) continue;
      slots[at + 3] = reply;
      addRow(slots[at + 2]!, slots[at + 1]! >>> 16);
    }
    count = 0;
  };
  const scores: ActiveScores = { labels: active, logits, evidence };

  return {
    score(normalized: string, named: readonly string[] = []): ActiveScores {
      reply++;
      logits.set(biases);
      bestWeight.fill(0);
      evidence.fill('');
      // The length feature is visited (and added) first, then the n-grams, as classify() adds them.
      visitFeatureCodes(normalized, addName, addCodes);
      addPending();
      for (const feature of named) addName(feature);
      return scores;
    },
  };
}
