// Scenario → XState v5 machine. The machine is assembled from the fixed libraries in
// guards.ts and actions.ts; the scenario contributes only names and parameters, never code.
// Transitions are tried in file order (xstate takes the first whose guard holds); the last
// entries of `reply.submitted` are the fallback, so an unanswered reply always does something.
// Timeouts are events the app sends (`buyer.timeout`), not `after` delays, so a persisted
// snapshot restores exactly and tests need no clock.
import { and, assign, setup } from 'xstate';
import type { Scenario, State, Transition } from '@/engine/scenario/schema';
import type { BuyerContext, BuyerEvent, BuyerInput } from '@/engine/buyer/types';
import { conditionGuardImpls, conditionGuards, type GuardArgs, type GuardRef } from '@/engine/buyer/guards';
import * as A from '@/engine/buyer/actions';
import type { ActionRef, SayParams } from '@/engine/buyer/actions';
import { effectiveFallback, effectiveTimeout, endedTarget, isTerminal } from '@/engine/scenario/effective';
import type { OutcomeKind, Topic } from '@/engine/vocabulary';
import { readsMoves, speaksOnlyOfOther } from '@/engine/buyer/answered';

export interface CompileOptions {
  /** Variant used when the actor's input names none. */
  variant?: string;
}

type Args = GuardArgs;

/** The named guards and actions every buyer is built from; the scenario supplies only params. */
function buyerSetup(scenario: Scenario) {
  return setup({
    types: {} as { context: BuyerContext; events: BuyerEvent; input: BuyerInput },
    guards: {
      ...conditionGuardImpls(scenario),
      patienceExhausted: ({ context }: Args, params: { tries?: number }) => context.tries + 1 >= (params.tries ?? context.patience),
      nudgesExhausted: ({ context }: Args, params: { nudges: number }) => context.nudges >= params.nudges,
      // A move-guarded transition of a state that asks: not for a reply that speaks only of another topic (answered.ts).
      onTopic: ({ event }: Args, params: { asks: readonly Topic[] }) => event.type !== 'reply.submitted' || !speaksOnlyOfOther(event.understanding, params.asks),
    },
    actions: {
      // Every transition's effects run as one `step`; a final state's entry sets the outcome.
      setOutcome: assign((_, params: { outcome: OutcomeKind }) => A.setOutcome(params.outcome)),
      step: assign(({ context, event }, params: { effects: readonly ActionRef[] }) => A.applyEffects(scenario, context, event, params.effects)),
    },
  });
}

type BuyerSetup = ReturnType<typeof buyerSetup>;
/** The state config as `setup()` types it: guard and action names and params are checked. */
type StatesConfig = NonNullable<Parameters<BuyerSetup['createMachine']>[0]['states']>;
type StateConfig = StatesConfig[string];
type TransitionConfig = { guard?: GuardConfig; target?: string; actions: Array<ActionRef | Step> };
/** A transition's effects run as one assign (actions.ts: applyEffects). */
type Step = { type: 'step'; params: { effects: readonly ActionRef[] } };
const step = (effects: ActionRef[]): [Step] => [{ type: 'step', params: { effects } }];
type OnTopic = { type: 'onTopic'; params: { asks: readonly Topic[] } };
type GuardConfig = GuardRef | OnTopic | { type: 'patienceExhausted'; params: { tries?: number } } | { type: 'nudgesExhausted'; params: { nudges: number } } | AllOf;
/** Several condition keys: all must hold. */
const allOf = (refs: Array<GuardRef | OnTopic>) => and<BuyerContext, BuyerEvent, Array<GuardRef | OnTopic>>(refs);
type AllOf = ReturnType<typeof allOf>;

export function compileScenario(scenario: Scenario, options: CompileOptions = {}) {
  return buyerSetup(scenario).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => A.initialContext(scenario, { seed: input.seed, ...((input.variant ?? options.variant) ? { variant: input.variant ?? options.variant } : {}) }),
    states: buildStates(scenario),
  });
}

export type BuyerMachine = ReturnType<typeof compileScenario>;

function guardOf(refs: Array<GuardRef | OnTopic>): GuardConfig | undefined {
  if (refs.length === 0) return undefined;
  return refs.length === 1 ? refs[0] : allOf(refs);
}

const mood = (by: number | undefined): ActionRef[] => (by ? [{ type: 'changeMood', params: { by } }] : []);
/**
 * The author's mood change, or where there is none (not even 0) the buyer's default reaction to the
 * reply (reactions.ts). Where the author's change is not written for what the reply broke
 * (`rudeFelt`), a rude reply costs what it costs by default when that is more.
 */
