// The mentor steers a live buyer (issue 13): she moves to another state of her file and keeps
// everything she has lived so far (mood, memory, move counts, the lowest offer), saying that
// state's lines — the construction of start-at.ts, from her present context instead of the
// opening. Only a state that goes on can be steered to: an outcome is chosen by ending.
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import { createBuyer, type Buyer, type BuyerOptions } from '@/engine/session';
import { say, trackUpset } from '@/engine/buyer/actions';
import { isTerminal } from '@/engine/scenario/effective';

/** The states a buyer can be steered to: every state of her file that does not end the chat. */
export function steerableStates(scenario: Scenario): string[] {
  return Object.entries(scenario.states)
    .filter(([, s]) => !isTerminal(s))
    .map(([name]) => name);
}

export function steerTo(scenario: Scenario, buyer: Buyer, state: string, options: Omit<BuyerOptions, 'snapshot'>): Buyer {
  const target = scenario.states[state];
  if (!target) throw new Error(`scenario ${scenario.id} has no state "${state}"`);
  if (isTerminal(target)) throw new Error(`state "${state}" ends the conversation: end it with an outcome instead`);
  const persisted = buyer.persist() as { value: unknown; status?: string; output?: unknown; context: BuyerContext };
  buyer.actor.stop();
  // A buyer who had decided (a final state) goes on again: status and output belong to the end.
  const { output: _output, ...rest } = persisted;
  const start: BuyerContext = { ...persisted.context, said: [], outcome: null, tries: 0, nudges: 0, missed: false };
  const spoken = { ...start, ...say(scenario, start, { state }) };
  const context = { ...spoken, ...trackUpset(scenario, spoken, state) };
  return createBuyer(scenario, { ...options, snapshot: { ...rest, status: 'active', value: state, context } });
}
