// `npm run eval [FILE...] [--tuning] [--sealed-dir DIR] [--misses] [--audit]`: move micro-F1 and
// per-rule flag precision/recall of understand() on labelled replies.
// With no FILE it prints, in this order:
//   1. the sealed sets (tests/eval/sealed/*.jsonl, or --sealed-dir DIR): never tuned on, so their
//      figures are the honest estimate for a new writer; per rule. --tuning skips them (whoever
//      tunes the reader must never see them).
//   2. the tuning sets (tests/eval/tuning/*.jsonl, or --tuning-dir DIR): tuned on, so they
//      measure memory too.
//   3. the shared dev set (../shared/eval/dev-replies.jsonl, or --dev-file FILE).
//   4. how far two labellers agree on the same tuning replies (tests/eval/agreement/): the ceiling.
// Labelled lines may carry `buyer` (the buyer's line the reply answers, passed as context) and
// `chat`/`turn` (a real chat's turn); replies read after a buyer's line get a figure of their own.
// --audit lists the lexicon's pattern alternatives that match replies of one tuning file only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseLabelled, type EvalReport, type LabelledReply } from '@/engine/understand/evaluate';
import { audit } from './pattern-audit';
import { agreement, loadSecond } from './agreement';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const VALUE_OPTIONS = new Set(['--sealed-dir', '--tuning-dir', '--dev-file']);
const FLAG_OPTIONS = new Set(['--tuning', '--misses', '--audit']);
// An option it does not know (--help, a typo) stops it before any set is read: a default run reads
// the sealed sets, and one read by mistake is a reading spent.
const unknown = args.filter((a, i) => a.startsWith('-') && !FLAG_OPTIONS.has(a) && !VALUE_OPTIONS.has(a) && !VALUE_OPTIONS.has(args[i - 1] ?? ''));
if (unknown.length > 0) {
  console.error(`eval: unknown option ${unknown.join(' ')} (nothing was read)`);
  console.error('usage: npm run eval [FILE...] [--tuning] [--sealed-dir DIR] [--tuning-dir DIR] [--dev-file FILE] [--misses] [--audit]');
  process.exit(2);
}
const given = args.filter((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.has(args[i - 1] ?? '')).map((a) => resolve(a));
const pct = (x: number): string => x.toFixed(3);
const jsonlIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(dir, f)) : [];
// --tuning-dir and --dev-file stand in for the real sets (the script's own test runs on small ones).
const tuningDir = resolve(opt('--tuning-dir') ?? resolve(root, 'tests/eval/tuning'));
const devFile = resolve(opt('--dev-file') ?? resolve(root, '../shared/eval/dev-replies.jsonl'));

function failingRules(report: EvalReport): string[] {
  return Object.entries(report.perRule)
    .filter(([, c]) => c.precision < 0.95 || c.recall < 0.9)
    .map(([id]) => id);
}

function print(name: string, report: EvalReport, perRule: boolean): boolean {
  console.log(`${name}: ${report.size} replies`);
  console.log(`moves  micro P ${pct(report.moves.precision)}  R ${pct(report.moves.recall)}  F1 ${pct(report.moves.f1)}  (target F1 >= 0.93)`);
  console.log(`flags  micro P ${pct(report.flags.precision)}  R ${pct(report.flags.recall)}  F1 ${pct(report.flags.f1)}  (target P >= 0.95, R >= 0.90)`);
  if (perRule) {
    console.log('rule               tp  fp  fn   precision  recall');
    for (const [id, c] of Object.entries(report.perRule)) {
      console.log(`${id.padEnd(18)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}   ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}`);
    }
  }
  if (report.unjudged > 0) console.log(`fact-wrong labels not judged (the replies carry no shop facts to check them against): ${report.unjudged}`);
  if (showMisses) {
    for (const m of report.misses) {
      const after = m.buyer ? ` after ${JSON.stringify(m.buyer)}` : '';
      console.log(`  ${m.kind} ${JSON.stringify(m.text)}${after} missing=[${m.missing.join(',')}] extra=[${m.extra.join(',')}]`);
    }
  }
  const failing = failingRules(report);
  const ok = report.moves.f1 >= 0.93 && report.flags.precision >= 0.95 && report.flags.recall >= 0.9;
  console.log(ok ? 'targets met' : `targets NOT met${failing.length ? ` (rules below P 0.95 / R 0.90: ${failing.join(', ')})` : ''}`);
  console.log('');
  return ok;
}

