// The fixed library of effects, as pure functions of the buyer's context. The compiler wraps
// each in xstate's `assign` under the same name; the scenario file supplies only params.
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerContext, BuyerEvent, BuyerInput } from '@/engine/buyer/types';
import type { OutcomeKind, Topic } from '@/engine/vocabulary';
import { SOLD_OUT_LINES, toldSoldOut } from '@/engine/buyer/sold-out';
import { fillLine } from '@/engine/scenario/placeholders';
import { floorInPlay, isUpsetIn, linesOf, reactionLines, variantOf } from '@/engine/scenario/effective';
import { pick, seedState } from '@/engine/random';
import { offeredAmount } from '@/engine/buyer/conditions';
import { feltReaction, moodReaction } from '@/engine/buyer/reactions';
import { hurtOf } from '@/engine/buyer/hurt';
import { answersAll, stillOpen } from '@/engine/buyer/answered';
import { toldWith } from '@/engine/understand/buyer-told';
import { nextAfterSaleCase } from '@/engine/knowledge/after-sale';
import { normalizeBuyerLine } from '@/engine/understand/normalize';
import { upsetAt } from '@/engine/understand/empathy-owed';
import { buyerMood } from '@/engine/score/upset';

export type ContextPatch = Partial<BuyerContext>;

/** `say` names either the lines to pick from, or a state whose lines (variant applied) are said. */
export type SayParams = { lines: string[] } | { state: string };

/** An action as the compiled machine names it: `{ type, params }` or a bare name. */
export type ActionRef =
  | 'countReply'
  | { type: 'countReply'; params: { answered: boolean } }
  | 'recordOffer'
  | 'beginEvent'
  | 'arrive'
  | 'fallback'
  | 'nudge'
  | { type: 'changeMood'; params: { by: number } }
  | { type: 'react'; params: { state: string; forward?: boolean; authored?: number } }
  | { type: 'sayHurt'; params: { instead?: string[] } }
  | { type: 'saySoldOut'; params: { asks: Topic[] } }
  | { type: 'remember'; params: { facts: string[] } }
  | { type: 'forget'; params: { facts: string[] } }
  | { type: 'say'; params: SayParams }
  | { type: 'setOutcome'; params: { outcome: OutcomeKind } }
  | { type: 'trackUpset'; params: { state: string } };

const clampMood = (mood: number): number => Math.max(0, Math.min(100, mood));

/** Every event starts a fresh answer: `said` holds only what the buyer says to this event. */
export function beginEvent(): ContextPatch {
  return { said: [], missed: false };
}

/**
 * A trainee reply arrived: count it, its moves and the size it names; the waiting clock
 * restarts. `answered`: a transition matched, so her count of missed replies starts over
 * (which also covers arriving in another state: tries and nudges are counted per state).
 * One action rather than several: the checker runs it on every edge it tries, and each
 * xstate assign copies the whole context.
 */
export function countReply(context: BuyerContext, event: BuyerEvent, answered = false): ContextPatch {
  if (event.type !== 'reply.submitted') return beginEvent();
  const moveCounts = { ...context.moveCounts };
  for (const move of new Set(event.understanding.moves)) moveCounts[move] = (moveCounts[move] ?? 0) + 1;
  // The fields of beginEvent() written out: in V8 (Node 20) a spread followed by more
  // properties takes a slow path (~1.5 µs).
  const patch: ContextPatch = {
    said: [],
    missed: false,
    turn: context.turn + 1,
    nudges: 0,
    moveCounts,
    lastSize: event.understanding.entities.size ?? context.lastSize,
  };
  if (answered) patch.tries = 0;
  return patch;
}

/**
 * The money the agent offered: the price (a cut is read as the price it leaves, entities.ts), for
 * `{offer}` and for grading the price kept against the floor; the compensation she is offered
 * (补你5块), for `{amount}` and the amount conditions: she hears the figure she was given.
 */
export function recordOffer(context: BuyerContext, event: BuyerEvent): ContextPatch {
  if (event.type !== 'reply.submitted') return {};
  const u = event.understanding;
  const patch: ContextPatch = {};
  const price = u.entities.price;
  if (price !== undefined) Object.assign(patch, { lastOffer: price, lowestOffer: context.lowestOffer === null ? price : Math.min(context.lowestOffer, price) });
  const amount = offeredAmount(u);
  if (amount !== undefined) patch.lastAmount = amount;
  return patch;
}

