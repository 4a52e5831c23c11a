// Where an event takes the buyer (her next state and mood), worked out from the scenario and
// the guard library without running the machine. The checker uses it only to skip events
// under its coarse keys, where an event that would land on a vertex the traversal already
// has (or is about to get) teaches nothing; what it finds still comes from the machine.
// Mirrors compile.ts: transitions in file order, first match wins, then the fallback.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { BuyerContext, BuyerEvent } from '@/engine/buyer/types';
import { conditionGuards, evaluateGuard, type GuardRef } from '@/engine/buyer/guards';
import { effectiveFallback, effectiveTimeout, endedTarget, isUpsetIn } from '@/engine/scenario/effective';
import { moodReaction } from '@/engine/buyer/reactions';
import { readsMoves, speaksOnlyOfOther } from '@/engine/buyer/answered';

export interface Aim {
  state: string;
  mood: number;
}

const clampMood = (mood: number): number => Math.max(0, Math.min(100, mood));

const guardsOf = new WeakMap<Condition, GuardRef[]>();
function guards(when: Condition): GuardRef[] {
  let refs = guardsOf.get(when);
  if (!refs) guardsOf.set(when, (refs = conditionGuards(when)));
  return refs;
}

export function aimOf(scenario: Scenario, stateName: string, context: BuyerContext, event: BuyerEvent): Aim {
  const state = scenario.states[stateName];
  const stay: Aim = { state: stateName, mood: context.mood };
  if (!state || state.outcome !== undefined) return stay;
  if (event.type === 'reply.submitted') {
    const u = event.understanding;
    // Where the author sets no mood, the buyer's default reaction (compile.ts moodOrReaction).
    const react = (by: number | undefined, to?: string): number =>
      by ?? moodReaction(u, isUpsetIn(scenario, stateName, context.mood), to !== undefined && to !== stateName);
    for (const t of state.on ?? []) {
      if (t.when && !guards(t.when).every((g) => evaluateGuard(g, scenario, context, u))) continue;
      // compile.ts onTopic: a reply on another topic takes no move-guarded transition of a state that asks.
      if (readsMoves(t.when) && speaksOnlyOfOther(u, state.asks)) continue;
      return { state: t.goto ?? stateName, mood: clampMood(context.mood + react(t.mood, t.goto)) };
    }
    const fallback = effectiveFallback(scenario, state);
    if (!fallback) return stay;
    const exhausted = context.tries + 1 >= (fallback.tries ?? context.patience);
    return { state: exhausted ? fallback.giveUp : stateName, mood: clampMood(context.mood + react(fallback.mood)) };
  }
  if (event.type === 'buyer.timeout') {
    const timeout = effectiveTimeout(scenario, state);
    if (!timeout) return stay;
    return { state: context.nudges >= timeout.nudges ? timeout.leave : stateName, mood: clampMood(context.mood + (timeout.mood ?? 0)) };
  }
  const ended = endedTarget(scenario, state);
  return ended === null ? stay : { state: ended, mood: context.mood };
}
