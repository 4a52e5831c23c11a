// Which way the buyer went on one event, and why: read from the compiled machine itself
// (xstate's getTransitionData on the snapshot before the event), not re-decided here, so the
// studio's inspector shows exactly what the actor did. The candidates of each event are laid
// out by compile.ts: for a reply, the state's `on` in file order, then the fallback's give-up
// and the fallback itself; for a timeout, leaving and then nudging; for the end of the chat, one.
import type { SnapshotFrom } from 'xstate';
import type { BuyerMachine } from '@/engine/buyer/compile';
import type { BuyerContext, BuyerEvent } from '@/engine/buyer/types';
import type { Scenario, Transition } from '@/engine/scenario/schema';
import type { Buyer, ReplyResult } from '@/engine/session';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';

export type Step =
  /** A transition of the state's `on` matched (all of its `when` held, or it had none). */
  | { kind: 'transition'; from: string; to: string; index: number; transition: Transition }
  /** No transition matched and her patience ran out. */
  | { kind: 'give-up'; from: string; to: string }
  /** No transition matched: she asks again in other words. */
  | { kind: 'fallback'; from: string; to: string }
  | { kind: 'nudge'; from: string; to: string }
  | { kind: 'leave'; from: string; to: string }
  | { kind: 'ended'; from: string; to: string }
  /** The event changed nothing (the buyer had already decided). */
  | { kind: 'none'; from: string; to: string };

type Snapshot = SnapshotFrom<BuyerMachine>;

export function stepTaken(scenario: Scenario, machine: BuyerMachine, before: Snapshot, event: BuyerEvent): Step {
  const from = String(before.value);
  const none: Step = { kind: 'none', from, to: from };
  if (before.status === 'done') return none;
  const [taken] = machine.getTransitionData(before, event);
  const node = machine.states[from];
  if (!taken || !node) return none;
  const index = node.transitions.get(event.type)?.indexOf(taken) ?? -1;
  const to = taken.target?.[0]?.key ?? from;
  if (event.type === 'chat.ended') return { kind: 'ended', from, to };
  if (event.type === 'buyer.timeout') return { kind: index === 0 ? 'leave' : 'nudge', from, to };
  const on = scenario.states[from]?.on ?? [];
  const transition = on[index];
  if (transition) return { kind: 'transition', from, to, index, transition };
  return { kind: index === on.length ? 'give-up' : 'fallback', from, to };
}

/** One event through the buyer, with the step it took and her context just before it. */
export interface Explained<R> {
  result: R;
  step: Step;
  before: BuyerContext;
}

/** `buyer.reply`, and the step the machine took for it. */
export function replyExplained(scenario: Scenario, buyer: Buyer, text: string, at?: number): Explained<ReplyResult> {
  const before = buyer.actor.getSnapshot();
  const result = buyer.reply(text, at);
  const understanding = result.agent.understanding;
  const step = understanding ? stepTaken(scenario, buyer.actor.logic, before, { type: 'reply.submitted', text, understanding }) : { kind: 'none' as const, from: String(before.value), to: String(before.value) };
  return { result, step, before: before.context };
}

type Answer = { buyer: Turn[]; outcome: OutcomeKind | null };

/** `buyer.timeout` or `buyer.end`, and the step the machine took for it. */
export function eventExplained(scenario: Scenario, buyer: Buyer, type: 'buyer.timeout' | 'chat.ended', at?: number): Explained<Answer> {
  const before = buyer.actor.getSnapshot();
  const step = stepTaken(scenario, buyer.actor.logic, before, { type });
  const result = type === 'buyer.timeout' ? buyer.timeout(at) : buyer.end(at);
  return { result, step, before: before.context };
}
