// The trainer's buyers as the app plays them: each stored file read by the same loader as
// the built-in ones. A built-in id always wins, so a stored copy never hides a built-in buyer.
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import type { TrainerBuyerRecord } from '@/db/records';
import { trainerBuyers } from '@/db/trainer-buyers';
import { getCatalog, type BrokenFile } from '@/app/scenario-catalog';

export interface TrainerCatalog {
  scenarios: Scenario[];
  broken: BrokenFile[];
}

export function isBuiltIn(id: string): boolean {
  return getCatalog().scenarios.some((s) => s.id === id) || getCatalog().broken.some((b) => b.file === `scenarios/${id}.yaml`);
}

export function readTrainerBuyer(record: TrainerBuyerRecord): Scenario | BrokenFile {
  const loaded = loadScenario(record.source, record.file);
  if (loaded.scenario) return loaded.scenario;
  return { file: `${record.file}（自编）`, errors: loaded.errors.map(({ code, line, column, path, message, hint }) => ({ code, line, column, path, message, hint })) };
}

export function trainerCatalog(records: TrainerBuyerRecord[]): TrainerCatalog {
  const catalog: TrainerCatalog = { scenarios: [], broken: [] };
  for (const record of records) {
    if (isBuiltIn(record.id)) continue;
    const read = readTrainerBuyer(record);
    if ('file' in read && 'errors' in read) catalog.broken.push(read);
    else catalog.scenarios.push(read);
  }
  return catalog;
}

export async function loadTrainerCatalog(): Promise<TrainerCatalog> {
  return trainerCatalog(await trainerBuyers());
}
