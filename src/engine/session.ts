// One conversation with a compiled buyer: the driver used by the `play` command, golden
// transcript tests, the bench and the workbench UI. It reads trainee text (readReply: understand()
// settled in the buyer's context) for the buyer driver (buyer/drive.ts), which sends the buyer
// namespaced events and returns the turns to show.
import type { BuyerContext } from '@/engine/buyer/types';
import { driveBuyer, type BuyerOptions, type Buyer, type ReadReply } from '@/engine/buyer/drive';
import type { Scenario } from '@/engine/scenario/schema';
import type { ReplyContext } from '@/engine/understanding-types';
import type { Transcript, Turn } from '@/engine/transcript';
import { understand } from '@/engine/understand/understand';
import { isUpsetIn } from '@/engine/scenario/effective';
import { upsetHere } from '@/engine/buyer/actions';
import { settle, shopContext, type ReplyOwes } from '@/engine/score/reply-context';

export function replyContext(scenario: Scenario, context: BuyerContext, firstReply: boolean, state?: string): ReplyContext {
  // The variant in play may lower the floor: the buyer's context has the one that counts.
  // shopContext gives a copy of its own: set on it, in the keys' order of a spread (floor is a shop key).
  const ctx: ReplyContext = shopContext(scenario);
  ctx.floor = context.floor;
  ctx.firstReply = firstReply;
  ctx.buyerUpset = state !== undefined ? upsetHere(scenario, context, state) : isUpsetIn(scenario, state, context.mood);
  // Who pays a return's postage depends on the case: the state says it, else the case carried from
  // an earlier state or her lines (buyer/actions.ts say), else her line now (knowledge/check.ts).
  const afterSale = (state !== undefined ? scenario.states[state]?.afterSale : undefined) ?? context.afterSale;
  if (afterSale !== undefined) ctx.afterSale = afterSale;
  // The reply answers what the buyer just said, and what her state declares she asks.
  if (context.said.length > 0) ctx.buyer = context.said.join('\n');
  if (context.told) {
    ctx.buyerFacts = { ...ctx.buyerFacts, ...context.told };
    ctx.told = context.told;
  }
  if (context.lowestOffer !== null) ctx.offered = context.lowestOffer;
  const asks = state !== undefined ? scenario.states[state]?.asks : undefined;
  if (asks) ctx.asks = [...asks];
  return ctx;
}

/** What the next reply owes, from the buyer's context (the scorer finds the same from the turns). */
export function owesNow(scenario: Scenario, context: BuyerContext, state: string): ReplyOwes {
  // A snapshot stored before upsetFrom existed: an upset buyer is owed empathy.
  const empathy = context.upsetFrom === undefined ? upsetHere(scenario, context, state) : context.upsetFrom === context.turn;
  // Once she has decided (an outcome), the one reply still open is the close.
  return { greeting: context.turn === 0, empathy, close: context.outcome !== null };
}

// The buyer's types live with the driver; importers of the session keep finding them here.
export type { Buyer, BuyerOptions, ReplyResult } from '@/engine/buyer/drive';

/** understand() in the buyer's context, settled before she sees it: she reacts to the flags the report lists. */
export const readReply: ReadReply = (text, scenario, before, state) =>
  settle(understand(text, replyContext(scenario, before, before.turn === 0, state)), owesNow(scenario, before, state));

export function createBuyer(scenario: Scenario, options: BuyerOptions): Buyer {
  return driveBuyer(scenario, options, readReply);
}

/** A replayed script: the transcript, and the replies that came after the chat was over. */
export interface PlayedScript extends Transcript {
  /**
   * Replies left over once the chat was over (the buyer decided and the closing reply came): no
   * one reads them, so they are neither sent nor graded; `play` says how many were left out.
   */
  unsent: string[];
  /** The transcript index of the closing reply, sent after the buyer decided (null: none came). */
  closingTurn: number | null;
}

/**
 * Replays scripted trainee replies; after the buyer decides, one more reply is taken as the
 * closing reply and the rest are not sent. Outcome null when the replies ran out before one.
 */
export function playScript(scenario: Scenario, replies: string[], options: { seed: number; variant?: string }): PlayedScript {
  const buyer = createBuyer(scenario, options);
  const turns: Turn[] = [...buyer.opening()];
  let closingTurn: number | null = null;
  let sent = 0;
  for (const text of replies) {
    if (buyer.over()) break;
    const result = buyer.reply(text);
    if (result.closed) closingTurn = turns.length;
    turns.push(result.agent, ...result.buyer);
    sent++;
  }
  const { lowestOffer } = buyer.actor.getSnapshot().context;
  buyer.actor.stop();
  return {
    turns,
    outcome: buyer.outcome(),
    scenarioId: scenario.id,
    ...(options.variant !== undefined ? { variant: options.variant } : {}),
    seed: options.seed,
    lowestOffer,
    unsent: replies.slice(sent),
    closingTurn,
  };
}
