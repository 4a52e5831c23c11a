// The buyer's guards as the compiled machine names them: one per condition of the table in
// conditions.ts, named by its key, with the file's value as its params. Nothing here is written
// per condition: a new record in the table is a new guard.
import type { Condition } from '@/engine/scenario/schema';
import type { BuyerContext, BuyerEvent } from '@/engine/buyer/types';
import type { Understanding } from '@/engine/understanding-types';
import { CONDITION_KEYS, conditionEntries, conditionHolds, type ConditionKey, type ConditionScenario, type ConditionValue } from '@/engine/buyer/conditions';

export { resolveThreshold, type FlagFilter, type Threshold } from '@/engine/buyer/conditions';

/** A guard as the compiled machine names it: `{ type, params }`. */
export type GuardRef = { [K in ConditionKey]: { type: K; params: { value: ConditionValue<K> } } }[ConditionKey];

/** What xstate hands a guard. */
export type GuardArgs = { context: BuyerContext; event: BuyerEvent };

/** The implementations `setup({ guards })` takes, one per condition key. */
export type ConditionGuards = { [K in ConditionKey]: (args: GuardArgs, params: { value: ConditionValue<K> }) => boolean };

const understandingOf = (event: BuyerEvent): Understanding | null => (event.type === 'reply.submitted' ? event.understanding : null);

/** One guard per condition key, in the order the keys are written. */
export function conditionGuards(when: Condition): GuardRef[] {
  // `conditionEntries` pairs each key with the value the schema typed by that key; TypeScript
  // cannot carry that pairing through the loop (a correlated union), so it is asserted here.
  return conditionEntries(when).map(([type, value]) => ({ type, params: { value } }) as GuardRef);
}

/** Evaluates one guard outside the machine (the checker's aim). */
export function evaluateGuard(guard: GuardRef, scenario: ConditionScenario, context: BuyerContext, u: Understanding | null): boolean {
  return conditionHolds(guard.type, guard.params.value, { scenario, context, u });
}

export function conditionGuardImpls(scenario: ConditionScenario): ConditionGuards {
  const impls: Record<string, (args: GuardArgs, params: { value: unknown }) => boolean> = {};
  for (const key of CONDITION_KEYS)
    impls[key] = ({ context, event }, { value }) => conditionHolds(key, value, { scenario, context, u: understandingOf(event) });
  // Built key by key from the table, which TypeScript cannot follow; each entry evaluates its own key's record.
  return impls as ConditionGuards;
}
