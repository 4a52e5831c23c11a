// `{product}`, `{price}`, … in buyer lines, filled from the shop facts and the conversation.
import type { Scenario } from '@/engine/scenario/schema';
import { PLACEHOLDERS } from '@/engine/scenario/placeholder-names';

export type Placeholder = (typeof PLACEHOLDERS)[number];

export const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The parts of the buyer's state that lines can mention. */
export interface PlaceholderContext {
  floor: number;
  target: number | null;
  lastOffer: number | null;
  /** The compensation offered last; absent in snapshots stored before it existed. */
  lastAmount?: number | null;
  lastSize: string | null;
}

const money = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export function placeholderValue(name: Placeholder, scenario: Scenario, ctx: PlaceholderContext): string | undefined {
  switch (name) {
    case 'product':
      return scenario.shop.product.name;
    case 'price':
      return money(scenario.shop.product.price);
    case 'floor':
      return money(ctx.floor);
    case 'target':
      return ctx.target === null ? undefined : money(ctx.target);
    case 'offer':
      return ctx.lastOffer === null ? undefined : money(ctx.lastOffer);
    case 'amount':
      return ctx.lastAmount === null || ctx.lastAmount === undefined ? undefined : money(ctx.lastAmount);
    case 'size':
      return ctx.lastSize ?? scenario.persona.facts?.usualSize;
    case 'courier':
      return scenario.shop.shipping.courier;
    case 'competitor':
      return scenario.shop.competitor?.name;
    case 'competitorPrice':
      return scenario.shop.competitor ? money(scenario.shop.competitor.price) : undefined;
    case 'name':
      return scenario.persona.name;
    case 'orderNo':
      return scenario.persona.facts?.orderNo;
  }
}

/** Fills every known placeholder; one without a value yet (no offer made) reads as 这个. */
export function fillLine(line: string, scenario: Scenario, ctx: PlaceholderContext): string {
  return line.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    isPlaceholder(name) ? (placeholderValue(name, scenario, ctx) ?? '这个') : whole,
  );
}
