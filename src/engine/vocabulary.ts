// The stable vocabulary of shared/design.md. Ids here are contracts: new ones may be
// added, none is renamed.

export const MOVES = [
  'greet',
  'thank',
  'empathize',
  'apologize',
  'ask-info',
  'recommend-size',
  'product-info',
  'hold-price',
  'offer-discount',
  'offer-gift',
  'urge-order',
  'upsell',
  'explain-policy',
  'offer-return',
  'offer-exchange',
  'offer-compensation',
  'shipping-info',
  'track-parcel',
  'invoice-yes',
  'escalate',
  'compare-objective',
  /** A bare receipt or agreement with nothing else: 好的, 嗯嗯, 收到, 不客气. */
  'acknowledge',
  /** The agent asks the buyer to wait while checking or acting: 请稍等，我帮您查一下. */
  'please-wait',
] as const;
export type Move = (typeof MOVES)[number];

/** Section 1 of shared/domain/rules.md: violations cost shop points. */
export const PLATFORM_RULES = [
  'invoice-refuse',
  'invoice-fee',
  'freeship-breach',
  'card-fee',
  'card-refuse',
  'cod-refuse',
  'privacy-leak',
  'order-close',
  'ship-promise',
  'return-refuse',
  'off-platform',
  'review-induce',
  'disparage',
] as const;
export type PlatformRule = (typeof PLATFORM_RULES)[number];

/** Section 2 of shared/domain/rules.md: graded, not platform points. */
export const TONE_RULES = [
  'tone-greet',
  'tone-close',
  'tone-particles',
  'tone-empathy',
  'tone-interrogate',
  'tone-cold',
  'tone-blunt',
  'tone-criticize',
  'tone-uncertain',
  'tone-prejudge',
  'resp-first',
  'resp-avg',
  'resp-timeout',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

/** Section 2b of shared/domain/rules.md: claims held against the shop's facts; graded, not platform points. */
export const KNOWLEDGE_RULES = ['fact-wrong'] as const;
export type KnowledgeRule = (typeof KNOWLEDGE_RULES)[number];

export const RULE_IDS = [...PLATFORM_RULES, ...TONE_RULES, ...KNOWLEDGE_RULES] as const;
export type RuleId = PlatformRule | ToneRule | KnowledgeRule;

export const OUTCOME_KINDS = ['sale', 'no-sale', 'resolved', 'dispute', 'bad-review'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Entities that understand() can find in a reply; scenario conditions may test for them. */
export const ENTITY_NAMES = [
  'price',
  'discount',
  'size',
  'height',
  'weight',
  'shipTime',
  'arrivalTime',
  'courier',
  'orderNo',
  'amount',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** What a buyer's question is about (scenario states' `asks`; understand/question.ts reads them). */
export const TOPICS = [
  'material', 'size', 'colour', 'stock', 'price', 'discount', 'coupon', 'gift', 'invoice', 'card', 'cod',
  'shipping-cost', 'ship-time', 'arrival', 'courier', 'tracking', 'return', 'exchange', 'refund', 'quality',
  'review', 'contact', 'compare', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const CATEGORIES = ['售前', '售中', '售后'] as const;
export type Category = (typeof CATEGORIES)[number];

export const isPlatformRule = (id: string): id is PlatformRule =>
  (PLATFORM_RULES as readonly string[]).includes(id);

export const isToneRule = (id: string): id is ToneRule => (TONE_RULES as readonly string[]).includes(id);

export const isKnowledgeRule = (id: string): id is KnowledgeRule => (KNOWLEDGE_RULES as readonly string[]).includes(id);