/** Entering another state: patience and nudges are counted per state. */
export function arrive(): ContextPatch {
  return { tries: 0, nudges: 0 };
}

/** No transition matched: the buyer did not get an answer. */
export function fallback(context: BuyerContext): ContextPatch {
  return { tries: context.tries + 1, missed: true };
}

/** She waited in vain and nudges; like every event, this starts a fresh answer. */
export function nudge(context: BuyerContext): ContextPatch {
  return { said: [], missed: false, nudges: context.nudges + 1 };
}

export function changeMood(context: BuyerContext, by: number): ContextPatch {
  return { mood: clampMood(context.mood + by) };
}

/**
 * The buyer's default reaction to the reply (buyer/reactions.ts), where the transition sets no
 * mood of its own; `state` is where she read it (whether she was upset then).
 */
export function react(scenario: Scenario, context: BuyerContext, event: BuyerEvent, state: string, forward = false, authored?: number): ContextPatch {
  if (event.type !== 'reply.submitted') return {};
  const upset = isUpsetIn(scenario, state, context.mood);
  const by = authored === undefined ? moodReaction(event.understanding, upset, forward) : feltReaction(event.understanding, upset, authored);
  return by === 0 ? {} : changeMood(context, by);
}

/**
 * Her answer to a reply that hurt her (buyer/hurt.ts) where no transition of her state answers
 * the hurt: her reaction line (persona `reactions`, variant applied), said before the lines of
 * the transition that follows; with `instead` (the fallback's re-asking lines) the reaction
 * replaces them, and a reply that hurt her in nothing has them said.
 */
export function sayHurt(scenario: Scenario, context: BuyerContext, event: BuyerEvent, instead?: string[]): ContextPatch {
  const hurt = event.type === 'reply.submitted' ? hurtOf(event.understanding.flags) : null;
  if (hurt !== null) return say(scenario, context, { lines: [...reactionLines(scenario, hurt, context.variant || undefined)] });
  return instead ? say(scenario, context, { lines: instead }) : {};
}

export function remember(context: BuyerContext, facts: string[]): ContextPatch {
  return { memory: [...context.memory, ...facts.filter((f) => !context.memory.includes(f))] };
}

export function forget(context: BuyerContext, facts: string[]): ContextPatch {
  return { memory: context.memory.filter((f) => !facts.includes(f)) };
}

/**
 * Picks one line with the seeded source (kept in context) and fills its placeholders. A state's
 * lines give way to its `answered` lines when the reply that brought her (`event`) already
 * answered all she asks there, and of those to the ones that still ask what it left open
 * (buyer/answered.ts `stillOpen`: no 换新还是修 after 质量问题直接换新).
 */
export function say(scenario: Scenario, context: BuyerContext, params: SayParams, event?: BuyerEvent): ContextPatch {
  const target = 'state' in params ? scenario.states[params.state] : undefined;
  const told = target?.answered !== undefined && event?.type === 'reply.submitted' && answersAll(event.understanding, target.asks);
  const lines = 'lines' in params ? params.lines : told && target.answered ? stillOpen(event.understanding, target.answered) : linesOf(scenario, params.state, context.variant);
  if (lines.length === 0) return {};
  const { item, state } = pick(lines, context.rng);
  const line = fillLine(item, scenario, context);
  const heard = toldWith(context.told, line);
  // The case: the state she speaks from declares it, else her line names it, else it carries on.
  const afterSale = target?.afterSale ?? nextAfterSaleCase(context.afterSale, normalizeBuyerLine(line));
  return {
    rng: state,
    said: [...context.said, line],
    ...(heard !== undefined && heard !== context.told ? { told: heard } : {}),
    ...(afterSale !== undefined && afterSale !== context.afterSale ? { afterSale } : {}),
  };
}

/**
 * Whether she is upset in `state` having just said her lines (`context.said`): the state or her
 * mood says so, or her last line shows it (understand/empathy-owed.ts upsetAt, which the report
 * reads too: her turns one by one, so the last line of a batch decides, as it does there).
 */
export function upsetHere(scenario: Scenario, context: BuyerContext, state: string): boolean {
  const last = context.said.at(-1);
  return upsetAt(isUpsetIn(scenario, state, context.mood), last === undefined ? null : buyerMood(last));
}

