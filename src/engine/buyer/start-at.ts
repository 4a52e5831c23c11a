// A buyer that starts in any state of her file, for trying one part of a conversation
// without replaying everything before it: the persona as at the opening (the variant
// applied, or a chosen mood), in `state`, saying that state's lines.
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import { createBuyer, type Buyer } from '@/engine/session';
import { say, upsetHere } from '@/engine/buyer/actions';
import { isTerminal } from '@/engine/scenario/effective';

export interface StartAt {
  seed: number;
  variant?: string;
  /** The mood to start with; default: the persona's (variant applied). */
  mood?: number;
}

export function createBuyerAt(scenario: Scenario, state: string, options: StartAt): Buyer {
  const target = scenario.states[state];
  if (!target) throw new Error(`scenario ${scenario.id} has no state "${state}"`);
  if (isTerminal(target)) throw new Error(`state "${state}" ends the conversation: there is nothing to try from there`);
  const base = { seed: options.seed, ...(options.variant ? { variant: options.variant } : {}) };
  const fresh = createBuyer(scenario, base);
  const persisted = fresh.persist() as { value: unknown; context: BuyerContext };
  fresh.actor.stop();
  const mood = options.mood === undefined ? persisted.context.mood : Math.max(0, Math.min(100, Math.round(options.mood)));
  const start: BuyerContext = { ...persisted.context, mood, said: [], outcome: null };
  const spoken = { ...start, ...say(scenario, start, { state }) };
  const context = { ...spoken, upsetFrom: upsetHere(scenario, spoken, state) ? 0 : null };
  return createBuyer(scenario, { ...base, snapshot: { ...persisted, value: state, context } });
}
