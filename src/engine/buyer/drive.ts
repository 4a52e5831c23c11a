// A buyer actor driven by a conversation: trainee replies, timeouts, the end of the chat. How a
// reply is read is given (engine/session.ts gives understand(), settled), so this module and the
// actor do not import the lexicon: the workbench resumes a chat and enables its reply box while
// the reader's chunk is still on its way (app/lazy-reading.ts).
import { createActor, type SnapshotFrom } from 'xstate';
import { compileScenario, type BuyerMachine } from '@/engine/buyer/compile';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Scenario } from '@/engine/scenario/schema';
import type { Understanding } from '@/engine/understanding-types';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import { isUpsetIn, timeoutSeconds } from '@/engine/scenario/effective';

/** What the reply `text` does, read in the buyer's `context` before she answers, in `state`. */
export type ReadReply = (text: string, scenario: Scenario, context: BuyerContext, state: string) => Understanding;

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

/**
 * The compiled machine of each scenario object and variant. A machine is a definition: every
 * actor keeps its own snapshot, so chats with the same buyer share one (building it, and xstate's
 * formatting of every transition, cost more than a whole reply). Keyed by the object: an edited
 * file loads as a new one.
 */
const MACHINES = new WeakMap<Scenario, Map<string | undefined, BuyerMachine>>();
function machineFor(scenario: Scenario, variant: string | undefined): BuyerMachine {
  let byVariant = MACHINES.get(scenario);
  if (!byVariant) MACHINES.set(scenario, (byVariant = new Map()));
  let machine = byVariant.get(variant);
  if (!machine) byVariant.set(variant, (machine = compileScenario(scenario, variant !== undefined ? { variant } : {})));
  return machine;
}

export function driveBuyer(scenario: Scenario, options: BuyerOptions, read: ReadReply): Buyer {
  const machine = machineFor(scenario, options.variant);
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
      const understanding = read(text, scenario, before, state);
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

