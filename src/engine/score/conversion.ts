// Conversion 0–100: how the chat ended, the price kept against the floor, an upsell.
import type { Scenario } from '@/engine/scenario/schema';
import type { OutcomeKind } from '@/engine/vocabulary';
import { BELOW_FLOOR_CONVERSION, OUTCOME_BASE, PRICE_KEPT_BONUS, UPSELL_BONUS } from '@/engine/score/weights';

export interface ConversionInput {
  outcome: OutcomeKind | null;
  lowestOffer: number | null | undefined;
  upsold: boolean;
  scenario: Scenario | undefined;
  /** Overrides the scenario's floor (a persona variant's, or a real log's context). */
  floor?: number;
  /** Overrides the scenario's list price (a real log's context). */
  price?: number;
}

/** The chat ended in a sale at a price below the shop's floor. */
export function soldBelowFloor({ outcome, lowestOffer, scenario, floor }: Omit<ConversionInput, 'upsold'>): boolean {
  const shopFloor = floor ?? scenario?.shop.product.floor;
  return outcome === 'sale' && shopFloor !== undefined && lowestOffer !== null && lowestOffer !== undefined && lowestOffer < shopFloor;
}

export function conversionScore(input: ConversionInput): number {
  const { outcome, lowestOffer, upsold, scenario, floor } = input;
  // A sale that loses money is no conversion win, and an upsell does not buy it back.
  if (soldBelowFloor(input)) return BELOW_FLOOR_CONVERSION;
  let value = OUTCOME_BASE[outcome ?? 'unfinished'];
  const price = input.price ?? scenario?.shop.product.price;
  const shopFloor = floor ?? scenario?.shop.product.floor;
  if (outcome === 'sale' && price !== undefined && shopFloor !== undefined) {
    if (lowestOffer === null || lowestOffer === undefined || lowestOffer >= price) value += PRICE_KEPT_BONUS;
    else if (price > shopFloor) value += (PRICE_KEPT_BONUS * (lowestOffer - shopFloor)) / (price - shopFloor);
  }
  if (upsold) value += UPSELL_BONUS;
  return Math.round(Math.max(0, Math.min(100, value)));
}
