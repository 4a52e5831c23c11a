// An exam attempt on the server: each buyer (part) is the engine's own buyer machine, restored
// from its persisted snapshot for every call and stored again after it. Time is the server's:
// the caller passes `now`, turns are stamped with it, and the buyer's timeouts and the time
// limit are applied up to it — so a reload, a dropped connection or a restart resume the same
// attempt, and response times are real.
import { createBuyer, type Buyer } from '@/engine/session';
import type { Turn } from '@/engine/transcript';
import type { ExamBuyer } from '@/server/exam-contract';
import { loadSource } from '@/server/exam/scenarios';
import { ApiError } from '@/server/http/errors';

/** A buyer of a composed exam, its YAML text frozen in. */
export interface StoredBuyer extends ExamBuyer {
  file: string;
  source: string;
  hash: string;
  scenarioId: string;
  title: string;
  /** A team buyer's version number (ref kind 'team'). */
  version?: number;
}

export interface StoredTurn {
  role: 'buyer' | 'agent';
  text: string;
  at: number;
  state?: string;
  mood?: number;
  upset?: boolean;
  timedOut?: boolean;
}

export interface PartState {
  status: 'pending' | 'active' | 'done';
  turns: StoredTurn[];
  snapshot: unknown;
  outcome: string | null;
  lowestOffer: number | null;
}

export interface AttemptState {
  parts: PartState[];
  current: number | null;
}

/** At most this many nudges are applied in one call (a buyer's waits are finite anyway). */
const MAX_TIMEOUTS = 50;

function restore(buyer: StoredBuyer, part: PartState): Buyer {
  const { scenario } = loadSource(buyer.file, buyer.source);
  return createBuyer(scenario, { seed: buyer.seed, ...(buyer.variant ? { variant: buyer.variant } : {}), ...(part.snapshot !== null ? { snapshot: part.snapshot } : {}) });
}

function stored(turn: Turn, at: number): StoredTurn {
  const out: StoredTurn = { role: turn.role, text: turn.text, at };
  if (turn.state !== undefined) out.state = turn.state;
  if (turn.mood !== undefined) out.mood = turn.mood;
  if (turn.upset !== undefined) out.upset = turn.upset;
  if (turn.timedOut) out.timedOut = true;
  return out;
}

function save(part: PartState, buyer: Buyer): void {
  part.snapshot = JSON.parse(JSON.stringify(buyer.persist()));
  part.outcome = buyer.outcome();
  part.lowestOffer = buyer.actor.getSnapshot().context.lowestOffer ?? null;
  buyer.actor.stop();
}

function lastAt(part: PartState, fallback: number): number {
  return part.turns.at(-1)?.at ?? fallback;
}

function openPart(state: AttemptState, buyers: StoredBuyer[], index: number, now: number): void {
  const part = state.parts[index]!;
  const buyer = restore(buyers[index]!, part);
  part.status = 'active';
  part.turns.push(...buyer.opening().map((t) => stored(t, now)));
  save(part, buyer);
  state.current = index;
}

/** A fresh attempt: the first buyer opens at `now`. */
export function startState(buyers: StoredBuyer[], now: number): AttemptState {
  const state: AttemptState = {
    parts: buyers.map(() => ({ status: 'pending', turns: [], snapshot: null, outcome: null, lowestOffer: null })),
    current: null,
  };
  openPart(state, buyers, 0, now);
  return state;
}

/** Ends the current part at `at` and opens the next one then; null current once all are done. */
function finishPart(state: AttemptState, buyers: StoredBuyer[], at: number, buyer?: Buyer): void {
  const index = state.current;
  if (index === null) return;
  const part = state.parts[index]!;
  const live = buyer ?? restore(buyers[index]!, part);
  if (!live.over()) part.turns.push(...live.end(at).buyer.map((t) => stored(t, at)));
  save(part, live);
  part.status = 'done';
  state.current = null;
  if (index + 1 < state.parts.length) openPart(state, buyers, index + 1, at);
}

/** Seconds the current buyer still waits, as a server time; null when she does not wait. */
export function waitsUntil(state: AttemptState, buyers: StoredBuyer[], index: number): number | null {
  const part = state.parts[index]!;
  if (part.status !== 'active') return null;
  const buyer = restore(buyers[index]!, part);
  const seconds = buyer.timeoutSeconds();
  buyer.actor.stop();
  return seconds === null ? null : lastAt(part, 0) + seconds * 1000;
}

/** The next server time at which the attempt changes by itself (a nudge or the deadline); null: never. */
export function nextDue(state: AttemptState, buyers: StoredBuyer[], deadline: number | null): number | null {
  const waits = state.current !== null ? waitsUntil(state, buyers, state.current) : null;
  if (waits === null) return deadline;
  return deadline === null ? waits : Math.min(waits, deadline);
}

/**
 * Brings the attempt up to `now`: the waiting buyer's nudges fall due at their own times (a
 * buyer who leaves after one ends her part then, and the next buyer opens), and a passed
 * deadline ends every part at the deadline. Returns whether anything changed and whether the
 * attempt is over (how, and when).
 */
export function catchUp(state: AttemptState, buyers: StoredBuyer[], now: number, deadline: number | null): { changed: boolean; over: 'expired' | 'submitted' | null; endedAt: number | null } {
  let changed = false;
  let lastDue = now;
  const until = deadline !== null ? Math.min(now, deadline) : now;
  for (let i = 0; i < MAX_TIMEOUTS && state.current !== null; i++) {
    const index = state.current;
    const part = state.parts[index]!;
    const buyer = restore(buyers[index]!, part);
    const seconds = buyer.timeoutSeconds();
    const due = seconds === null ? null : lastAt(part, until) + seconds * 1000;
    if (due === null || due > until) {
      buyer.actor.stop();
      break;
    }
    part.turns.push(...buyer.timeout(due).buyer.map((t) => stored(t, due)));
    changed = true;
    lastDue = due;
    // She left (the timeout's `leave`): no closing reply can reach her, so her part ends now.
    if (buyer.actor.getSnapshot().status === 'done') finishPart(state, buyers, due, buyer);
    else save(part, buyer);
  }
  if (changed && state.current === null) return { changed, over: 'submitted', endedAt: lastDue };
  if (deadline !== null && now >= deadline && state.current !== null) {
    while (state.current !== null) finishPart(state, buyers, deadline);
    return { changed: true, over: 'expired', endedAt: deadline };
  }
  return { changed, over: null, endedAt: null };
}

/** The trainee's reply to the current buyer at `now`. */
export function replyTo(state: AttemptState, buyers: StoredBuyer[], text: string, now: number): { over: boolean } {
  const index = state.current;
  if (index === null) throw new ApiError('conflict', '考试已经结束，不能再回复');
  const part = state.parts[index]!;
  const buyer = restore(buyers[index]!, part);
  const result = buyer.reply(text, now);
  part.turns.push(stored(result.agent, now), ...result.buyer.map((t) => stored(t, now)));
  if (result.closed || buyer.over()) {
    finishPart(state, buyers, now, buyer);
  } else {
    save(part, buyer);
  }
  return { over: state.current === null };
}

/** The trainee ends the current buyer (结束对话). */
export function endPart(state: AttemptState, buyers: StoredBuyer[], now: number): { over: boolean } {
  if (state.current === null) throw new ApiError('conflict', '考试已经结束');
  finishPart(state, buyers, now);
  return { over: state.current === null };
}
