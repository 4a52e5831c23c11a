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
import type { BuyerContext, BuyerEvent } from '@/engine/buyer/types';
import { effectiveFallback, effectiveTimeout, endedTarget } from '@/engine/scenario/effective';
import { synthesizeEvents } from '@/engine/scenario/synthesize';
import { aimOf, type Aim } from '@/engine/scenario/aim';
import { stateReads } from '@/engine/buyer/conditions';

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

type Snapshot = SnapshotFrom<BuyerMachine>;
type Serialize = (snapshot: Snapshot) => string;

/** A way of telling snapshots apart. */
interface Level {
  key: Serialize;
  /**
   * For keys made of nothing but the state and the mood: the key of the snapshot an event
   * leads to, from where it takes the buyer (aim.ts), so that events landing on a vertex the
   * traversal already has, or has queued, are not sent through the machine at all. They
   * could only repeat that vertex, so the traversal visits exactly the same vertices.
   */
  aimKey?: (aim: Aim) => string;
}

/**
 * How finely the traversal tells snapshots apart, coarsest first. Two snapshots that agree on
 * the key are one vertex: only the first one met is expanded. Every vertex is a real snapshot
 * reached by real events, so whatever a coarse key finds is truly reachable; a coarse key can
 * only miss states (a path that needs, say, a lower mood than the first visit had), and then
 * the next, finer key is tried.
 * The finest key keeps only what conditions read, and still coarsely: the mood as the band
 * between the thresholds the file uses, counts capped at the largest number a condition asks
 * for, only the facts a condition asks about. That keeps the space small at the price of
 * exactness: a path that needs one exact mood inside a band may be missed, so the checker
 * reports such states as warnings only. Keys are plain strings, not JSON: the traversal builds
 * one per edge.
 */
function levels(scenario: Scenario): Level[] {
  // What each condition reads of the buyer's state comes from its record (buyer/conditions.ts).
  const reads = Object.values(scenario.states).flatMap((s) => (s.on ?? []).flatMap((t) => (t.when ? stateReads(t.when) : [])));
  const moodThresholds = [...new Set(reads.flatMap((r) => (r.mood !== undefined ? [r.mood] : [])))];
  const maxTurn = Math.max(0, ...reads.map((r) => r.turn ?? 0));
  const facts = [...new Set(reads.flatMap((r) => (r.fact !== undefined ? [r.fact] : [])))];
  const repeated = new Map<string, number>();
  for (const { moveCount: c } of reads) if (c) repeated.set(c.move, Math.max(repeated.get(c.move) ?? 0, c.times));
  const capped = [...repeated] as Array<[keyof BuyerContext['moveCounts'], number]>;
  const moodBand = (mood: number): number => {
    let band = 0;
    for (const t of moodThresholds) if (mood >= t) band++;
    return band;
  };
  const full: Serialize = (snapshot) => {
    const c = snapshot.context;
    let key = `${String(snapshot.value)}|${moodBand(c.mood)}|${Math.min(c.turn, maxTurn)}|${c.tries}|${c.nudges}|`;
    for (const fact of facts) key += c.memory.includes(fact) ? '1' : '0';
    for (const [move, cap] of capped) key += `|${Math.min(c.moveCounts[move] ?? 0, cap)}`;
    return key;
  };
  return [
    { key: (snapshot) => String(snapshot.value), aimKey: (aim) => aim.state },
    { key: (snapshot) => `${String(snapshot.value)}|${moodBand(snapshot.context.mood)}`, aimKey: (aim) => `${aim.state}|${moodBand(aim.mood)}` },
    { key: full },
  ];
}

export interface Exploration {
  /** State names entered by some sequence of events, over every variant. */
  reached: Set<string>;
  /** Distinct (state, relevant context) combinations visited, over every traversal. */
  vertices: number;
  /** The traversal hit its limit: what it reached is a lower bound. */
  truncated: boolean;
}

const LIMIT = 20_000;

/**
 * Explores the compiled machine with @xstate/graph, once per variant (fixed in the actor's
 * input) and key (see `levels`): for each variant, coarse keys first.
 * `goal`: the states the declared graph says can be reached. Exploration only ever finds a
 * subset of them, and all the checker asks is which ones; so once every goal state has been
 * entered there is nothing left to learn: the traversal stops expanding vertices and the
 * remaining variants and keys are skipped. A buyer with a state the conditions really keep
 * out is still explored in full, with the finest key.
 */
export function explore(scenario: Scenario, machine: BuyerMachine, goal?: ReadonlySet<string>): Exploration {
  const reached = new Set<string>();
  let missing = goal ? [...goal] : [];
  const covered = (): boolean => {
    if (!goal) return false;
    missing = missing.filter((name) => !reached.has(name));
    return missing.length === 0;
  };
  let vertices = 0;
  let truncated = false;
  const variants: Array<string | undefined> = [undefined, ...Object.keys(scenario.persona.variants ?? {})];
  const ways = levels(scenario);
  // Only the machine's transitions are used past its start: see `initial` below.
  const transitions = { transition: machine.transition.bind(machine) } as unknown as BuyerMachine;
  for (const variant of variants) {
    const { eventsIn, serializeEvent } = eventCache(scenario);
    // The variant's start, from its first traversal (the first snapshot asked for its events).
    // Handed to the finer keys' traversals, which then use the machine only for its transitions:
    // given a machine, @xstate/graph works the start out again for every traversal (twice
    // when the caller gives it one), and the buyer's start reads her opening lines.
    let initial: Snapshot | undefined;
    for (const level of ways) {
      if (covered()) return { reached, vertices, truncated };
      const entered = new Set<string>();
      const { aimKey } = level;
      try {
        const from = initial;
        const map = getAdjacencyMap(from ? transitions : machine, {
          input: { seed: 1, ...(variant ? { variant } : {}) },
          ...(from ? { fromState: from } : {}),
          events: (snapshot) => {
            initial ??= snapshot;
            const name = String(snapshot.value);
            const key = level.key(snapshot);
            if (aimKey) entered.add(key);
            if (!reached.has(name)) reached.add(name);
            else if (covered()) return [];
            const events = eventsIn(snapshot);
            if (!aimKey) return events;
            const tried: BuyerEvent[] = [];
            for (const event of events) {
              const next = aimKey(aimOf(scenario, name, snapshot.context, event));
              if (entered.has(next)) continue;
              entered.add(next);
              tried.push(event);
            }
            return tried;
          },
          serializeState: level.key,
          serializeEvent,
          limit: LIMIT,
        });
        for (const { state } of Object.values(map)) reached.add(String(state.value));
        vertices += Object.keys(map).length;
      } catch (error) {
        if (!(error instanceof Error) || !error.message.includes('limit')) throw error;
        truncated = true;
      }
    }
  }
  return { reached, vertices, truncated };
}

/**
 * Synthesized events depend on the context only through the variant's floor and target,
 * fixed for one variant: each state's list is built once, with a short key per event.
 */
function eventCache(scenario: Scenario) {
  const byState = new Map<string, BuyerEvent[]>();
  const keys = new Map<object, string>();
  return {
    eventsIn(snapshot: Snapshot): BuyerEvent[] {
      const name = String(snapshot.value);
      let events = byState.get(name);
      if (!events) {
        events = synthesizeEvents(scenario, name, snapshot.context);
        events.forEach((event, i) => keys.set(event, String(i)));
        byState.set(name, events);
      }
      return events;
    },
    serializeEvent: (event: object): string => keys.get(event) ?? JSON.stringify(event),
  };
}
