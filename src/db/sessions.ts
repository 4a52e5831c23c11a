// Reads and writes of practice sessions. Each write is a whole-record put: a session is
// small (tens of turns), and one put keeps the turns and the buyer snapshot in step.
import { db } from '@/db/db';
import type { SessionRecord } from '@/db/records';

export async function saveSession(record: SessionRecord): Promise<void> {
  await db.sessions.put(record);
}

export async function getSession(id: string): Promise<SessionRecord | undefined> {
  return db.sessions.get(id);
}

export async function listSessions(): Promise<SessionRecord[]> {
  const all = await db.sessions.orderBy('startedAt').toArray();
  return all.reverse();
}

export async function deleteSession(id: string): Promise<void> {
  await db.sessions.delete(id);
}

/** The best total per scenario among ended sessions (the home cards show it). */
export async function bestScores(): Promise<Map<string, number>> {
  const best = new Map<string, number>();
  await db.sessions.where('status').equals('ended').each((s) => {
    if (!s.summary) return;
    const prev = best.get(s.scenarioId);
    if (prev === undefined || s.summary.total > prev) best.set(s.scenarioId, s.summary.total);
  });
  return best;
}

export async function clearEverything(): Promise<void> {
  await db.transaction('rw', db.sessions, db.phrases, db.settings, async () => {
    await Promise.all([db.sessions.clear(), db.phrases.clear(), db.settings.clear()]);
  });
}
