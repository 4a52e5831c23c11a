import type { AfterSaleCase } from '@/engine/knowledge/facts';
import type { BuyerFacts } from '@/engine/scenario/shop-schema';
import type { Move, OutcomeKind } from '@/engine/vocabulary';
import type { Understanding } from '@/engine/understanding-types';

/** Everything here is plain JSON so that getPersistedSnapshot() round-trips exactly. */
export interface BuyerContext {
  /** State of the seeded random source (line variants): same seed, same conversation. */
  rng: number;
  variant: string;
  mood: number;
  patience: number;
  floor: number;
  target: number | null;
  /** Trainee replies received so far. */
  turn: number;
  /** Consecutive replies in the current state that fell to the fallback. */
  tries: number;
  /** Timeout nudges in the current state. */
  nudges: number;
  moveCounts: Partial<Record<Move, number>>;
  memory: string[];
  lastOffer: number | null;
  lowestOffer: number | null;
  /**
   * The compensation the agent offered last (补你5块): fills `{amount}` and is what the amount
   * conditions read. Optional: snapshots stored before it existed lack it.
   */
  lastAmount?: number | null;
  /** The size the agent named last (fills `{size}` in buyer lines). */
  lastSize: string | null;
  /**
   * The height and weight she has told in the chat so far (understand/buyer-told.ts): the size
   * the chart gives her is read from these. Optional: snapshots stored before it existed lack it.
   */
  told?: BuyerFacts;
  /**
   * The after-sales case so far: the last state that declared it (`afterSale`), else what her
   * lines named (knowledge/after-sale.ts), carried into states that do not declare it.
   */
  afterSale?: AfterSaleCase;
  /** What the buyer said in answer to the last event (or on opening). */
  said: string[];
  /**
   * The reply count (`turn`) when the buyer's current upset episode began, null while she is
   * calm: the reply numbered `upsetFrom` is the one that owes her empathy (reply-context.ts).
   * Optional: snapshots stored before it existed lack it.
   */
  upsetFrom?: number | null;
  /** Whether the last reply fell to the fallback (the buyer did not get an answer). */
  missed: boolean;
  outcome: OutcomeKind | null;
}

export interface BuyerInput {
  seed: number;
  variant?: string;
}

export type BuyerEvent =
  | { type: 'reply.submitted'; text: string; understanding: Understanding }
  /** The buyer has waited the scenario's timeout: she nudges, and leaves after enough nudges. */
  | { type: 'buyer.timeout' }
  /** The trainee ends the chat before an outcome: no sale / unresolved. */
  | { type: 'chat.ended' };
