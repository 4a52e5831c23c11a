// The skills the lead sees are the engine's grading of every trainee's stored chats: reading
// each chat again for every call cost tens of milliseconds per trainee on each request. A chat's
// grading depends only on its stored content, the buyer it was played against and the scorer,
// so it is kept per session under a stamp of exactly those (the row's change time, message
// count, status and update time, the scenario file's content hash, SCORER_VERSION); an upload
// of that session forgets it at once, and any other change to the stamp misses by itself, so
// a cached answer is always the one a fresh grading would give.
import type { SkillOutcome } from '@/engine/skills/skill-outcomes';
import { SCORER_VERSION } from '@/engine/score/version';

export interface GradedSession {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  variant: string;
  at: number;
  outcomes: SkillOutcome[];
}

/** What a stored session's grading depends on, short of its messages. */
export interface SessionStamp {
  id: string;
  changed_at: number;
  message_count: number;
  updated_at: number;
  status: string;
}

export interface SkillsCache {
  get(memberId: string, row: SessionStamp, scenarioHash: string | null): GradedSession | undefined;
  set(memberId: string, row: SessionStamp, scenarioHash: string | null, graded: GradedSession): void;
  /** An upload touched these sessions. */
  forget(memberId: string, sessionIds: readonly string[]): void;
  size(): number;
}

const stampOf = (row: SessionStamp, scenarioHash: string | null) =>
  `${SCORER_VERSION}|${row.changed_at}|${row.message_count}|${row.updated_at}|${row.status}|${scenarioHash ?? '-'}`;

/** `max` sessions at most (about 1 kB each); the least recently used go first. */
export function createSkillsCache(max = 20_000): SkillsCache {
  const entries = new Map<string, { stamp: string; graded: GradedSession }>();
  const keyOf = (memberId: string, sessionId: string) => `${memberId}\u0000${sessionId}`;
  return {
    get(memberId, row, scenarioHash) {
      const key = keyOf(memberId, row.id);
      const entry = entries.get(key);
      if (!entry || entry.stamp !== stampOf(row, scenarioHash)) return undefined;
      // Refresh its place: Map order is the eviction order.
      entries.delete(key);
      entries.set(key, entry);
      return entry.graded;
    },
    set(memberId, row, scenarioHash, graded) {
      const key = keyOf(memberId, row.id);
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(key, { stamp: stampOf(row, scenarioHash), graded });
    },
    forget(memberId, sessionIds) {
      for (const id of sessionIds) entries.delete(keyOf(memberId, id));
    },
    size: () => entries.size,
  };
}
