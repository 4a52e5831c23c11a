// What applies in a given state once defaults and the persona variant are taken into
// account. The compiler, the checker and the session all ask the same questions, so the
// answers live in one place.
import type { Fallback, Scenario, State, Timeout, Variant } from '@/engine/scenario/schema';
import { chartSizes } from '@/engine/knowledge/facts';
import type { BuyerFacts, ShopFacts } from '@/engine/scenario/shop-schema';
import { DEFAULT_REACTIONS, type Hurt } from '@/engine/buyer/hurt';

export const isTerminal = (state: State): boolean => state.outcome !== undefined;

/** Below this mood a buyer counts as upset even where the state does not say so. */
export const UPSET_MOOD = 30;

/** Whether the buyer is upset in `state` at `mood`: the state says so, or her mood is low. */
export const isUpsetIn = (scenario: Scenario, state: string | undefined, mood: number): boolean =>
  (state !== undefined && scenario.states[state]?.upset === true) || mood < UPSET_MOOD;

export function stateNames(scenario: Scenario): string[] {
  return Object.keys(scenario.states);
}

export function variantOf(scenario: Scenario, name: string | undefined): Variant | undefined {
  // Own names only: a variant called `constructor` must not find Object's.
  const variants = scenario.persona.variants;
  return name && variants && Object.hasOwn(variants, name) ? variants[name] : undefined;
}

/** The shop as the trainee meets it in this variant: the variant's floor, where it sets one, is the shop's. */
export function shopInPlay(scenario: Scenario, variant: string | undefined): Scenario['shop'] {
  const floor = variantOf(scenario, variant)?.floor;
  return floor === undefined || floor === scenario.shop.product.floor ? scenario.shop : { ...scenario.shop, product: { ...scenario.shop.product, floor } };
}

/** The floor price in play: the variant's, else the shop's. */
export const floorInPlay = (scenario: Scenario, variant: string | undefined): number => variantOf(scenario, variant)?.floor ?? scenario.shop.product.floor;

export function effectiveFallback(scenario: Scenario, state: State): Fallback | null {
  return isTerminal(state) ? null : (state.fallback ?? scenario.fallback);
}

export function effectiveTimeout(scenario: Scenario, state: State): Timeout | null {
  if (isTerminal(state) || state.timeout === false) return null;
  return state.timeout ?? scenario.timeout ?? null;
}

/** Seconds the buyer waits in `stateName` before nudging, variant applied; null when she never does. */
export function timeoutSeconds(scenario: Scenario, stateName: string, variant?: string): number | null {
  const state = scenario.states[stateName];
  const timeout = state ? effectiveTimeout(scenario, state) : null;
  if (!timeout) return null;
  return variantOf(scenario, variant)?.timeoutAfter ?? timeout.after;
}

/** Where the chat goes when the trainee closes it in `state`: the scenario's `ended`, else the timeout's `leave`. */
export function endedTarget(scenario: Scenario, state: State): string | null {
  return scenario.ended ?? effectiveTimeout(scenario, state)?.leave ?? null;
}

/** The buyer's lines for a state, with the variant's replacement lines when it has any. */
export function linesOf(scenario: Scenario, stateName: string, variant?: string): string[] {
  return variantOf(scenario, variant)?.lines?.[stateName] ?? scenario.states[stateName]?.lines ?? [];
}

/** What the size rule reads of a scenario (structural, so the condition table can use it without the Scenario type it defines). */
export interface SizeFacts {
  shop: { sizes?: ShopFacts['sizes'] };
  persona: { facts?: BuyerFacts | undefined };
}

/** The size the chart gives the persona's height and weight (knowledge/facts.ts decides; a good chart gives one). */
export function rightSizes(scenario: SizeFacts): string[] {
  return chartSizes(scenario.shop.sizes, scenario.persona.facts);
}

/** What she says to a reply that did her `hurt`: the variant's lines, else the persona's, else the default (buyer/hurt.ts). */
export function reactionLines(scenario: Scenario, hurt: Hurt, variant?: string): readonly string[] {
  return variantOf(scenario, variant)?.reactions?.[hurt] ?? scenario.persona.reactions?.[hurt] ?? DEFAULT_REACTIONS[hurt];
}
