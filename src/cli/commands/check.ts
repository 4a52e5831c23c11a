// `check [FILE...]`: validate scenario files and every path of each buyer.
// Prints `FILE:LINE:COL code message` per issue (+ hint) and a summary; exit 1 on any error.
import { readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs, type Io } from '@/cli/args';
import { internalError, loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { compileScenario } from '@/engine/buyer/compile';
import { formatIssue, type ScenarioIssue } from '@/engine/scenario/issues';
import { readScenarioFile } from '@/cli/read-scenario';

export interface FileReport {
  file: string;
  id: string | null;
  ok: boolean;
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  /** Milliseconds to load, compile and check this file. */
  ms: number;
}

export function defaultScenarioFiles(cwd: string): string[] {
  const dir = join(cwd, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join('scenarios', name));
}

/**
 * Milliseconds since `from` (process.hrtime, not `performance.now()`: the first read of the
 * global `performance` loads Node's perf_hooks, ~15 modules, on every start of `check`).
 */
const msSince = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

export function checkFile(file: string, cwd: string): FileReport {
  const started = process.hrtime.bigint();
  const read = readScenarioFile(resolve(cwd, file), file);
  if ('issue' in read) return { file, id: null, ok: false, errors: [read.issue], warnings: [], ms: msSince(started) };
  const loaded = loadScenario(read.bytes, file);
  const errors = [...loaded.errors];
  const warnings = [...loaded.warnings];
  if (loaded.scenario) {
    try {
      const checked = checkScenario(loaded.scenario, compileScenario(loaded.scenario), loaded);
      errors.push(...checked.errors);
      warnings.push(...checked.warnings);
    } catch (error) {
      // A checker fault on one file is reported as that file's error; the other files are still checked.
      errors.push(internalError(file, error));
    }
  }
  return { file, id: loaded.scenario?.id ?? null, ok: errors.length === 0, errors, warnings, ms: msSince(started) };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, [], ['json']);
  const files = positional.length > 0 ? positional : defaultScenarioFiles(io.cwd).map((f) => relative(io.cwd, resolve(io.cwd, f)));
  const reports = files.map((file) => checkFile(file, io.cwd));
  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  const ms = reports.reduce((n, r) => n + r.ms, 0);

  if (options.json) {
    io.out(JSON.stringify({ ok: errors === 0, files: reports.map((r) => ({ ...r, ms: Math.round(r.ms * 10) / 10 })), errors, warnings }));
    return errors > 0 ? 1 : 0;
  }
  if (files.length === 0) {
    io.err('没有找到场景文件：scenarios/ 下没有 .yaml 文件。');
    return 0;
  }
  for (const report of reports) {
    for (const issue of [...report.errors, ...report.warnings]) io.out(`${formatIssue(issue)}\n    提示：${issue.hint}`);
    const summary = report.ok ? '通过' : `${report.errors.length} 个错误`;
    io.out(`${report.file}: ${summary}${report.warnings.length ? `，${report.warnings.length} 个警告` : ''}（${report.ms.toFixed(1)} ms）`);
  }
  io.out(`检查了 ${files.length} 个文件：${errors} 个错误，${warnings} 个警告，共用时 ${ms.toFixed(1)} ms。`);
  return errors > 0 ? 1 : 0;
}
