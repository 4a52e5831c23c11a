// One conversation with a compiled buyer: the driver used by the `play` command, golden
// transcript tests, the bench and the workbench UI. It turns trainee text into an
// understanding, sends the buyer namespaced events and returns the turns to show.
import { createActor, type SnapshotFrom } from 'xstate';
import { compileScenario, type BuyerMachine } from '@/engine/buyer/compile';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Scenario } from '@/engine/scenario/schema';
import type { ReplyContext } from '@/engine/understanding-types';
import type { Transcript, Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import { understand } from '@/engine/understand/understand';
import { timeoutSeconds } from '@/engine/scenario/effective';
import { shopContext } from '@/engine/score/reply-context';
import { afterSaleCaseOf } from '@/engine/knowledge/after-sale';
import { normalize } from '@/engine/understand/normalize';

/** Below this mood a buyer counts as upset even where the state does not say so. */
const UPSET_MOOD = 30;

const isUpsetIn = (scenario: Scenario, state: string | undefined, mood: number): boolean =>
  (state !== undefined && scenario.states[state]?.upset === true) || mood < UPSET_MOOD;

export function replyContext(scenario: Scenario, context: BuyerContext, firstReply: boolean, state?: string): ReplyContext {
  // The variant in play may lower the floor: the buyer's context has the one that counts.
  const ctx: ReplyContext = { ...shopContext(scenario), floor: context.floor, firstReply, buyerUpset: isUpsetIn(scenario, state, context.mood) };
  // Who pays a return's postage depends on the case: the state says it, or the buyer's last words do.
  const afterSale = (state !== undefined ? scenario.states[state]?.afterSale : undefined) ?? afterSaleCaseOf(normalize(context.said.join(' ')));
  if (afterSale !== undefined) ctx.afterSale = afterSale;
  return ctx;
}

export interface BuyerOptions {
  seed: number;
  variant?: string;
  /** A value from `persist()`, possibly after a JSON round trip: the chat continues from there. */
  snapshot?: unknown;
}

export interface ReplyResult {
  agent: Turn;
  buyer: Turn[];
  outcome: OutcomeKind | null;
  /** The reply did not answer the buyer (she fell back to asking again). */
  missed: boolean;
}

export interface Buyer {
  actor: ReturnType<typeof createActor<BuyerMachine>>;
  opening(): Turn[];
  reply(text: string, at?: number): ReplyResult;
  timeout(at?: number): { buyer: Turn[]; outcome: OutcomeKind | null };
  end(at?: number): { buyer: Turn[]; outcome: OutcomeKind | null };
  state(): string;
  mood(): number;
  outcome(): OutcomeKind | null;
  /** What a good agent does in the current state (the scenario's coaching). */
  coaching(): string | undefined;
  /** Seconds until the buyer nudges in the current state; null when she does not wait (or the chat is over). */
  timeoutSeconds(): number | null;
  persist(): unknown;
}

export function createBuyer(scenario: Scenario, options: BuyerOptions): Buyer {
  const machine = compileScenario(scenario, options.variant !== undefined ? { variant: options.variant } : {});
  const input = { seed: options.seed, ...(options.variant !== undefined ? { variant: options.variant } : {}) };
  const actor = createActor(machine, {
    input,
    ...(options.snapshot !== undefined ? { snapshot: options.snapshot as SnapshotFrom<BuyerMachine> } : {}),
  });
  // An actor that fails (e.g. a snapshot that no longer fits an edited scenario) reports its
  // error to observers; without one XState rethrows it later, where no caller can catch it.
  let failure: unknown = null;
  actor.subscribe({ error: (error) => (failure = error) });
  actor.start();
  if (failure !== null || actor.getSnapshot().status === 'error') {
    actor.stop();
    const reason = failure instanceof Error ? failure.message : String(failure ?? 'error status');
    throw new Error(`buyer "${scenario.id}" could not start from the given snapshot: ${reason}`);
  }

  const snapshot = () => actor.getSnapshot();
  const stateName = () => String(snapshot().value);
  const context = () => snapshot().context;
  const done = () => snapshot().status === 'done';

  /** The buyer's answer to the last event, one turn per line. */
  const buyerTurns = (at?: number): Turn[] => {
    const { said, mood } = context();
    const state = stateName();
    const upset = isUpsetIn(scenario, state, mood);
    return said.map((text) => ({ role: 'buyer', text, state, mood, upset, ...(at !== undefined ? { at } : {}) }));
  };

  return {
    actor,
    opening: () => buyerTurns(),
    reply(text, at) {
      const before = context();
      const understanding = understand(text, replyContext(scenario, before, before.turn === 0, stateName()));
      const agent: Turn = { role: 'agent', text, understanding, ...(at !== undefined ? { at } : {}) };
      if (done()) return { agent, buyer: [], outcome: context().outcome, missed: false };
      actor.send({ type: 'reply.submitted', text, understanding });
      return { agent, buyer: buyerTurns(at), outcome: context().outcome, missed: context().missed };
    },
    timeout(at) {
      if (done()) return { buyer: [], outcome: context().outcome };
      actor.send({ type: 'buyer.timeout' });
      return { buyer: buyerTurns(at), outcome: context().outcome };
    },
    end(at) {
      if (done()) return { buyer: [], outcome: context().outcome };
      actor.send({ type: 'chat.ended' });
      return { buyer: buyerTurns(at), outcome: context().outcome };
    },
    state: stateName,
    mood: () => context().mood,
    outcome: () => context().outcome,
    coaching: () => scenario.states[stateName()]?.coaching,
    timeoutSeconds: () => (done() ? null : timeoutSeconds(scenario, stateName(), context().variant || undefined)),
    persist: () => actor.getPersistedSnapshot(),
  };
}

/** Replays scripted trainee replies; stops at an outcome, or when the replies run out (outcome null). */
export function playScript(scenario: Scenario, replies: string[], options: { seed: number; variant?: string }): Transcript {
  const buyer = createBuyer(scenario, options);
  const turns: Turn[] = [...buyer.opening()];
  for (const text of replies) {
    if (buyer.outcome() !== null) break;
    const result = buyer.reply(text);
    turns.push(result.agent, ...result.buyer);
  }
  const { lowestOffer } = buyer.actor.getSnapshot().context;
  buyer.actor.stop();
  return {
    turns,
    outcome: buyer.outcome(),
    scenarioId: scenario.id,
    ...(options.variant !== undefined ? { variant: options.variant } : {}),
    seed: options.seed,
    lowestOffer,
  };
}
