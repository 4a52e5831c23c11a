// `npm run bench`: measures every figure of BENCHMARKS.md, writes bench/results.json, prints a
// table and marks each figure over its budget with OVER BUDGET. Exits 0 even when over budget;
// non-zero only when a figure could not be measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeMachine } from './machine';
import type { Figure } from './figure';

const root = resolve(import.meta.dirname, '..');

type Measure = () => Promise<Figure | Figure[]>;

const measures: Array<[string, () => Promise<Measure>]> = [
  ['reply pipeline', async () => (await import('./reply-pipeline')).measureReplyPipeline],
  ['batch grading', async () => (await import('./batch-grading')).measureBatchGrading],
  ['scenario load', async () => (await import('./scenario-load')).measureScenarioLoad],
  ['initial JS', async () => (await import('./initial-js')).measureInitialJs],
  ['browser', async () => (await import('./browser')).measureInBrowser],
  ['cli', async () => (await import('./cli-start')).measureCliStart],
  ['team', async () => (await import('./team-load')).measureTeamLoad],
];

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? 'n/a' : `${f.value} ${f.unit}`,
    f.budget,
    f.error ? `NOT MEASURED: ${f.error}` : f.over === true ? 'OVER BUDGET' : f.over === false ? 'ok' : 'report',
    f.detail ?? '',
  ]);
  const head = ['figure', 'value', 'budget', 'status', 'detail'];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main() {
  const only = process.argv.slice(2);
  const machine = describeMachine();
  const figures: Figure[] = [];
  for (const [name, load] of measures) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      const measured = await (await load())();
      figures.push(...(Array.isArray(measured) ? measured : [measured]));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      figures.push({ id: name.replace(/\s+/g, '-'), name, value: null, unit: '', budget: '', over: null, error: message });
    }
  }
  const results = { machine, figures };
  // A partial run (`npm run bench -- cli`) leaves the whole run's results.json alone, as it does BENCHMARKS.md.
  writeFileSync(resolve(root, only.length ? 'bench/results.partial.json' : 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const rendered = table(figures);
  const machineLine = `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium ?? 'no Chromium'}; ${machine.date}`;
  process.stdout.write(`${machineLine}\n\n${rendered}\n`);

  // Keep BENCHMARKS.md's "latest table" current when the whole bench ran.
  if (!only.length) {
    const docPath = resolve(root, 'BENCHMARKS.md');
    const doc = readFileSync(docPath, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    if (i >= 0 && j > i) {
      writeFileSync(docPath, `${doc.slice(0, i + start.length)}\n${machineLine}\n\n${rendered}\n${doc.slice(j)}`);
    }
  }
  if (figures.some((f) => f.error)) process.exitCode = 1;
}

await main();
