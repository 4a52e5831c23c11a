// The picture of a buyer the studio draws: her states laid out by distance from the start,
// every declared way from one state to another with what takes her there, and what the
// checker found (unreachable states, dead ends). Reachability and the findings come from the
// checker itself (paths.ts, check.ts); this file only labels and arranges them.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { CheckResult } from '@/engine/scenario/check';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { Severity } from '@/engine/scenario/issues';
import { declaredEdges } from '@/engine/scenario/paths';
import { effectiveFallback, effectiveTimeout, endedTarget } from '@/engine/scenario/effective';

/** What moves the buyer: a transition of `on`, running out of patience, waiting too long, the trainee closing the chat. */
export type EdgeKind = 'reply' | 'give-up' | 'timeout' | 'ended';

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Reply edges: the transition's condition (absent: it always applies) and its place in `on`. */
  when?: Condition;
  index?: number;
  /** Give-up and timeout edges taken from the scenario's defaults rather than the state's own. */
  inherited: boolean;
}

export interface GraphNode {
  name: string;
  /** Steps from the start along declared edges; null when no way leads here. */
  layer: number | null;
  outcome?: OutcomeKind;
  start: boolean;
  /** The checker's `unreachable-state`: an error when nothing points here, a warning when the conditions never hold. */
  unreachable: Severity | null;
  /** The checker's `dead-end`: reachable, but no ending can be reached from here. */
  deadEnd: boolean;
  /** Transitions without `goto`: the buyer answers and stays. */
  stays: number;
}

export interface BuyerGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node names per layer, start first; unreachable states last, in a layer of their own. */
  layers: string[][];
}

/** `checked`: the checker's result for this scenario (checkScenario). */
export function buyerGraph(scenario: Scenario, checked: CheckResult): BuyerGraph {
  const declared = declaredEdges(scenario);
  const layerOf = distances(declared, scenario.start);
  const findings = [...checked.errors, ...checked.warnings];
  const finding = (code: string, name: string) => findings.find((i) => i.code === code && i.path === `states.${name}`);

  const edges: GraphEdge[] = [];
  const nodes: GraphNode[] = Object.entries(scenario.states).map(([name, state]) => {
    let stays = 0;
    (state.on ?? []).forEach((t, index) => {
      if (t.goto === undefined || t.goto === name) stays++;
      else edges.push({ from: name, to: t.goto, kind: 'reply', ...(t.when ? { when: t.when } : {}), index, inherited: false });
    });
    const fallback = effectiveFallback(scenario, state);
    if (fallback && fallback.giveUp !== name) edges.push({ from: name, to: fallback.giveUp, kind: 'give-up', inherited: state.fallback === undefined });
    const timeout = effectiveTimeout(scenario, state);
    if (timeout && timeout.leave !== name) edges.push({ from: name, to: timeout.leave, kind: 'timeout', inherited: state.timeout === undefined });
    const ended = endedTarget(scenario, state);
    if (ended !== null && state.outcome === undefined && ended !== name) edges.push({ from: name, to: ended, kind: 'ended', inherited: true });
    const unreachable = finding('unreachable-state', name);
    return {
      name,
      layer: layerOf.get(name) ?? null,
      ...(state.outcome ? { outcome: state.outcome } : {}),
      start: name === scenario.start,
      unreachable: unreachable ? unreachable.severity : null,
      deadEnd: finding('dead-end', name) !== undefined,
      stays,
    };
  });

  const depth = Math.max(0, ...[...layerOf.values()]);
  const layers: string[][] = Array.from({ length: depth + 1 }, () => []);
  const lost: string[] = [];
  for (const node of nodes) (node.layer === null ? lost : layers[node.layer]!).push(node.name);
  if (lost.length > 0) layers.push(lost);
  return { nodes, edges, layers };
}

/** Breadth-first steps from `start` over the checker's declared edges. */
function distances(edges: Map<string, Set<string>>, start: string): Map<string, number> {
  const seen = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift())
    for (const next of edges.get(name) ?? [])
      if (!seen.has(next)) {
        seen.set(next, seen.get(name)! + 1);
        queue.push(next);
      }
  return seen;
}
