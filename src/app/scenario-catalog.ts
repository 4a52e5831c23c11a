// The buyers the app offers: every scenarios/*.yaml, bundled as text and validated by the
// engine's loader. A bad file does not stop the others; its errors are shown on the home screen.
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';

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

const ORDER = ['price-haggle', 'size-question', 'refund-dispute', 'complaint', 'comparison-shopper'];

export function buildCatalog(sources: Record<string, string>): Catalog {
  const scenarios: Scenario[] = [];
  const broken: BrokenFile[] = [];
  for (const [path, source] of Object.entries(sources)) {
    const file = path.replace(/^\//, '');
    // Never throws: a hostile file comes back as coded issues, worded as the CLI words them.
    const loaded = loadScenario(source, file);
    if (loaded.scenario && loaded.errors.length === 0) scenarios.push(loaded.scenario);
    else broken.push({ file, errors: loaded.errors.map(toIssue) });
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  scenarios.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { scenarios, broken };
}

function toIssue(issue: { code: string; line?: number; column?: number; path?: string | (string | number)[]; message: string; hint?: string }): FileIssue {
  const out: FileIssue = { code: issue.code, message: issue.message };
  if (issue.line !== undefined) out.line = issue.line;
  if (issue.column !== undefined) out.column = issue.column;
  if (issue.path !== undefined) out.path = Array.isArray(issue.path) ? issue.path.join('.') : issue.path;
  if (issue.hint !== undefined) out.hint = issue.hint;
  return out;
}

const bundled = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

let cached: Catalog | null = null;

export function getCatalog(): Catalog {
  cached ??= buildCatalog(bundled);
  return cached;
}

export function findScenario(id: string): Scenario | undefined {
  return getCatalog().scenarios.find((s) => s.id === id);
}