/**
 * After an event, in `state` (where the event took her): an upset episode begins (the next reply
 * owes empathy), goes on or ends. A reply that owed empathy and gave none (its settled
 * tone-empathy flag) leaves it owed by the next reply; once a reply gave it, it is not owed again
 * in this episode (score/upset.ts UpsetEpisode keeps the same account for the report).
 */
export function trackUpset(scenario: Scenario, context: BuyerContext, state: string, event?: BuyerEvent): ContextPatch {
  if (!upsetHere(scenario, context, state)) return context.upsetFrom === null ? {} : { upsetFrom: null };
  if (context.upsetFrom === null || context.upsetFrom === undefined) return { upsetFrom: context.turn };
  const missed = event?.type === 'reply.submitted' && event.understanding.flags.some((f) => f.rule === 'tone-empathy');
  return missed ? { upsetFrom: context.turn } : {};
}

export function setOutcome(outcome: OutcomeKind): ContextPatch {
  return { outcome };
}

/** One effect of a transition's list, applied to the context as the effects before it left it. */
function effect(scenario: Scenario, context: BuyerContext, event: BuyerEvent, ref: ActionRef): ContextPatch {
  if (typeof ref === 'string') {
    switch (ref) {
      case 'countReply': return countReply(context, event);
      case 'recordOffer': return recordOffer(context, event);
      case 'beginEvent': return beginEvent();
      case 'arrive': return arrive();
      case 'fallback': return fallback(context);
      case 'nudge': return nudge(context);
    }
  }
  switch (ref.type) {
    case 'countReply': return countReply(context, event, ref.params.answered);
    case 'changeMood': return changeMood(context, ref.params.by);
    case 'react': return react(scenario, context, event, ref.params.state, ref.params.forward === true, ref.params.authored);
    case 'sayHurt': return sayHurt(scenario, context, event, ref.params.instead);
    case 'saySoldOut': return event.type === 'reply.submitted' && toldSoldOut(event.understanding, ref.params.asks) ? say(scenario, context, { lines: [...SOLD_OUT_LINES] }) : {};
    case 'remember': return remember(context, ref.params.facts);
    case 'forget': return forget(context, ref.params.facts);
    case 'say': return say(scenario, context, ref.params, event);
    case 'setOutcome': return setOutcome(ref.params.outcome);
    case 'trackUpset': return trackUpset(scenario, context, ref.params.state, event);
  }
}

/**
 * A transition's effects in order, each reading the context the ones before it left, as separate
 * xstate assigns would: one assign per transition, because xstate copies the whole snapshot (and
 * works out its state value again) for every assign it runs.
 */
export function applyEffects(scenario: Scenario, context: BuyerContext, event: BuyerEvent, refs: readonly ActionRef[]): BuyerContext {
  if (refs.length === 0) return context;
  // One copy for the transition, each patch written over it in turn (the same keys in the same
  // order as a new spread per effect): an effect only reads the context, and keeps none of it.
  const next = { ...context };
  for (const ref of refs) Object.assign(next, effect(scenario, next, event, ref));
  return next;
}

/** The buyer before the first reply: persona with the variant applied, and her opening line. */
export function initialContext(scenario: Scenario, input: BuyerInput): BuyerContext {
  const variantName = input.variant ?? '';
  const variant = variantOf(scenario, variantName);
  if (input.variant && !variant) throw new Error(`scenario ${scenario.id} has no variant "${input.variant}"`);
  const base: BuyerContext = {
    rng: seedState(input.seed),
    variant: variantName,
    mood: variant?.mood ?? scenario.persona.mood,
    patience: variant?.patience ?? scenario.persona.patience,
    floor: floorInPlay(scenario, variantName),
    target: variant?.target ?? scenario.persona.target ?? null,
    turn: 0,
    tries: 0,
    nudges: 0,
    moveCounts: {},
    memory: [],
    lastOffer: null,
    lowestOffer: null,
    lastAmount: null,
    lastSize: null,
    said: [],
    missed: false,
    outcome: scenario.states[scenario.start]?.outcome ?? null,
  };
  const opened = { ...base, ...say(scenario, base, { state: scenario.start }) };
  return { ...opened, upsetFrom: upsetHere(scenario, opened, scenario.start) ? 0 : null };
}
