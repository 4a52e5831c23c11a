// `npx tsx scripts/per-move.ts [FILE...] [--subset context|real|all] [--json OUT]`: per-move
// precision / recall / F1 of understand() on labelled replies (the tuning sets when no FILE is
// given), worst first by errors (fp + fn), to find the weakest moves with the most support.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseLabelled, type LabelledReply } from '@/engine/understand/evaluate';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const tuningDir = resolve(root, 'tests/eval/tuning');
const given = args.filter((a, i) => !a.startsWith('--') && !['--subset', '--json'].includes(args[i - 1] ?? ''));
const files = given.length ? given.map((f) => resolve(f)) : readdirSync(tuningDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(tuningDir, f));
const subset = opt('--subset') ?? 'all';
const all: LabelledReply[] = files.flatMap((f) => parseLabelled(readFileSync(f, 'utf8')));
const chosen = all.filter((r) => (subset === 'context' ? r.buyer !== undefined && r.chat === undefined : subset === 'real' ? r.chat !== undefined : true));
// Real turns are read with their chat's open lines: evaluate the whole set, keep the subset's rows.
const report = evaluate(subset === 'real' ? all.filter((r) => r.chat !== undefined) : chosen);
const f3 = (x: number): string => x.toFixed(3);
const rows = Object.entries(report.perMove).map(([id, c]) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { id, ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
});
rows.sort((a, b) => b.fp + b.fn - (a.fp + a.fn));
console.log(`${chosen.length} replies (${subset}); moves micro P ${f3(report.moves.precision)} R ${f3(report.moves.recall)} F1 ${f3(report.moves.f1)}`);
console.log('move                  tp   fp   fn  support   P      R      F1');
for (const x of rows) console.log(`${x.id.padEnd(20)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}  ${String(x.tp + x.fn).padStart(6)}  ${f3(x.p)}  ${f3(x.r)}  ${f3(x.f1)}`);
const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify({ moves: report.moves, rows }, null, 1));
