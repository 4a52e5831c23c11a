// `npx tsx bench/cpu-figures.ts [reply|batch|scenario ...]`: the engine's three bench figures with
// the CPU time (user + system, process.cpuUsage) each measurement took beside its wall-clock
// value, for comparing versions on a shared machine where wall time is noise. Not part of
// `npm run bench`.
import { measureBatchGrading } from './batch-grading';
import { measureReplyPipeline } from './reply-pipeline';
import { measureScenarioLoad } from './scenario-load';
import type { Figure } from './figure';

const only = process.argv.slice(2);
const measures: Array<[string, () => Promise<Figure | Figure[]>]> = [
  ['reply', measureReplyPipeline],
  ['batch', measureBatchGrading],
  ['scenario', measureScenarioLoad],
];
for (const [name, measure] of measures) {
  if (only.length && !only.includes(name)) continue;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const figures = [await measure()].flat();
  const cpu = process.cpuUsage(cpu0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const values = figures.map((f) => `${f.id} ${f.value} ${f.unit}`).join(', ');
  console.log(`${name}: ${values}; cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, wall ${wall.toFixed(0)} ms`);
}
