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
import { isUpsetIn, timeoutSeconds } from '@/engine/scenario/effective';
import { settle, shopContext, type ReplyOwes } from '@/engine/score/reply-context';

export function replyContext(scenario: Scenario, context: BuyerContext, firstReply: boolean, state?: string): ReplyContext {
  // The variant in play may lower the floor: the buyer's context has the one that counts.
  const ctx: ReplyContext = { ...shopContext(scenario), floor: context.floor, firstReply, buyerUpset: isUpsetIn(scenario, state, context.mood) };
  // Who pays a return's postage depends on the case: the state says it (else her words do, knowledge/check.ts).
  const afterSale = state !== undefined ? scenario.states[state]?.afterSale : undefined;
  if (afterSale !== undefined) ctx.afterSale = afterSale;
  // The reply answers what the buyer just said, and what her state declares she asks.
  if (context.said.length > 0) ctx.buyer = context.said.join('\n');
  const asks = state !== undefined ? scenario.states[state]?.asks : undefined;
  if (asks) ctx.asks = [...asks];
  return ctx;
}

/** What the next reply owes, from the buyer's context (the scorer finds the same from the turns). */
export function owesNow(scenario: Scenario, context: BuyerContext, state: string): ReplyOwes {
  // A snapshot stored before upsetFrom existed: an upset buyer is owed empathy.
  const empathy = context.upsetFrom === undefined ? isUpsetIn(scenario, state, context.mood) : context.upsetFrom === context.turn;
  // Once she has decided (an outcome), the one reply still open is the close.
  return { greeting: context.turn === 0, empathy, close: context.outcome !== null };
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
  /** The reply was the trainee's closing reply after the buyer decided: the chat is over now. */
  closed: boolean;
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
  /**
   * The buyer has decided (an outcome) and the trainee's closing reply — thanks, a confirmation
   * of what she just asked — has not come yet: the chat stays open for that one reply.
   */
  closing(): boolean;
  /** No reply is taken any more: the buyer decided and the closing reply came (or the chat was ended). */
  over(): boolean;
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
  /** Set once the closing reply came or the chat was ended after the outcome; not persisted: the stored record's status says it. */
  let closed = false;

  /** The buyer's answer to the last event, one turn per line. */
  const buyerTurns = (at?: number, timedOut = false): Turn[] => {
    const { said, mood } = context();
    const state = stateName();
    const upset = isUpsetIn(scenario, state, mood);
    return said.map((text) => ({ role: 'buyer', text, state, mood, upset, ...(timedOut ? { timedOut } : {}), ...(at !== undefined ? { at } : {}) }));
  };

  return {
    actor,
    opening: () => buyerTurns(),
    reply(text, at) {
      const before = context();
      const state = stateName();
      const read = understand(text, replyContext(scenario, before, before.turn === 0, state));
      // Settled here, before the buyer sees it: she reacts to the flags the report lists.
      const understanding = settle(read, owesNow(scenario, before, state));
      const agent: Turn = { role: 'agent', text, understanding, ...(at !== undefined ? { at } : {}) };
      if (done()) {
        closed = true;
        return { agent, buyer: [], outcome: context().outcome, missed: false, closed: true };
      }
      actor.send({ type: 'reply.submitted', text, understanding });
      return { agent, buyer: buyerTurns(at), outcome: context().outcome, missed: context().missed, closed: false };
    },
    timeout(at) {
      if (done()) return { buyer: [], outcome: context().outcome };
      actor.send({ type: 'buyer.timeout' });
      return { buyer: buyerTurns(at, true), outcome: context().outcome };
    },
    end(at) {
      closed = true;
      if (done()) return { buyer: [], outcome: context().outcome };
      actor.send({ type: 'chat.ended' });
      return { buyer: buyerTurns(at), outcome: context().outcome };
    },
    state: stateName,
    mood: () => context().mood,
    outcome: () => context().outcome,
    closing: () => done() && !closed,
    over: () => done() && closed,
    coaching: () => scenario.states[stateName()]?.coaching,
    timeoutSeconds: () => (done() ? null : timeoutSeconds(scenario, stateName(), context().variant || undefined)),
    persist: () => actor.getPersistedSnapshot(),
  };
}

/**
 * Replays scripted trainee replies; after the buyer decides, one more reply is taken as the
 * closing reply and the rest are not sent. Outcome null when the replies ran out before one.
 */
export function playScript(scenario: Scenario, replies: string[], options: { seed: number; variant?: string }): Transcript {
  const buyer = createBuyer(scenario, options);
  const turns: Turn[] = [...buyer.opening()];
  for (const text of replies) {
    if (buyer.over()) break;
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
