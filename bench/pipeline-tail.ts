// `npx tsx bench/pipeline-tail.ts [N]`: what the reply pipeline's slowest 1 % is made of. The bench's
// loop (bench/reply-pipeline.ts: 2,000 warm-up replies, then 12,000 samples), each sample timed
// with its wall time, its CPU time and the GC events around it; prints the median and p99, how many
// of the slowest 1 % held a GC or were preempted (wall time more than 0.5 ms above their CPU time),
// and the N slowest samples (default 20) with their text. Not part of `npm run bench`.
import { loadavg } from 'node:os';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, type Scorer } from '@/engine/score/scorer';
import { createBuyer, type Buyer } from '@/engine/session';
import { generateReplies } from './replies';
import { readScenarioFiles } from './scenario-files';

const REPLIES = 12_000;
const shown = Number(process.argv[2] ?? 20);
const scenarios: Scenario[] = readScenarioFiles().map(({ file, source }) => loadScenario(source, file).scenario!);
const replies = generateReplies(REPLIES);
const gcs: Array<[number, number]> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push([e.startTime, e.startTime + e.duration]);
}).observe({ entryTypes: ['gc'] });

let chat = 0;
const start = (): { buyer: Buyer; scorer: Scorer } => {
  const scenario = scenarios[chat % scenarios.length]!;
  const variant = ['easy', 'normal', 'hard'][chat % 3]!;
  chat++;
  const buyer = createBuyer(scenario, { seed: chat, variant });
  const scorer = createScorer(scenario);
  for (const turn of buyer.opening()) scorer.add(turn);
  return { buyer, scorer };
};
interface Sample { wall: number; cpu: number; from: number; to: number; text: string }
const samples: Sample[] = [];
const run = (count: number, record: boolean): void => {
  let current = start();
  for (let i = 0; i < count; i++) {
    if (current.buyer.outcome() !== null) {
      current.buyer.actor.stop();
      current = start();
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = current.buyer.reply(replies[i]!);
    current.scorer.add(result.agent);
    for (const turn of result.buyer) current.scorer.add(turn);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    if (record) samples.push({ wall: t1 - t0, cpu: (c.user + c.system) / 1000, from: t0, to: t1, text: replies[i]! });
  }
  current.buyer.actor.stop();
};
run(2_000, false);
run(REPLIES, true);
await new Promise((resolve) => setTimeout(resolve, 50)); // the observer reports the last GCs asynchronously

const sorted = [...samples].sort((a, b) => a.wall - b.wall);
const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.wall;
const heldGc = (s: Sample): boolean => gcs.some(([a, b]) => a < s.to && b > s.from);
const preempted = (s: Sample): boolean => s.wall - s.cpu > 0.5;
const tail = sorted.slice(Math.floor(0.99 * sorted.length));
const withGc = tail.filter(heldGc).length;
const waited = tail.filter((s) => !heldGc(s) && preempted(s)).length;
console.log(`median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms; load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`samples holding a GC: ${samples.filter(heldGc).length} of ${samples.length}`);
console.log(`slowest 1 % (${tail.length}): with a GC ${withGc}, preempted ${waited}, neither ${tail.length - withGc - waited}`);
for (const s of sorted.slice(-shown).reverse()) {
  console.log(`${s.wall.toFixed(3)} ms wall, ${s.cpu.toFixed(3)} ms CPU${heldGc(s) ? ', GC' : ''}  ${s.text}`);
}
