import type { SessionRecord } from '@/db/records';
import { db } from '@/db/db';
import { getSession, saveSession } from '@/db/sessions';
import { SCORER_VERSION } from '@/engine/score/version';

/** An ended session record as the workbench would store it. */
export function endedSession(over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: over.id ?? 's-1',
    scenarioId: 'price-haggle',
    scenarioTitle: '砍价的宝妈',
    variant: 'normal',
    seed: 7,
    trainee: '小王',
    startedAt: Date.UTC(2026, 0, 5, 2, 0),
    updatedAt: Date.UTC(2026, 0, 5, 2, 10),
    status: 'ended',
    outcome: 'sale',
    turns: [
      { role: 'buyer', text: '这个四件套能便宜点吗？', at: Date.UTC(2026, 0, 5, 2, 0) },
      { role: 'agent', text: '亲，您好~这款是活动价哦', at: Date.UTC(2026, 0, 5, 2, 0, 20) },
    ],
    snapshot: null,
    // Graded by the current scorer: not graded again by refreshSummaries().
    summary: { tone: 80, compliance: 100, conversion: 70, total: 84, passed: true, pointsDeducted: 0, scorerVersion: SCORER_VERSION },
    ...over,
  };
}

/** Stores whole sessions the way the app does (row, turns and snapshot). */
export async function storeSessions(...records: SessionRecord[]): Promise<void> {
  for (const record of records) await saveSession(record);
}

/** Every stored session, whole, oldest first. */
export async function storedSessions(): Promise<SessionRecord[]> {
  const rows = await db.sessions.orderBy('startedAt').toArray();
  const records = await Promise.all(rows.map((r) => getSession(r.id)));
  return records.filter((r): r is SessionRecord => r !== undefined);
}
