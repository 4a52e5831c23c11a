// The shop's facts: what the workbench's side panel shows the trainee and what every factual
// claim of a reply is checked against (src/engine/knowledge/). One schema serves the scenario
// file's `shop:` and the `context` of a real chat log given to `grade` (every part optional there).
import * as z from 'zod';

const text = z.string().trim().min(1);
const range = z.tuple([z.number(), z.number()]);
const yuan = z.number().positive();

const sizeRow = z.strictObject({
  size: text,
  /** Height range in cm, inclusive. */
  height: range,
  /** Weight range in kg, inclusive. */
  weight: range,
  note: text.optional(),
});

/** Stock of one size, one colour, or one size in one colour. */
const stockRow = z.strictObject({
  size: text.optional(),
  color: text.optional(),
  stock: z.number().int().nonnegative(),
});

export const productSchema = z.strictObject({
  name: text,
  /** List price, yuan. */
  price: yuan,
  /** Lowest price the shop accepts, yuan: any price from here up to the list price may be offered. */
  floor: yuan,
  /** Pieces in stock in all. */
  stock: z.number().int().nonnegative(),
  /** Stock per size and/or colour, where it differs (a sold-out colour, say). */
  stockBy: z.array(stockRow).optional(),
  description: text.optional(),
  material: text.optional(),
  colors: z.array(text).optional(),
  highlights: z.array(text).optional(),
  /** The everyday price (日常价) a promotion is measured from, yuan: a reply's 日常价/原价 is checked against it. */
  regularPrice: yuan.optional(),
  /** When the promotion ends, in the shop's words (周日24点, 11月30日): a reply's deadline is checked against its day. */
  promotionEnds: text.optional(),
});

export const sizesSchema = z.strictObject({
  chart: z.array(sizeRow).min(1),
  /** How the cut runs: 偏大, 偏小 or 标准. */
  fit: z.enum(['偏大', '偏小', '标准']).optional(),
  /** When height and weight fall in different rows: the larger size (default) or the smaller. */
  between: z.enum(['larger', 'smaller']).optional(),
  note: text.optional(),
});

export const shippingSchema = z.strictObject({
  /** Dispatch window after payment, hours (most categories: 48). */
  dispatchHours: z.number().int().positive(),
  /** Paid before this hour of the day (16 = 下午4点), the parcel usually leaves the same day. */
  sameDayBefore: z.number().int().min(1).max(24).optional(),
  courier: text,
  /** Other couriers the shop may use (a re-sent parcel by 顺丰, say); the main one is `courier`. */
  couriers: z.array(text).optional(),
  freeShipping: z.boolean(),
  /** Regions the free shipping does not cover, if any. */
  excludedRegions: z.array(text).optional(),
  /** Usual arrival time in days after dispatch. */
  arrivalDays: range.optional(),
  /** Arrival days for named regions, where they differ from `arrivalDays`. */
  arrivalByRegion: z.array(z.strictObject({ regions: z.array(text).min(1), days: range })).optional(),
  note: text.optional(),
});

export const invoiceSchema = z.strictObject({ available: z.boolean(), note: text.optional() });

/** Who pays the postage of a return: the buyer or the shop (运费险, when given, pays the buyer's part). */
const payer = z.enum(['buyer', 'shop']);

export const returnsSchema = z.strictObject({
  noReason7Days: z.boolean(),
  /** Days after signing for a no-reason return (default 7). */
  days: z.number().int().positive().optional(),
  /** 运费险: the insurance pays the postage of a no-reason return. */
  shippingInsurance: z.boolean().optional(),
  /** Who pays the return postage without 运费险: no-reason return (default buyer), quality problem (default shop). */
  postage: z.strictObject({ noReason: payer, quality: payer }).optional(),
  /** A wrong size may be exchanged free of charge. */
  freeExchange: z.boolean().optional(),
  conditions: text.optional(),
  note: text.optional(),
});

export const paymentSchema = z.strictObject({
  /** Credit cards and 花呗 (Tmall default: yes). */
  card: z.boolean(),
  /** Instalments (分期). */
  installments: z.boolean().optional(),
  note: text.optional(),
});

export const offersSchema = z.strictObject({
  /** The gifts the shop gives; an empty list: none. */
  gifts: z.array(text).optional(),
  coupons: z.array(z.strictObject({ amount: yuan, minSpend: z.number().nonnegative().optional() })).optional(),
  /** Money the agent may offer as compensation (a small defect, a late parcel), yuan, inclusive. */
  compensation: range.optional(),
  note: text.optional(),
});

const related = z.array(z.strictObject({ name: text, price: yuan }));
const competitor = z.strictObject({ name: text, price: yuan, differences: z.array(text).min(1) });

export const shopSchema = z.strictObject({
  name: text.optional(),
  product: productSchema,
  sizes: sizesSchema.optional(),
  shipping: shippingSchema,
  invoice: invoiceSchema,
  cod: z.boolean(),
  payment: paymentSchema.optional(),
  returns: returnsSchema,
  offers: offersSchema.optional(),
  /** Matching items the agent can suggest (upsell). */
  related: related.optional(),
  /** The cheaper shop a comparison shopper mentions. */
  competitor: competitor.optional(),
});
export type Shop = z.infer<typeof shopSchema>;

/** What the shop knows about the buyer, for the size the chart gives her and the arrival in her region. */
export const buyerFactsSchema = z.strictObject({
  /** cm */
  height: z.number().positive().optional(),
  /** kg */
  weight: z.number().positive().optional(),
  usualSize: text.optional(),
  region: text.optional(),
  orderNo: text.optional(),
});
export type BuyerFacts = z.infer<typeof buyerFactsSchema>;

/** The same facts with every part optional: a real chat log's context gives what it knows. */
const buildShopFacts = () =>
  z.strictObject({
    name: text.optional(),
    product: productSchema.partial().optional(),
    sizes: sizesSchema.optional(),
    shipping: shippingSchema.partial().optional(),
    invoice: invoiceSchema.partial().optional(),
    cod: z.boolean().optional(),
    payment: paymentSchema.partial().optional(),
    returns: returnsSchema.partial().optional(),
    offers: offersSchema.optional(),
    related: related.optional(),
    competitor: competitor.optional(),
  });
let shopFacts: ReturnType<typeof buildShopFacts> | undefined;
/** Built on first use: only `grade` reads a log's context, and building zod schemas is a good part of a `check`'s start. */
export const shopFactsSchema = (): ReturnType<typeof buildShopFacts> => (shopFacts ??= buildShopFacts());
export type ShopFacts = z.infer<ReturnType<typeof buildShopFacts>>;
