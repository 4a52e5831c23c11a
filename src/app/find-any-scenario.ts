// The scenario of a stored chat or report. A built-in buyer comes from the build's catalog; only
// a trainer's own buyer needs the YAML loader and the schema, fetched then (a chunk the opening
// of a built-in chat does not wait for).
import type { Scenario } from '@/engine/scenario/schema';
import { getTrainerBuyer } from '@/db/trainer-buyers';
import { findScenario } from '@/app/scenario-catalog';

/** A built-in buyer, else a trainer's stored one that still loads. */
export async function findAnyScenario(id: string): Promise<Scenario | undefined> {
  const builtIn = findScenario(id);
  if (builtIn) return builtIn;
  const record = await getTrainerBuyer(id);
  if (!record) return undefined;
  const { readTrainerBuyer } = await import('@/app/trainer-catalog');
  const read = readTrainerBuyer(record);
  return 'errors' in read && 'file' in read ? undefined : read;
}
