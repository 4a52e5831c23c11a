// The engine work the A/B harness (ab-cpu.mjs) times: bundled once per version and loaded side by side.
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, type Scorer } from '@/engine/score/scorer';
import { createBuyer, type Buyer } from '@/engine/session';
import { score } from '@/engine/score/score';
import { compileScenario } from '@/engine/buyer/compile';
import { checkScenario } from '@/engine/scenario/check';
import { generateReplies } from './replies';
import { generateLog } from './batch-grading';
import { readScenarioFiles } from './scenario-files';

const files = readScenarioFiles();
const scenarios: Scenario[] = files.map(({ file, source }) => loadScenario(source, file).scenario!);
const replies = generateReplies(12_000);
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
let current = start();
let at = 0;
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
/** CPU µs of `count` pipeline replies (buyer restarts outside the timed part). */
export function pipelineChunk(count: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (current.buyer.outcome() !== null) { current.buyer.actor.stop(); current = start(); }
    const t0 = cpu();
    const result = current.buyer.reply(replies[at++ % replies.length]!);
    current.scorer.add(result.agent);
    for (const turn of result.buyer) current.scorer.add(turn);
    total += cpu() - t0;
  }
  return total;
}
const log = generateLog(10_000);
export function batchOnce(): number { const t0 = cpu(); score({ turns: log, outcome: null }); return cpu() - t0; }
export function scenarioOnce(): number {
  const t0 = cpu();
  for (const { file, source } of files) { const l = loadScenario(source, file); const m = compileScenario(l.scenario!); checkScenario(l.scenario!, m, l); }
  return cpu() - t0;
}
