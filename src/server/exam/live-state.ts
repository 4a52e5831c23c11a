// A live session's buyer (issue 13): the exam's one part, whose buyer lines the mentor sends.
// The buyer machine still runs on the trainee's replies exactly as in an exam (server time,
// the same reading), but what it would say is only suggested to the mentor: the transcript
// holds the lines the mentor sent, stamped with the machine's state and mood. Before each
// reply the machine's `said` is set to those lines, so the reply is read after what the buyer
// really said — as the scorer reads it from the transcript.
import type { Buyer } from '@/engine/session';
import { createBuyer } from '@/engine/session';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Understanding } from '@/engine/understanding-types';
import { replyExplained, type Step } from '@/engine/buyer/step-taken';
import { steerTo } from '@/engine/buyer/steer';
import { isUpsetIn } from '@/engine/scenario/effective';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { AttemptState, PartState, StoredBuyer, StoredTurn } from '@/server/exam/attempt-state';
import { loadSource } from '@/server/exam/scenarios';
import { ApiError } from '@/server/http/errors';

/** What the mentor's panel reads of the trainee's last reply. */
export interface LiveReading {
  turn: number;
  text: string;
  understanding: Understanding;
  step: Step;
  before: BuyerContext;
}

export interface LivePart extends PartState {
  reading?: LiveReading | null;
}

export interface LiveState extends AttemptState {
  parts: [LivePart];
}

const scenarioOf = (buyer: StoredBuyer) => loadSource(buyer.file, buyer.source).scenario;
const optionsOf = (buyer: StoredBuyer) => ({ seed: buyer.seed, ...(buyer.variant ? { variant: buyer.variant } : {}) });

function restore(buyer: StoredBuyer, part: LivePart): Buyer {
  return createBuyer(scenarioOf(buyer), { ...optionsOf(buyer), ...(part.snapshot !== null ? { snapshot: part.snapshot } : {}) });
}

function save(part: LivePart, buyer: Buyer): void {
  part.snapshot = JSON.parse(JSON.stringify(buyer.persist()));
  part.outcome = buyer.outcome();
  part.lowestOffer = buyer.actor.getSnapshot().context.lowestOffer ?? null;
  buyer.actor.stop();
}

function activePart(state: LiveState): LivePart {
  if (state.current === null) throw new ApiError('conflict', '这次真人扮演已经结束');
  return state.parts[0];
}

/** The lines the buyer said since the trainee's last reply (what the next reply answers). */
function saidSinceReply(turns: StoredTurn[]): string[] {
  const out: string[] = [];
  for (let i = turns.length - 1; i >= 0 && turns[i]!.role === 'buyer'; i--) out.unshift(turns[i]!.text);
  return out;
}

/** A new session: the machine at her opening; nothing is said until the mentor sends a line. */
export function openLive(buyer: StoredBuyer): LiveState {
  const part: LivePart = { status: 'active', turns: [], snapshot: null, outcome: null, lowestOffer: null, reading: null };
  const machine = restore(buyer, part);
  save(part, machine);
  return { parts: [part], current: 0 };
}

/** The mentor's line, stamped with where the machine is now. Returns the turn's index. */
export function mentorSays(state: LiveState, buyer: StoredBuyer, text: string, now: number): number {
  const part = activePart(state);
  const machine = restore(buyer, part);
  const mood = machine.mood();
  const at = machine.state();
  machine.actor.stop();
  part.turns.push({ role: 'buyer', text, at: now, state: at, mood, upset: isUpsetIn(scenarioOf(buyer), at, mood) });
  return part.turns.length - 1;
}

/** The trainee's reply: the machine reads it and moves. Returns the turn's index. */
export function traineeReplies(state: LiveState, buyer: StoredBuyer, text: string, now: number): number {
  const part = activePart(state);
  const snapshot = part.snapshot as { context: BuyerContext } | null;
  if (snapshot) snapshot.context = { ...snapshot.context, said: saidSinceReply(part.turns) };
  const machine = restore(buyer, part);
  const { result, step, before } = replyExplained(scenarioOf(buyer), machine, text, now);
  part.turns.push({ role: 'agent', text, at: now });
  part.reading = { turn: part.turns.length - 1, text, understanding: result.agent.understanding!, step, before };
  save(part, machine);
  return part.turns.length - 1;
}

/** The mentor moves the buyer to another state. Returns the state she was in. */
export function steerState(state: LiveState, buyer: StoredBuyer, to: string): string {
  const part = activePart(state);
  const scenario = scenarioOf(buyer);
  const machine = restore(buyer, part);
  const from = machine.state();
  let moved: Buyer;
  try {
    moved = steerTo(scenario, machine, to, optionsOf(buyer));
  } catch {
    throw new ApiError('bad_request', `不能转到状态 ${to}：它不存在，或者会直接结束对话（要结束请选结局）`, { issues: [{ path: 'state', message: `没有可转入的状态 ${to}` }] });
  }
  save(part, moved);
  return from;
}

/**
 * Ends the session: with the outcome the mentor chose, or the machine's — the one it reached,
 * or the one it takes when the chat is ended (its closing lines are not said: the mentor is the buyer).
 */
export function endLive(state: LiveState, buyer: StoredBuyer, now: number, outcome?: OutcomeKind): OutcomeKind | null {
  const part = activePart(state);
  const machine = restore(buyer, part);
  if (!machine.over() && machine.outcome() === null) machine.end(now);
  save(part, machine);
  if (outcome) part.outcome = outcome;
  part.status = 'done';
  state.current = null;
  return part.outcome as OutcomeKind | null;
}

/** The machine as the mentor's panel shows it. */
export function machineView(state: LiveState, buyer: StoredBuyer) {
  const part = state.parts[0];
  const machine = restore(buyer, part);
  const snapshot = machine.actor.getSnapshot();
  const view = { state: machine.state(), context: snapshot.context, outcome: part.outcome as OutcomeKind | null, over: snapshot.status === 'done' && part.turns.at(-1)?.role === 'agent' && (part.reading?.step.kind === 'none') };
  machine.actor.stop();
  return view;
}
