// The fixed library of conditions a scenario can use. Each key of a transition's `when`
// maps to exactly one named guard here; the file supplies only the parameters.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Understanding } from '@/engine/understanding-types';
import { isPlatformRule, isToneRule, type EntityName, type Move, type RuleId } from '@/engine/vocabulary';
import { rightSizes } from '@/engine/scenario/effective';

export type Threshold = number | 'price' | 'floor' | 'target';
export type FlagFilter = RuleId | 'any' | 'platform' | 'tone';

/** A guard as the compiled machine names it: `{ type, params }`. */
export type GuardRef =
  | { type: 'hasMove'; params: { move: Move } }
  | { type: 'hasAnyMove'; params: { moves: Move[] } }
  | { type: 'hasAllMoves'; params: { moves: Move[] } }
  | { type: 'hasNoMove'; params: { moves: Move[] } }
  | { type: 'hasFlag'; params: { flag: FlagFilter } }
  | { type: 'hasNoFlag'; params: { flag: FlagFilter } }
  | { type: 'offerAtOrBelow'; params: { threshold: Threshold } }
  | { type: 'offerAbove'; params: { threshold: Threshold } }
  | { type: 'hasEntity'; params: { entity: EntityName } }
  | { type: 'sizeIs'; params: { size: 'right' | 'wrong' } }
  | { type: 'moodAtLeast'; params: { mood: number } }
  | { type: 'moodBelow'; params: { mood: number } }
  | { type: 'repeated'; params: { move: Move; times: number } }
  | { type: 'turnAtLeast'; params: { turn: number } }
  | { type: 'remembered'; params: { fact: string } }
  | { type: 'notRemembered'; params: { fact: string } }
  | { type: 'variantIs'; params: { variants: string[] } };

/** One guard per condition key, in the order the keys are written. */
export function conditionGuards(when: Condition): GuardRef[] {
  const guards: GuardRef[] = [];
  for (const key of Object.keys(when) as Array<keyof Condition>) {
    const guard = guardFor(key, when);
    if (guard) guards.push(guard);
  }
  return guards;
}

function guardFor(key: keyof Condition, c: Condition): GuardRef | undefined {
  switch (key) {
    case 'move':
      return c.move ? { type: 'hasMove', params: { move: c.move } } : undefined;
    case 'anyMove':
      return c.anyMove ? { type: 'hasAnyMove', params: { moves: c.anyMove } } : undefined;
    case 'allMoves':
      return c.allMoves ? { type: 'hasAllMoves', params: { moves: c.allMoves } } : undefined;
    case 'noMove':
      return c.noMove ? { type: 'hasNoMove', params: { moves: c.noMove } } : undefined;
    case 'flag':
      return c.flag ? { type: 'hasFlag', params: { flag: c.flag } } : undefined;
    case 'noFlag':
      return c.noFlag ? { type: 'hasNoFlag', params: { flag: c.noFlag } } : undefined;
    case 'offerAtOrBelow':
      return c.offerAtOrBelow !== undefined ? { type: 'offerAtOrBelow', params: { threshold: c.offerAtOrBelow } } : undefined;
    case 'offerAbove':
      return c.offerAbove !== undefined ? { type: 'offerAbove', params: { threshold: c.offerAbove } } : undefined;
    case 'hasEntity':
      return c.hasEntity ? { type: 'hasEntity', params: { entity: c.hasEntity } } : undefined;
    case 'size':
      return c.size ? { type: 'sizeIs', params: { size: c.size } } : undefined;
    case 'moodAtLeast':
      return c.moodAtLeast !== undefined ? { type: 'moodAtLeast', params: { mood: c.moodAtLeast } } : undefined;
    case 'moodBelow':
      return c.moodBelow !== undefined ? { type: 'moodBelow', params: { mood: c.moodBelow } } : undefined;
    case 'repeated':
      return c.repeated ? { type: 'repeated', params: c.repeated } : undefined;
    case 'turnAtLeast':
      return c.turnAtLeast !== undefined ? { type: 'turnAtLeast', params: { turn: c.turnAtLeast } } : undefined;
    case 'remembered':
      return c.remembered ? { type: 'remembered', params: { fact: c.remembered } } : undefined;
    case 'notRemembered':
      return c.notRemembered ? { type: 'notRemembered', params: { fact: c.notRemembered } } : undefined;
    case 'variant':
      return c.variant ? { type: 'variantIs', params: { variants: c.variant } } : undefined;
  }
}

/** The price a threshold names for this buyer (variant floor/target applied); null when the buyer has no target. */
export function resolveThreshold(scenario: Scenario, context: BuyerContext, threshold: Threshold): number | null {
  if (typeof threshold === 'number') return threshold;
  if (threshold === 'price') return scenario.shop.product.price;
  if (threshold === 'floor') return context.floor;
  return context.target;
}

const flagMatches = (rule: RuleId, filter: FlagFilter): boolean =>
  filter === 'any' || (filter === 'platform' ? isPlatformRule(rule) : filter === 'tone' ? isToneRule(rule) : rule === filter);

/**
 * Evaluates one guard. `u` is the reply's understanding (null for timeouts and the end of
 * the chat, where reply conditions never hold). Guards run before the transition's actions,
 * so counts include the reply being judged.
 */
export function evaluateGuard(guard: GuardRef, scenario: Scenario, context: BuyerContext, u: Understanding | null): boolean {
  switch (guard.type) {
    case 'moodAtLeast':
      return context.mood >= guard.params.mood;
    case 'moodBelow':
      return context.mood < guard.params.mood;
    case 'remembered':
      return context.memory.includes(guard.params.fact);
    case 'notRemembered':
      return !context.memory.includes(guard.params.fact);
    case 'variantIs':
      return guard.params.variants.includes(context.variant);
    case 'turnAtLeast':
      return u !== null && context.turn + 1 >= guard.params.turn;
  }
  if (!u) return false;
  switch (guard.type) {
    case 'hasMove':
      return u.moves.includes(guard.params.move);
    case 'hasAnyMove':
      return guard.params.moves.some((m) => u.moves.includes(m));
    case 'hasAllMoves':
      return guard.params.moves.every((m) => u.moves.includes(m));
    case 'hasNoMove':
      return !guard.params.moves.some((m) => u.moves.includes(m));
    case 'hasFlag':
      return u.flags.some((f) => flagMatches(f.rule, guard.params.flag));
    case 'hasNoFlag':
      return !u.flags.some((f) => flagMatches(f.rule, guard.params.flag));
    case 'offerAtOrBelow':
    case 'offerAbove': {
      const limit = resolveThreshold(scenario, context, guard.params.threshold);
      const offer = u.entities.price;
      if (limit === null || offer === undefined) return false;
      return guard.type === 'offerAtOrBelow' ? offer <= limit : offer > limit;
    }
    case 'hasEntity':
      return u.entities[guard.params.entity] !== undefined;
    case 'sizeIs': {
      const size = u.entities.size?.toUpperCase();
      if (size === undefined) return false;
      return rightSizes(scenario).includes(size) === (guard.params.size === 'right');
    }
    case 'repeated': {
      const now = u.moves.includes(guard.params.move) ? 1 : 0;
      return (context.moveCounts[guard.params.move] ?? 0) + now >= guard.params.times;
    }
  }
}