const moodOrReaction = (by: number | undefined, from: string, to?: string, rudeFelt = false): ActionRef[] => {
  if (by === undefined) return [{ type: 'react', params: { state: from, ...(to !== undefined && to !== from ? { forward: true } : {}) } }];
  return rudeFelt ? [{ type: 'react', params: { state: from, authored: by } }] : mood(by);
};
const moveTo = (from: string, to: string | undefined): ActionRef[] => (to !== undefined && to !== from ? ['arrive'] : []);
/** Last on every transition: whether the buyer is upset where it leaves her (what the next reply owes). */
const track = (state: string): ActionRef => ({ type: 'trackUpset', params: { state } });

/** A transition written for what a reply broke (`flag`, `hurt`): its own lines are her answer to it. */
const answersHurt = (t: Transition): boolean => t.when?.flag !== undefined || t.when?.hurt !== undefined;
/** Her reaction to a reply that hurt her (buyer/hurt.ts), before the lines that follow; nothing for one that did not. */
const reaction: ActionRef = { type: 'sayHurt', params: {} };

/**
 * One matched transition: count the reply, apply its effects, say its lines or the target's.
 * (countReply's `answered` also does what `arrive` would when the transition changes state.)
 * A transition that does not answer a hurt the reply did her has her react to it first.
 */
function replyTransition(t: Transition, from: string, asks?: readonly Topic[]): TransitionConfig {
  const actions: ActionRef[] = [{ type: 'countReply', params: { answered: true } }, 'recordOffer', ...moodOrReaction(t.mood, from, t.goto, !answersHurt(t))];
  if (t.remember) actions.push({ type: 'remember', params: { facts: t.remember } });
  if (t.forget) actions.push({ type: 'forget', params: { facts: t.forget } });
  const say: SayParams | null = t.say ? { lines: t.say } : t.goto ? { state: t.goto } : null;
  if (say && !answersHurt(t)) actions.push(reaction);
  // Told her choice is sold out (sold-out.ts): she says so before the lines that follow.
  if (say && asks?.includes('stock')) actions.push({ type: 'saySoldOut', params: { asks: [...asks] } });
  if (say) actions.push({ type: 'say', params: say });
  actions.push(track(t.goto ?? from));
  // A transition on what the reply does (its moves) in a state that asks: only for a reply on what she asks.
  const topic: OnTopic[] = readsMoves(t.when) && asks && asks.length > 0 ? [{ type: 'onTopic', params: { asks } }] : [];
  const guard = t.when ? guardOf([...conditionGuards(t.when), ...topic]) : undefined;
  return { ...(guard ? { guard } : {}), ...(t.goto !== undefined ? { target: t.goto } : {}), actions: step(actions) };
}

function stateConfig(scenario: Scenario, name: string, state: State): StateConfig {
  if (isTerminal(state) && state.outcome)
    return { type: 'final', entry: [{ type: 'setOutcome', params: { outcome: state.outcome } }] };

  const on: Record<string, TransitionConfig[]> = {};
  const replies = (state.on ?? []).map((t) => replyTransition(t, name, state.asks));
  const fb = effectiveFallback(scenario, state);
  if (fb) {
    // A missed reply that was also rude costs what the rudeness costs when that is more than the fallback's mood.
    const missed: ActionRef[] = ['countReply', 'recordOffer', 'fallback', ...moodOrReaction(fb.mood, name, undefined, true)];
    replies.push(
      {
        guard: { type: 'patienceExhausted', params: fb.tries !== undefined ? { tries: fb.tries } : {} },
        target: fb.giveUp,
        actions: step([...missed, ...moveTo(name, fb.giveUp), reaction, { type: 'say', params: { state: fb.giveUp } }, track(fb.giveUp)]),
      },
      // She reacts to a hurt instead of asking again as if the reply had only missed her question.
      { actions: step([...missed, { type: 'sayHurt', params: { instead: fb.lines } }, track(name)]) },
    );
  }
  on['reply.submitted'] = replies;

  const timeout = effectiveTimeout(scenario, state);
  if (timeout)
    on['buyer.timeout'] = [
      {
        guard: { type: 'nudgesExhausted', params: { nudges: timeout.nudges } },
        target: timeout.leave,
        actions: step(['beginEvent', ...mood(timeout.mood), ...moveTo(name, timeout.leave), { type: 'say', params: { state: timeout.leave } }, track(timeout.leave)]),
      },
      { actions: step(['nudge', ...mood(timeout.mood), { type: 'say', params: { lines: timeout.lines } }, track(name)]) },
    ];

  const ended = endedTarget(scenario, state);
  if (ended !== null)
    on['chat.ended'] = [{ target: ended, actions: step(['beginEvent', ...moveTo(name, ended), { type: 'say', params: { state: ended } }, track(ended)]) }];

  return { on };
}

function buildStates(scenario: Scenario): StatesConfig {
  return Object.fromEntries(Object.entries(scenario.states).map(([name, state]) => [name, stateConfig(scenario, name, state)]));
}
