// What `peilian check` says about one file, for text typed in the studio: the same loader and
// checker, the same codes, positions and hints, and the buyer's graph from the same analysis.
import { loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { compileScenario } from '@/engine/buyer/compile';
import { buyerGraph, type BuyerGraph } from '@/engine/scenario/graph';
import type { ScenarioIssue } from '@/engine/scenario/issues';
import type { Scenario } from '@/engine/scenario/schema';

export interface SourceCheck {
  file: string;
  /** Present when the file loads: the buyer can be played even while the checker has errors. */
  scenario?: Scenario;
  graph?: BuyerGraph;
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
}

export function checkSource(source: string, file: string): SourceCheck {
  const loaded = loadScenario(source, file);
  const result: SourceCheck = { file, errors: [...loaded.errors], warnings: [...loaded.warnings] };
  if (!loaded.scenario) return result;
  const checked = checkScenario(loaded.scenario, compileScenario(loaded.scenario), loaded);
  result.errors.push(...checked.errors);
  result.warnings.push(...checked.warnings);
  result.scenario = loaded.scenario;
  result.graph = buyerGraph(loaded.scenario, checked);
  return result;
}

/** The lines (1-based) that carry an error or a warning, for marking them in the editor. */
export function markedLines(check: SourceCheck): Map<number, 'error' | 'warning'> {
  const marks = new Map<number, 'error' | 'warning'>();
  for (const issue of check.warnings) marks.set(issue.line, 'warning');
  for (const issue of check.errors) marks.set(issue.line, 'error');
  return marks;
}
