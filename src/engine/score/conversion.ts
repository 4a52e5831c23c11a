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
  /** The chat is after the sale (a real log's context says so; a scenario's category 售后 says it too). */
  afterSales?: boolean;
}

/**
 * An upsell is owed before the sale, where the buyer is choosing what to buy. After it — a return,
 * a stuck parcel, a complaint — she needs her problem solved, and a related item is no part of the
 * job: the upsell's points are not docked there (a chat that ends solved earns the full score).
 */
export function upsellOwed(input: Pick<ConversionInput, 'outcome' | 'scenario' | 'afterSales'>): boolean {
  const afterSales = input.afterSales === true || input.scenario?.category === '售后';
  return !afterSales && input.outcome !== 'resolved';
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
  if (upsold || !upsellOwed(input)) value += UPSELL_BONUS;
  return Math.round(Math.max(0, Math.min(100, value)));
}

/** One reason the conversion score is under 100, with the points it cost. */
export interface ConversionShortfall {
  title: string;
  why: string;
  /** Conversion points this reason left out. */
  lost: number;
}

const OUTCOME_WORDS: Record<OutcomeKind | 'unfinished', string> = {
  sale: '成交',
  resolved: '问题解决',
  'no-sale': '买家没有下单',
  dispute: '买家申请了平台介入',
  'bad-review': '买家给了差评',
  unfinished: '对话没有聊完',
};

/**
 * Every reason the conversion score is under 100, in the order they were docked: the outcome's
 * base, the price given away on a sale, the upsell not made. Their losses add up to 100 less the
 * score, so each point docked has a line in the report that says what was missing. A sale below
 * the floor is explained by its own item (scorer.ts) and is left out here.
 */
export function conversionShortfalls(input: ConversionInput): ConversionShortfall[] {
  if (soldBelowFloor(input)) return [];
  const { outcome, lowestOffer, upsold, scenario, floor } = input;
  const score = conversionScore(input);
  if (score >= 100) return [];
  const out: ConversionShortfall[] = [];
  const kind = outcome ?? 'unfinished';
  const base = OUTCOME_BASE[kind];
  let left = 100 - score;
  const take = (lost: number, title: string, why: string) => {
    const n = Math.min(left, Math.round(lost));
    if (n <= 0) return;
    left -= n;
    out.push({ title, why, lost: n });
  };
  const owed = upsellOwed(input);
  if (kind !== 'sale' && kind !== 'resolved') {
    const got = base + (owed ? 0 : UPSELL_BONUS);
    const scale = owed ? `成交${OUTCOME_BASE.sale}分起、问题解决${OUTCOME_BASE.resolved}分起` : '售后问题解决记满分';
    take(100 - got, `结局：${OUTCOME_WORDS[kind]}`, `转化看结局：${scale}，这次${OUTCOME_WORDS[kind]}，只记${got}分。`);
  }
  const price = input.price ?? scenario?.shop.product.price;
  const shopFloor = floor ?? scenario?.shop.product.floor;
  if (kind === 'sale' && price !== undefined && shopFloor !== undefined && lowestOffer !== null && lowestOffer !== undefined && lowestOffer < price) {
    const kept = price > shopFloor ? (PRICE_KEPT_BONUS * (lowestOffer - shopFloor)) / (price - shopFloor) : 0;
    take(PRICE_KEPT_BONUS - kept, '让价少了守价分', `最后给到${lowestOffer}元（原价${price}元、底价${shopFloor}元）：按原价成交加${PRICE_KEPT_BONUS}分，越接近底价加得越少。先讲品质和售后、送券或赠品，让价要小步。`);
  }
  if (!upsold && owed) {
    const item = scenario?.shop.related?.[0];
    take(UPSELL_BONUS, '没有关联推荐', `推荐一件搭配的商品${item ? `（比如${item.name}，${item.price}元）` : ''}可以多加${UPSELL_BONUS}分，也提高客单价。`);
  }
  // Whatever the lines above leave (a sale with no known price, say) is the outcome's.
  if (left > 0) take(left, `结局：${OUTCOME_WORDS[kind]}`, `这次${OUTCOME_WORDS[kind]}，转化记${score}分。`);
  return out;
}
