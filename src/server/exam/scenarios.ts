// The scenarios an exam can use: the app's scenarios/*.yaml (read from this checkout) and the
// files a team uploaded, both validated with the engine's loader. A composed exam freezes each
// buyer's YAML text, so later edits of a file never change an exam already set.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { ApiError } from '@/server/http/errors';

export const BUILTIN_DIR = resolve(import.meta.dirname, '../../../scenarios');

export function contentHash(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}

export interface LoadedSource {
  file: string;
  source: string;
  hash: string;
  scenario: Scenario;
}

const cache = new Map<string, Scenario>();

/** The scenario of a YAML text; 400 with the loader's issues (Chinese) when it does not load. */
export function loadSource(file: string, source: string): LoadedSource {
  const hash = contentHash(source);
  const known = cache.get(hash);
  if (known) return { file, source, hash, scenario: known };
  const loaded = loadScenario(source, file);
  if (!loaded.scenario || loaded.errors.length > 0) {
    throw new ApiError('bad_request', `场景文件 ${file} 有错误，无法用于考试`, {
      issues: loaded.errors.slice(0, 20).map((e) => ({ path: `${e.line ?? 0}:${e.column ?? 0} ${e.path ?? ''}`.trim(), message: e.message })),
    });
  }
  if (cache.size > 200) cache.clear();
  cache.set(hash, loaded.scenario);
  return { file, source, hash, scenario: loaded.scenario };
}

/** The built-in scenarios that load (a broken file is left out, as the app's home screen does). */
export function builtinScenarios(dir = BUILTIN_DIR): LoadedSource[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const out: LoadedSource[] = [];
  for (const f of files) {
    try {
      out.push(loadSource(`scenarios/${f}`, readFileSync(join(dir, f), 'utf8')));
    } catch {
      // A broken built-in file is reported by `peilian check`; exams just cannot pick it.
    }
  }
  return out;
}

export function variantsOf(scenario: Scenario): string[] {
  return Object.keys(scenario.persona.variants ?? {});
}
