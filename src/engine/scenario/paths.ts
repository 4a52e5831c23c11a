// Two views of every path through a buyer:
// - the declared graph: which state names which (transitions, fallback, timeout, end of chat),
//   regardless of conditions; and
// - the compiled machine explored with @xstate/graph, driven by synthesized replies, which
//   also knows when a condition can never hold (shadowed by an earlier transition, a mood
//   the buyer never reaches, a variant that does not exist).
import { getAdjacencyMap } from '@xstate/graph';
import type { SnapshotFrom } from 'xstate';
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerMachine } from '@/engine/buyer/compile';
import { effectiveFallback, effectiveTimeout, endedTarget } from '@/engine/scenario/effective';
import { synthesizeEvents } from '@/engine/scenario/synthesize';

/** `withEnded`: include the trainee closing the chat (a way in, but not the buyer's own way out). */
export function declaredEdges(scenario: Scenario, withEnded = true): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [name, state] of Object.entries(scenario.states)) {
    const out = new Set<string>();
    if (state.outcome === undefined) {
      for (const t of state.on ?? []) if (t.goto) out.add(t.goto);
      const fallback = effectiveFallback(scenario, state);
      if (fallback) out.add(fallback.giveUp);
      const timeout = effectiveTimeout(scenario, state);
      if (timeout) out.add(timeout.leave);
      const ended = endedTarget(scenario, state);
      if (ended && withEnded) out.add(ended);
    }
    edges.set(name, out);
  }
  return edges;
}

export function reachableFrom(edges: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift())
    for (const next of edges.get(name) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  return seen;
}

/**
 * Two snapshots that agree on this key are treated as the same vertex. Only what conditions
 * read is kept, and coarsely: the mood as the band between the thresholds the file uses,
 * counts capped at the largest number a condition asks for. This keeps the space small
 * (milliseconds, not seconds) at the price of exactness: a path that needs one exact mood
 * inside a band may be missed, so the checker reports such states as warnings only.
 */
function serializer(scenario: Scenario) {
  const conditions = Object.values(scenario.states).flatMap((s) => (s.on ?? []).flatMap((t) => (t.when ? [t.when] : [])));
  const moodThresholds = [...new Set(conditions.flatMap((c) => [c.moodAtLeast, c.moodBelow].filter((n): n is number => n !== undefined)))];
  const maxTurn = Math.max(0, ...conditions.map((c) => c.turnAtLeast ?? 0));
  const repeated = new Map<string, number>();
  for (const c of conditions) if (c.repeated) repeated.set(c.repeated.move, Math.max(repeated.get(c.repeated.move) ?? 0, c.repeated.times));
  return (snapshot: SnapshotFrom<BuyerMachine>): string => {
    const c = snapshot.context;
    return JSON.stringify([
      snapshot.value,
      moodThresholds.filter((t) => c.mood >= t).length,
      Math.min(c.turn, maxTurn),
      [...c.memory].sort(),
      c.tries,
      c.nudges,
      [...repeated].map(([move, cap]) => Math.min(c.moveCounts[move as keyof typeof c.moveCounts] ?? 0, cap)),
    ]);
  };
}

export interface Exploration {
  /** State names entered by some sequence of events, over every variant. */
  reached: Set<string>;
  /** Distinct (state, relevant context) combinations visited. */
  vertices: number;
  /** The traversal hit its limit: what it reached is a lower bound. */
  truncated: boolean;
}

const LIMIT = 20_000;

export function explore(scenario: Scenario, machine: BuyerMachine): Exploration {
  const reached = new Set<string>();
  let vertices = 0;
  let truncated = false;
  const serializeState = serializer(scenario);
  const variants: Array<string | undefined> = [undefined, ...Object.keys(scenario.persona.variants ?? {})];
  for (const variant of variants) {
    try {
      const map = getAdjacencyMap(machine, {
        input: { seed: 1, ...(variant ? { variant } : {}) },
        events: (snapshot) => synthesizeEvents(scenario, String(snapshot.value), snapshot.context),
        serializeState,
        limit: LIMIT,
      });
      for (const { state } of Object.values(map)) reached.add(String(state.value));
      vertices += Object.keys(map).length;
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes('limit')) throw error;
      truncated = true;
    }
  }
  return { reached, vertices, truncated };
}
