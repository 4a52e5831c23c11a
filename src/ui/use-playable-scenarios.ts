// Every buyer this trainee can play: the built-in files and the trainer's own (剧本工坊), read by
// the same loader. The home screen offers them; the history screen grades chats against them.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getCatalog, type BrokenFile } from '@/app/scenario-catalog';
import { trainerBuyers } from '@/db/trainer-buyers';
import { trainerCatalog } from '@/app/trainer-catalog';
import type { Scenario } from '@/engine/scenario/schema';

export interface Playable {
  scenarios: Scenario[];
  broken: BrokenFile[];
  ownIds: Set<string>;
}

export function usePlayableScenarios(): Playable {
  const builtIn = getCatalog();
  const stored = useLiveQuery(trainerBuyers, [], []);
  const own = useMemo(() => trainerCatalog(stored), [stored]);
  return useMemo(
    () => ({
      scenarios: [...builtIn.scenarios, ...own.scenarios],
      broken: [...builtIn.broken, ...own.broken],
      ownIds: new Set(own.scenarios.map((s) => s.id)),
    }),
    [builtIn, own],
  );
}

/** Each buyer's variant names, e.g. { hard: '难缠' }, merged over buyers (the same id means the same kind). */
export function variantLabelsOf(scenarios: readonly Scenario[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of scenarios) for (const [id, v] of Object.entries(s.persona.variants ?? {})) if (v.label && !(id in out)) out[id] = v.label;
  return out;
}
