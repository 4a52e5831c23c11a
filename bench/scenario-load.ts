// Scenario load: load + validate + compile + check every scenario file (median of repeated runs).
import { performance } from 'node:perf_hooks';
import { compileScenario } from '@/engine/buyer/compile';
import { checkScenario } from '@/engine/scenario/check';
import { loadScenario } from '@/engine/scenario/load';
import { atMost, median, round, type Figure } from './figure';
import { readScenarioFiles } from './scenario-files';

export async function measureScenarioLoad(): Promise<Figure[]> {
  const files = readScenarioFiles();
  const once = (withCheck: boolean) => {
    for (const { file, source } of files) {
      const loaded = loadScenario(source, file);
      if (!loaded.scenario) throw new Error(`${file} does not load: ${loaded.errors[0]?.message ?? 'unknown error'}`);
      const machine = compileScenario(loaded.scenario);
      // As the CLI does: the source map is worked out only when an issue needs a position.
      if (withCheck) checkScenario(loaded.scenario, machine, loaded);
    }
  };
  const time = (withCheck: boolean, runs: number) => {
    once(withCheck); // warm-up: module JIT, not a cold process start
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      once(withCheck);
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  const full = time(true, 9);
  const loadCompile = time(false, 21);
  return [
    {
      id: 'scenario-load',
      name: 'scenario load (load+validate+compile+check, all files)',
      value: round(full, 1),
      unit: 'ms',
      budget: '≤ 50 ms',
      over: atMost(full, 50),
      detail: `${files.length} files; load+compile alone ${round(loadCompile, 2)} ms`,
    },
  ];
}
