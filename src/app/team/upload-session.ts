// One session as the sync route takes it: the meta, the messages the server lacks (from its
// last ack on, within the contract's limits) and, when those reach the end, the snapshot.
import { LIMITS, type SyncSession, type SyncTurn, type SyncViolation } from '@/server/api-contract';
import type { SessionRecord } from '@/db/records';
import type { Turn } from '@/engine/transcript';
import { gradeSession } from '@/app/grade';
import { findScenario } from '@/app/scenario-catalog';

function syncTurn(turn: Turn): SyncTurn {
  // The understanding is not sent (the server recomputes it); a longer text than the contract
  // allows cannot come from the reply box, but an imported backup could hold one.
  const out: SyncTurn = { role: turn.role, text: turn.text.slice(0, LIMITS.turnText) };
  if (turn.at !== undefined) out.at = turn.at;
  if (turn.state !== undefined) out.state = turn.state.slice(0, 200);
  if (turn.mood !== undefined && Number.isFinite(turn.mood)) out.mood = turn.mood;
  if (turn.upset !== undefined) out.upset = turn.upset;
  return out;
}

function violationsOf(record: SessionRecord): SyncViolation[] {
  const result = gradeSession(record, findScenario(record.scenarioId));
  return result.violations.slice(0, LIMITS.violationsPerSession).map((v) => ({ rule: v.rule, turn: v.turn, points: v.points }));
}

/** JSON length of a value: the body limit is in bytes, Chinese is 3 bytes a character in UTF-8. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * The upload of `record` starting at message `from`, at most `budget` bytes of messages.
 * At least one message is sent when any is due, so every upload makes progress.
 */
export function uploadOf(record: SessionRecord, from: number, budget: number): SyncSession {
  const start = Math.min(from, record.turns.length);
  const messages: SyncTurn[] = [];
  let bytes = 0;
  for (let i = start; i < record.turns.length && messages.length < LIMITS.messagesPerUpload; i++) {
    const turn = syncTurn(record.turns[i]!);
    const size = jsonBytes(turn) + 1;
    if (messages.length > 0 && bytes + size > budget) break;
    messages.push(turn);
    bytes += size;
  }
  const complete = start + messages.length === record.turns.length;
  const session: SyncSession = {
    id: record.id,
    scenarioId: record.scenarioId,
    scenarioTitle: record.scenarioTitle,
    variant: record.variant,
    seed: record.seed,
    startedAt: record.startedAt,
    updatedAt: record.updatedAt,
    // Until every message is there, the server must not see the session as finished.
    status: complete ? record.status : 'active',
    outcome: complete ? record.outcome : null,
    from: start,
    messages,
  };
  if (complete && record.status === 'ended' && record.summary) {
    session.scores = { ...record.summary };
    session.violations = violationsOf(record);
  }
  if (complete && record.snapshot !== undefined && record.snapshot !== null && jsonBytes(record.snapshot) <= LIMITS.snapshotBytes) {
    session.snapshot = record.snapshot;
  }
  return session;
}
