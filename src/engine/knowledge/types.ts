// What the knowledge checks read and what they find. A check is one record per kind of claim
// (claims-*.ts): it finds the claims of its kind in a reply and holds each against the facts.
import type { AfterSaleCase } from '@/engine/knowledge/facts';
import type { BuyerFacts, ShopFacts } from '@/engine/scenario/shop-schema';
import type { Clause } from '@/engine/understand/clauses';
import type { Understanding } from '@/engine/understanding-types';

export const CLAIM_KINDS = [
  'size', 'price', 'coupon', 'compensation', 'gift', 'stock', 'dispatch', 'courier', 'arrival', 'free-shipping',
  'material', 'spec', 'colour', 'returns', 'return-postage', 'warranty', 'insurance', 'invoice', 'cod', 'card',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface KnowledgeInput {
  /** The reply as understood (normalised text, moves, entities, the rules' flags). */
  u: Understanding;
  /** This shop's clauses only: check.ts leaves out those about another shop. */
  clauses: readonly Clause[];
  /** The clauses that speak of another shop (subject.ts): their claims are not ours to check. */
  others: ReadonlySet<Clause>;
  facts: ShopFacts;
  buyer: BuyerFacts | undefined;
  /** Her height and weight as she has said them in the chat so far, her line now included: all a better phrasing may quote. */
  told: BuyerFacts | undefined;
  /** The after-sales case of the chat, when one is known (who pays return postage depends on it). */
  afterSale: AfterSaleCase | undefined;
  /** The lowest price the shop accepts here (a persona variant may lower the shop's). */
  floor: number | undefined;
  /** The buyer's line(s) the reply answers, normalised ('' when unknown). */
  buyerLine: string;
  /** The reply is a bare figure answering her price question (answer-frame.ts framedPrice): the price it states. */
  answeredPrice?: number;
}

/** One claim that contradicts the facts. */
export interface FactFinding {
  kind: ClaimKind;
  /** What the reply said, in Chinese: 说L码. */
  claim: string;
  /** What the facts say instead: 尺码表给这位买家M码. */
  fact: string;
  /** A better reply with the true fact, in the shop's style. */
  better: string;
}

export type ClaimCheck = (input: KnowledgeInput) => FactFinding[];
