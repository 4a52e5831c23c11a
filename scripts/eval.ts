// `npm run eval [FILE] [--misses]`: move micro-F1 and per-rule flag precision/recall of
// understand() on labelled replies (default: ../shared/eval/dev-replies.jsonl).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseLabelled } from '@/engine/understand/evaluate';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
// The default is the shared dev set beside the repository, wherever the script is run from.
const given = args.find((a) => !a.startsWith('--'));
const file = given ? resolve(given) : fileURLToPath(new URL('../../shared/eval/dev-replies.jsonl', import.meta.url));
const report = evaluate(parseLabelled(readFileSync(file, 'utf8')));
const pct = (x: number): string => x.toFixed(3);

console.log(`${file}: ${report.size} replies`);
console.log(`moves  micro P ${pct(report.moves.precision)}  R ${pct(report.moves.recall)}  F1 ${pct(report.moves.f1)}  (target F1 >= 0.90)`);
console.log(`flags  micro P ${pct(report.flags.precision)}  R ${pct(report.flags.recall)}  F1 ${pct(report.flags.f1)}  (target P, R >= 0.95 per rule)`);
console.log('rule               tp  fp  fn   precision  recall');
for (const [id, c] of Object.entries(report.perRule)) {
  console.log(`${id.padEnd(18)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}   ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}`);
}
const failing = Object.entries(report.perRule).filter(([, c]) => c.precision < 0.95 || c.recall < 0.95);
if (showMisses) {
  for (const m of report.misses) console.log(`  ${m.kind} ${JSON.stringify(m.text)} missing=[${m.missing.join(',')}] extra=[${m.extra.join(',')}]`);
}
const ok = report.moves.f1 >= 0.9 && failing.length === 0;
console.log(ok ? 'targets met' : `targets NOT met${failing.length ? `: ${failing.map(([id]) => id).join(', ')}` : ''}`);
process.exitCode = ok ? 0 : 1;
