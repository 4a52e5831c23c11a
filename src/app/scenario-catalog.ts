// The buyers the app offers: every scenarios/*.yaml, validated by the engine's loader when the
// app is built (app/build-catalog.ts, run by the built-in-scenarios plugin in vite.config.ts)
// and shipped as JSON, so opening a chat parses no YAML and runs no schema. A bad file does not
// stop the others; its errors are shown on the home screen. A trainer's own file (剧本工坊) is
// still read and validated in the browser (app/trainer-catalog.ts).
import type { Scenario } from '@/engine/scenario/schema';
import builtIn from 'virtual:built-in-scenarios';

export interface FileIssue {
  code: string;
  line?: number;
  column?: number;
  path?: string;
  message: string;
  hint?: string;
}

export interface BrokenFile {
  file: string;
  errors: FileIssue[];
}

export interface Catalog {
  scenarios: Scenario[];
  broken: BrokenFile[];
}

export function getCatalog(): Catalog {
  return builtIn;
}

export function findScenario(id: string): Scenario | undefined {
  return getCatalog().scenarios.find((s) => s.id === id);
}