const load = (file: string): LabelledReply[] => parseLabelled(readFileSync(file, 'utf8'));
const line = (name: string, r: EvalReport): string =>
  `${name.padEnd(40)} ${String(r.size).padStart(4)}  moves F1 ${pct(r.moves.f1)}  flags P ${pct(r.flags.precision)} R ${pct(r.flags.recall)}`;

/** One section: each file, then all of them together, then the subsets read in context. */
function section(title: string, files: readonly string[], perFileDetail: boolean): boolean {
  console.log(`== ${title}`);
  if (files.length === 0) {
    console.log('(no files)\n');
    return true;
  }
  const all: LabelledReply[] = [];
  const summary: string[] = [];
  let ok = true;
  for (const file of files) {
    const replies = load(file);
    all.push(...replies);
    const report = evaluate(replies);
    summary.push(line(relative(process.cwd(), file) || basename(file), report));
    if (perFileDetail) ok = print(relative(process.cwd(), file) || file, report, true) && ok;
  }
  if (files.length > 1 || !perFileDetail) ok = print(`${title}, all files`, evaluate(all), true) && ok;
  const inContext = all.filter((r) => r.buyer !== undefined && r.chat === undefined);
  const real = all.filter((r) => r.chat !== undefined);
  if (inContext.length) summary.push(line('  answers read after the buyer\'s line', evaluate(inContext)));
  if (real.length) summary.push(line('  real agent turns', evaluate(real)));
  console.log('per file:');
  for (const s of summary) console.log(`  ${s}`);
  console.log('');
  return ok;
}

if (args.includes('--audit')) {
  const files = [...jsonlIn(tuningDir), devFile];
  const replies = files.flatMap((f) => load(f).map((r) => ({ file: basename(f), text: r.text })));
  const rows = audit(replies);
  const one = rows.filter((r) => r.replies === 1);
  const oneFile = rows.filter((r) => r.files === 1);
  const none = rows.filter((r) => r.replies === 0);
  for (const r of oneFile) console.log(`${r.entry.padEnd(18)} ${r.group.padEnd(14)} ${String(r.replies).padStart(3)} ${r.replies === 1 ? 'reply ' : 'replies'} (1 file)  ${r.alternative}`);
  console.log(`\n${rows.length} pattern alternatives over ${replies.length} tuning replies in ${files.length} files:`);
  console.log(`  ${one.length} match exactly one reply; ${oneFile.length} match replies of one file only; ${none.length} match none`);
  process.exit(0);
}

let ok = true;
if (given.length > 0) {
  ok = section('given files', given, true);
} else {
  if (!args.includes('--tuning')) {
    const sealedDir = resolve(opt('--sealed-dir') ?? resolve(root, 'tests/eval/sealed'));
    ok = section(`sealed sets (never tuned on): ${relative(process.cwd(), sealedDir) || sealedDir}`, jsonlIn(sealedDir), true) && ok;
  }
  // The tuning sets are tuned on: their figures do not decide the exit code.
  section('tuning sets (tuned on: memory as much as understanding)', jsonlIn(tuningDir), false);
  if (existsSync(devFile)) ok = section('shared dev set', [devFile], true) && ok;
  const secondFile = resolve(root, 'tests/eval/agreement/second-labeller.jsonl');
  if (!opt('--tuning-dir') && existsSync(secondFile)) {
    const a = agreement(loadSecond(secondFile), tuningDir);
    console.log('== two labellers: a second blind labeller against the writers, same tuning replies');
    console.log(`${a.replies} replies  moves P ${pct(a.moves.precision)} R ${pct(a.moves.recall)} F1 ${pct(a.moves.f1)}  flags P ${pct(a.flags.precision)} R ${pct(a.flags.recall)} F1 ${pct(a.flags.f1)}`);
    console.log(`parted most on (second only / writer only): ${a.apart.slice(0, 6).map(([l, x, y]) => `${l} ${x}/${y}`).join(', ')}`);
    console.log('');
  }
}
process.exitCode = ok ? 0 : 1;
