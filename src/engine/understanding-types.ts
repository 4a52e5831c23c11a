import type { BuyerFacts, ShopFacts } from '@/engine/scenario/shop-schema';
import type { EntityName, Move, RuleId, Topic } from '@/engine/vocabulary';

/** A rule a reply broke: platform points for section-1 rules, 0 for tone rules. */
export interface Flag {
  rule: RuleId;
  points: number;
  /** The words in the reply that triggered the flag; for fact-wrong, the claim and the fact (说L码，尺码表给这位买家M码). */
  evidence: string;
  /** fact-wrong only: what the reply claimed, what the shop's facts say, and a better reply with the true fact. */
  fact?: { claim: string; truth: string; better: string };
}

export interface Entities {
  /** The price the agent offers, in yuan (after applying a discount to the list price when the reply names a cut). */
  price?: number;
  /** A cut in yuan ("便宜8块") or, with discountRate, a percentage ("打9折" -> 0.9). */
  discount?: number;
  discountRate?: number;
  /** A size label, upper-case: "S", "M", "L", "XL", "2XL", or a number such as "38". */
  size?: string;
  /** Centimetres. */
  height?: number;
  /** Kilograms (斤 converted). */
  weight?: number;
  /** A promised dispatch time in hours from now ("今天发" -> 24 or less, "48小时内" -> 48). */
  shipTime?: number;
  /** A promised arrival time in days from now ("后天到" -> 2). */
  arrivalTime?: number;
  courier?: string;
  orderNo?: string;
  /** A sum of money that is not a price: compensation, a red packet, a refund. */
  amount?: number;
}

export interface Understanding {
  text: string;
  /** The text after normalisation (simplified, half-width, numerals as digits). */
  normalized: string;
  moves: Move[];
  entities: Entities;
  flags: Flag[];
  /**
   * What a short answer said to the buyer's yes/no question ("是的亲" after "这个是纯棉的吗" ->
   * {topic:'material', value:'纯棉', polarity:'yes'}); absent when the reply answers none. The
   * knowledge score checks these claims against the shop's facts.
   */
  answers?: Answer[];
  /**
   * Her proposal the reply agrees to, in her words (给个20的券 after "给个20的券行吗" "可以"):
   * a bare yes claims what she put to the shop (understand/proposal.ts), checked like a sentence said in full.
   */
  granted?: string;
}

export interface Answer {
  topic: Topic;
  /** What the question asked about, when it named it ("纯棉"). */
  value?: string;
  polarity: 'yes' | 'no';
}

/** What understand() may know about the situation: shop facts and the conversation so far. */
export interface ReplyContext {
  /** List price of the item, yuan: turns "便宜8块" into an offered price. */
  price?: number;
  floor?: number;
  /** The lowest price the agent has offered in this chat so far: her "再少20" is cut from it (understand/proposal.ts). */
  offered?: number;
  /** The item ships free (包邮): extra postage is then freeship-breach. */
  freeShipping?: boolean;
  /** The item offers cash on delivery (货到付款). */
  cod?: boolean;
  /** The shop's stated dispatch window in hours (default 48): a faster promise is ship-promise. */
  dispatchHours?: number;
  /** Size labels the item comes in. */
  sizes?: string[];
  /** This is the agent's first reply in the chat (tone-greet applies). */
  firstReply?: boolean;
  /** The buyer is upset right now (tone-empathy applies). */
  buyerUpset?: boolean;
  /**
   * Her only sign of upset is a fault she reports calmly (score/upset.ts Mood): no reply owes her
   * tone-empathy for it (understand/empathy-owed.ts).
   */
  buyerFaultOnly?: boolean;
  /** The buyer's line(s) since the agent's last reply, joined with "\n": what the reply answers. */
  buyer?: string;
  /** Topics the buyer's scenario state declares she asks about (the scenario's `asks`). */
  asks?: Topic[];
  /** The shop's facts every factual claim is checked against (fact-wrong); absent: no claim is checked. */
  facts?: ShopFacts;
  /** What the shop knows of the buyer: height and weight (the size the chart gives her), region. */
  buyerFacts?: BuyerFacts;
  /**
   * Her height and weight as she has said them in the chat so far, her earlier lines included (not
   * what the shop's record knows of her): a better phrasing quotes only these (knowledge/claims-product.ts).
   */
  told?: BuyerFacts;
  /** The after-sales case of the chat, when known: who pays a return's postage depends on it. */
  afterSale?: 'quality' | 'no-reason';
  /**
   * The chat is after the sale (the scenario's category 售后), whatever the case: postage named there
   * is a return's or a resend's, never the 包邮 goods' outbound postage (freeship-breach).
   */
  afterSales?: boolean;
}

export type EntityKey = EntityName;
