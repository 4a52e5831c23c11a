// Two labellers on the same replies: how far a second blind labeller (tests/eval/agreement/) agrees
// with the writers' own labels in the tuning sets. It is the ceiling a reader can be measured
// against — where two careful people part, a figure above their agreement measures one person's
// habits, not understanding. Labels are matched by file and text, so a corrected tuning label
// counts as corrected here too.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLabelled, type LabelledReply } from '@/engine/understand/evaluate';

export interface Agreement {
  replies: number;
  moves: { precision: number; recall: number; f1: number };
  flags: { precision: number; recall: number; f1: number };
  /** Labels the two labellers part on most: [label, second only, writer only]. */
  apart: Array<[string, number, number]>;
}

type Second = LabelledReply & { file: string };

const rates = (tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Precision and recall of the second labeller against the writer (the writer's labels as truth). */
export function agreement(second: readonly Second[], tuningDir: string): Agreement {
  const writers = new Map<string, Map<string, LabelledReply>>();
  const writerOf = (file: string): Map<string, LabelledReply> => {
    let rows = writers.get(file);
    if (!rows) {
      const path = resolve(tuningDir, file);
      rows = new Map(existsSync(path) ? parseLabelled(readFileSync(path, 'utf8')).map((r) => [r.text, r]) : []);
      writers.set(file, rows);
    }
    return rows;
  };
  const count = { moves: [0, 0, 0], flags: [0, 0, 0] };
  const apart = new Map<string, [number, number]>();
  let replies = 0;
  for (const s of second) {
    const w = writerOf(s.file).get(s.text);
    if (!w) continue;
    replies++;
    for (const kind of ['moves', 'flags'] as const) {
      const gold = new Set(w[kind]);
      const got = new Set(s[kind]);
      const c = count[kind];
      for (const l of got) {
        if (gold.has(l)) c[0]!++;
        else {
          c[1]!++;
          const a = apart.get(l) ?? [0, 0];
          a[0]++;
          apart.set(l, a);
        }
      }
      for (const l of gold) {
        if (got.has(l)) continue;
        c[2]!++;
        const a = apart.get(l) ?? [0, 0];
        a[1]++;
        apart.set(l, a);
      }
    }
  }
  return {
    replies,
    moves: rates(count.moves[0]!, count.moves[1]!, count.moves[2]!),
    flags: rates(count.flags[0]!, count.flags[1]!, count.flags[2]!),
    apart: [...apart].map(([l, [a, b]]) => [l, a, b] as [string, number, number]).sort((x, y) => y[1] + y[2] - (x[1] + x[2])),
  };
}

export function loadSecond(path: string): Second[] {
  return parseLabelled(readFileSync(path, 'utf8')) as Second[];
}
