// The built-in buyers' catalog from their YAML texts: every file validated by the engine's
// loader, a bad one kept as coded issues. Run at build time (vite.config.ts) so the app ships
// the result as JSON and never parses or validates its own files again; tests run it directly.
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import type { BrokenFile, Catalog, FileIssue } from '@/app/scenario-catalog';

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
