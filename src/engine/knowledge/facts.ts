// Questions asked of the shop's facts: the one size the chart gives a buyer, the arrival days in
// her region, who pays a return's postage, whether a size or colour is in stock. The checker, the
// buyer's `size` condition and the scenario checker all ask here, so they cannot disagree.
import type { BuyerFacts, ShopFacts } from '@/engine/scenario/shop-schema';
import { gateOfPatterns, mayMatchClause } from '@/engine/understand/required-chars';

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
  if (!sizes || (height === undefined && weight === undefined)) return [];
  const chart = sizes.chart;
  // Only one measure told (she gave her height, not yet her weight): that measure's row is the
  // size the chart gives her so far — what a careful agent would say before asking the other.
  if (height === undefined || weight === undefined) {
    const one = height !== undefined ? chart.filter((row) => within(height, row.height)) : chart.filter((row) => within(weight!, row.weight));
    return one.map((row) => row.size.toUpperCase());
  }
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
  return stockDetail(product, size, color)?.stock;
}

/**
 * The stock for a size and colour, and whether the facts give it for them (`specific`) or only the
 * item's total (`stockBy` lists the exceptions: a size or colour it does not name is in stock, its
 * own count unknown).
 */
export function stockDetail(product: ShopFacts['product'], size?: string, color?: string): { stock: number; specific: boolean } | undefined {
  if (!product) return undefined;
  const rows = product.stockBy ?? [];
  const fits = (row: { size?: string | undefined; color?: string | undefined }) =>
    (row.size === undefined || (size !== undefined && row.size.toUpperCase() === size.toUpperCase())) &&
    (row.color === undefined || (color !== undefined && sameName(row.color, color))) &&
    (row.size !== undefined || row.color !== undefined);
  const specific = rows.filter(fits).sort((a, b) => Number(b.size !== undefined) + Number(b.color !== undefined) - (Number(a.size !== undefined) + Number(a.color !== undefined)));
  if (specific[0]) return { stock: specific[0].stock, specific: true };
  return product.stock === undefined ? undefined : { stock: product.stock, specific: size === undefined && color === undefined };
}

/** The sizes and colours the facts list as sold out within a scope (a colour, a size, or none: all). */
export function soldOutWithin(product: ShopFacts['product'], size?: string, color?: string): string[] {
  return (product?.stockBy ?? [])
    .filter((row) => row.stock === 0)
    .filter((row) => (size === undefined || row.size === undefined || row.size.toUpperCase() === size.toUpperCase()) && (color === undefined || row.color === undefined || sameName(row.color, color)))
    .map((row) => `${row.color ?? ''}${row.size !== undefined ? `${row.size}码` : ''}`);
}

/** Whether the facts say anything a claim can be checked against. */
export function hasFacts(facts: ShopFacts | undefined): facts is ShopFacts {
  return facts !== undefined && Object.values(facts).some((v) => v !== undefined);
}

// "1年保修", "保修12个月", "质保半年": the shop states its warranty in its notes and highlights.
const WARRANTY = /(?:保修|质保)(?:期)?(?:是|为)?(\d+|一|两|半)(?:个)?(年|月)|(\d+|一|两|半)(?:个)?(年|月)(?:的)?(?:保修|质保)/u;
const CN_NUMBER: Record<string, number> = { 一: 1, 两: 2, 半: 0.5 };
const WARRANTY_GATE = gateOfPatterns([WARRANTY]);

/** Whether a clause may state a warranty term (false: it holds none of the term's characters, as warrantyMonthsIn would find). */
export const mayStateWarranty = (clause: string): boolean => mayMatchClause(WARRANTY_GATE, clause);

/** Months of warranty a text states ("保修半年" → 6), or undefined. */
export function warrantyMonthsIn(text: string): number | undefined {
  const m = WARRANTY.exec(text);
  if (!m) return undefined;
  const raw = m[1] ?? m[3] ?? '';
  const n = CN_NUMBER[raw] ?? Number(raw);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return (m[2] ?? m[4]) === '年' ? n * 12 : n;
}

// Each shop's facts are read for their warranty once (asked by every reply's knowledge check).
const warrantyOfFacts = new WeakMap<ShopFacts, number | null>();

/** The shop's warranty in months, as its product highlights and return notes state it. */
export function warrantyMonths(facts: ShopFacts): number | undefined {
  let months = warrantyOfFacts.get(facts);
  if (months === undefined) warrantyOfFacts.set(facts, (months = statedWarranty(facts) ?? null));
  return months ?? undefined;
}

function statedWarranty(facts: ShopFacts): number | undefined {
  const texts = [...(facts.product?.highlights ?? []), facts.returns?.note, facts.product?.description, facts.offers?.note];
  for (const text of texts) {
    const months = text !== undefined ? warrantyMonthsIn(text) : undefined;
    if (months !== undefined) return months;
  }
  return undefined;
}

/** A fact's text ready to sit inside a sentence: its closing full stop dropped ("…无划痕。" + "呢~"). */
export function inline(text: string): string {
  return text.replace(/[。.!！;；,，、\s]+$/u, '');
}

/**
 * Other things the shop names that a price or a material word may belong to: the related items,
 * the gifts and the competitor's goods. "半裙是99元" quotes the skirt; "珊瑚绒抱枕套" is the gift.
 */
export function otherItems(facts: ShopFacts): Array<{ name: string; price?: number }> {
  const out: Array<{ name: string; price?: number }> = [];
  for (const r of facts.related ?? []) out.push({ name: r.name, price: r.price });
  for (const g of facts.offers?.gifts ?? []) out.push({ name: g.replace(/[(（].*$/u, '') });
  if (facts.competitor) out.push({ name: facts.competitor.name, price: facts.competitor.price });
  return out;
}

/** The text names the item: a character of its name right before the name's last one ("半裙" and "身裙" name 高腰百褶半身裙). */
export function namesItem(text: string, name: string): boolean {
  const core = name
    .replace(/^[\da-z]+/iu, '')
    .replace(/[\d.×x*]+(米|cm|厘米)?.*$/iu, '')
    .replace(/(一个|一对|一只|一双|一套|一份|一条|一件)$/u, '');
  const head = core[core.length - 1];
  if (head === undefined || core.length < 2) return false;
  const before = core.slice(0, -1);
  for (let i = text.indexOf(head); i > 0; i = text.indexOf(head, i + 1)) if (before.includes(text[i - 1]!)) return true;
  return false;
}
