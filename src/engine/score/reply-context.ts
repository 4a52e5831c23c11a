// The ReplyContext understand() gets for an agent turn, from the scenario's shop facts.
import type { Scenario } from '@/engine/scenario/schema';
import type { ReplyContext } from '@/engine/understanding-types';

export function shopContext(scenario?: Scenario): ReplyContext {
  if (!scenario) return {};
  const { product, shipping, cod, sizes } = scenario.shop;
  const ctx: ReplyContext = {
    price: product.price,
    floor: product.floor,
    freeShipping: shipping.freeShipping,
    cod,
    dispatchHours: shipping.dispatchHours,
  };
  if (sizes) ctx.sizes = sizes.chart.map((row) => row.size);
  // Every claim of a reply is checked against these (fact-wrong).
  ctx.facts = scenario.shop;
  if (scenario.persona.facts) ctx.buyerFacts = scenario.persona.facts;
  return ctx;
}
