// CLI start: a whole `peilian check` process (all of scenarios/), as a trainer runs it: Node
// start-up, loading the built CLI (dist-cli/, built here first), reading, checking and printing.
// Median wall time of repeated process runs; the same through tsx (compiling TypeScript on
// every start, as `npm run peilian` does) is given beside it for comparison.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { atMost, median, round, type Figure } from './figure';

const root = resolve(import.meta.dirname, '..');

function timeProcess(args: string[], runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${(run.stderr || run.stdout).split('\n')[0]}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache only
  }
  return samples;
}

export async function measureCliStart(): Promise<Figure[]> {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr.split('\n')[0]}`);
  const cli = timeProcess(['dist-cli/peilian.mjs', 'check'], 11);
  const tsx = timeProcess(['--import', 'tsx', 'src/cli/main.ts', 'check'], 3);
  const value = median(cli) / 1000;
  return [
    {
      id: 'cli-check',
      name: 'CLI start (whole `peilian check` process, all files)',
      value: round(value, 3),
      unit: 's',
      budget: '≤ 0.3 s',
      over: atMost(value, 0.3),
      detail: `median of ${cli.length} runs of node dist-cli/peilian.mjs check (min ${round(Math.min(...cli) / 1000, 3)} s, max ${round(Math.max(...cli) / 1000, 3)} s); through tsx: ${round(median(tsx) / 1000, 2)} s`,
    },
  ];
}
