import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { getAdjacencyMap } from '@xstate/graph';
import { aimOf } from '@/engine/scenario/aim';
import { synthesizeEvents } from '@/engine/scenario/synthesize';
import { compileScenario } from '@/engine/buyer/compile';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { miniHaggle } from './fixtures';

function builtIn(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const scenario = loadScenario(readFileSync(file, 'utf8'), file).scenario;
  if (!scenario) throw new Error(`${file} did not load`);
  return scenario;
}

/** Every edge the checker could try (state name and mood band as the vertex), with where aimOf says it leads and where the machine goes. */
function edges(scenario: Scenario, variant?: string) {
  const machine = compileScenario(scenario);
  const found: Array<{ from: string; event: string; aimed: [string, number]; actual: [string, number] }> = [];
  getAdjacencyMap(machine, {
    input: { seed: 1, ...(variant ? { variant } : {}) },
    serializeState: (s) => `${String(s.value)}|${Math.floor(s.context.mood / 10)}`,
    events: (snapshot) => {
      const from = String(snapshot.value);
      const events = synthesizeEvents(scenario, from, snapshot.context);
      for (const event of events) {
        const aim = aimOf(scenario, from, snapshot.context, event);
        const next = getNextSnapshot(machine, snapshot, event);
        found.push({ from, event: JSON.stringify(event), aimed: [aim.state, aim.mood], actual: [String(next.value), next.context.mood] });
      }
      return events;
    },
  });
  return found;
}

describe('aimOf', () => {
  it.each([
    ['the test buyer', () => miniHaggle(), undefined],
    ['the test buyer, hard variant', () => miniHaggle(), 'hard'],
    ['price-haggle', () => builtIn('price-haggle'), undefined],
    ['comparison-shopper, hard variant', () => builtIn('comparison-shopper'), 'hard'],
    ['size-question', () => builtIn('size-question'), undefined],
  ])('predicts the next state and mood the compiled machine reaches, on every edge of %s', (_, scenario, variant) => {
    const found = edges(scenario(), variant);

    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((e) => e.aimed.join() !== e.actual.join())).toEqual([]);
  });
});
