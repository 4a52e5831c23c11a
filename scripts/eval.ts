// `npm run eval [FILE...] [--misses]`: move micro-F1 and per-rule flag precision/recall of
// understand() on labelled replies, per file and (with several files) over all of them
// (default file: ../shared/eval/dev-replies.jsonl).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseLabelled, type EvalReport, type LabelledReply } from '@/engine/understand/evaluate';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
// The default is the shared dev set beside the repository, wherever the script is run from.
const given = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
const files = given.length ? given : [fileURLToPath(new URL('../../shared/eval/dev-replies.jsonl', import.meta.url))];
const pct = (x: number): string => x.toFixed(3);

function failingRules(report: EvalReport): string[] {
  return Object.entries(report.perRule)
    .filter(([, c]) => c.precision < 0.95 || c.recall < 0.95)
    .map(([id]) => id);
}

function print(name: string, report: EvalReport): boolean {
  console.log(`${name}: ${report.size} replies`);
  console.log(`moves  micro P ${pct(report.moves.precision)}  R ${pct(report.moves.recall)}  F1 ${pct(report.moves.f1)}  (target F1 >= 0.90)`);
  console.log(`flags  micro P ${pct(report.flags.precision)}  R ${pct(report.flags.recall)}  F1 ${pct(report.flags.f1)}  (target P, R >= 0.95 per rule)`);
  console.log('rule               tp  fp  fn   precision  recall');
  for (const [id, c] of Object.entries(report.perRule)) {
    console.log(`${id.padEnd(18)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}   ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}`);
  }
  if (showMisses) {
    for (const m of report.misses) console.log(`  ${m.kind} ${JSON.stringify(m.text)} missing=[${m.missing.join(',')}] extra=[${m.extra.join(',')}]`);
  }
  const failing = failingRules(report);
  const ok = report.moves.f1 >= 0.9 && failing.length === 0;
  console.log(ok ? 'targets met' : `targets NOT met${failing.length ? `: ${failing.join(', ')}` : ''}`);
  console.log('');
  return ok;
}

const all: LabelledReply[] = [];
const summary: string[] = [];
let ok = true;
for (const file of files) {
  const replies = parseLabelled(readFileSync(file, 'utf8'));
  all.push(...replies);
  const report = evaluate(replies);
  const name = relative(process.cwd(), file) || file;
  ok = print(name, report) && ok;
  summary.push(`${name.padEnd(48)} ${String(report.size).padStart(4)}  moves F1 ${pct(report.moves.f1)}  flags P ${pct(report.flags.precision)} R ${pct(report.flags.recall)}`);
}
if (files.length > 1) {
  print('all files', evaluate(all));
  console.log('per file:');
  for (const line of summary) console.log(`  ${line}`);
}
process.exitCode = ok ? 0 : 1;
