// Questions asked of the shop's facts: the one size the chart gives a buyer, the arrival days in
// her region, who pays a return's postage, whether a size or colour is in stock. The checker, the
// buyer's `size` condition and the scenario checker all ask here, so they cannot disagree.
import type { BuyerFacts, ShopFacts } from '@/engine/scenario/shop-schema';

export type AfterSaleCase = 'quality' | 'no-reason';
/** Who ends up paying a return's postage: the buyer, the shop, or the 运费险 (the buyer pays nothing). */
export type PostagePayer = 'buyer' | 'shop' | 'insurance';

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;

/**
 * The sizes of the chart for this height and weight: the rows both fall in; when they fall in
 * different rows, the larger one (or the smaller, as the chart's `between` says). A well-made
 * chart gives exactly one; the scenario checker reports one that gives none or several.
 */
export function chartSizes(sizes: ShopFacts['sizes'], buyer: BuyerFacts | undefined): string[] {
  const { height, weight } = buyer ?? {};
  if (!sizes || height === undefined || weight === undefined) return [];
  const chart = sizes.chart;
  const both = chart.filter((row) => within(height, row.height) && within(weight, row.weight));
  if (both.length > 0) return both.map((row) => row.size.toUpperCase());
  const byHeight = chart.findIndex((row) => within(height, row.height));
  const byWeight = chart.findIndex((row) => within(weight, row.weight));
  const found = [byHeight, byWeight].filter((i) => i >= 0);
  if (found.length === 0) return [];
  // Rows run from small to large in every chart the project has seen; the index is the order.
  const pick = sizes.between === 'smaller' ? Math.min(...found) : Math.max(...found);
  return [chart[pick]!.size.toUpperCase()];
}

/** The one size the chart gives this buyer, or null when it gives none or several. */
export function chartSize(sizes: ShopFacts['sizes'], buyer: BuyerFacts | undefined): string | null {
  const found = chartSizes(sizes, buyer);
  return found.length === 1 ? found[0]! : null;
}

/** Usual arrival days after dispatch in the buyer's region (the shop's general range when no region matches). */
export function arrivalDaysFor(shipping: ShopFacts['shipping'], region: string | undefined): readonly [number, number] | undefined {
  if (!shipping) return undefined;
  if (region !== undefined) {
    const row = shipping.arrivalByRegion?.find((r) => r.regions.some((name) => region.includes(name) || name.includes(region)));
    if (row) return row.days;
  }
  return shipping.arrivalDays;
}

/** Who pays a return's postage in this case; undefined when the facts do not say. */
export function postagePayer(returns: ShopFacts['returns'], kind: AfterSaleCase): PostagePayer | undefined {
  if (!returns) return undefined;
  if (kind === 'quality') return returns.postage?.quality ?? 'shop';
  if (returns.shippingInsurance === true) return 'insurance';
  if (returns.postage) return returns.postage.noReason;
  // Without 运费险 and without a stated rule, a no-reason return's postage is the buyer's.
  return returns.shippingInsurance === false ? 'buyer' : undefined;
}

/** Names agree when one holds the other (米白 / 米白色, 燕麦 / 燕麦色); 色 and spaces aside. */
export function sameName(a: string, b: string): boolean {
  const clean = (s: string) => s.toLowerCase().replace(/[色\s]/gu, '');
  const x = clean(a);
  const y = clean(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** Pieces in stock for a size and/or colour (the most specific row that fits), else the product's stock. */
export function stockFor(product: ShopFacts['product'], size?: string, color?: string): number | undefined {
  if (!product) return undefined;
  const rows = product.stockBy ?? [];
  const fits = (row: { size?: string | undefined; color?: string | undefined }) =>
    (row.size === undefined || (size !== undefined && row.size.toUpperCase() === size.toUpperCase())) &&
    (row.color === undefined || (color !== undefined && sameName(row.color, color))) &&
    (row.size !== undefined || row.color !== undefined);
  const specific = rows.filter(fits).sort((a, b) => Number(b.size !== undefined) + Number(b.color !== undefined) - (Number(a.size !== undefined) + Number(a.color !== undefined)));
  if (specific[0]) return specific[0].stock;
  return product.stock;
}

/** Whether the facts say anything a claim can be checked against. */
export function hasFacts(facts: ShopFacts | undefined): facts is ShopFacts {
  return facts !== undefined && Object.values(facts).some((v) => v !== undefined);
}
