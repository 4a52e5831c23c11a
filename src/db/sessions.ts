// Reads and writes of practice sessions. A session is stored as a light row, its turns (one
// record each) and the buyer snapshot; every write touching more than one of them is one
// transaction, so a reload never sees turns without the snapshot that follows them.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { messagesOf, rowOf, type SessionRecord, type SessionRow } from '@/db/records';

const range = (id: string) => db.messages.where('[sessionId+index]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);

/** Writes the whole session, replacing whatever was stored under its id. */
export async function saveSession(record: SessionRecord): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, db.snapshots, async () => {
    await range(record.id).delete();
    await db.messages.bulkPut(messagesOf(record));
    await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
    await db.sessions.put(rowOf(record));
  });
}

/**
 * A chat's progress: the turns from `from` on, the snapshot and the row, in one transaction.
 * Turns already stored are not rewritten, so a write costs the new messages, not the chat.
 */
export async function saveProgress(record: SessionRecord, from: number): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, db.snapshots, async () => {
    await db.messages.bulkPut(messagesOf(record, from));
    await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
    await db.sessions.put(rowOf(record));
  });
}

export async function getSession(id: string): Promise<SessionRecord | undefined> {
  return db.transaction('r', db.sessions, db.messages, db.snapshots, async () => {
    const row = await db.sessions.get(id);
    if (!row) return undefined;
    const [messages, snapshot] = await Promise.all([range(id).toArray(), db.snapshots.get(id)]);
    const { turnCount: _count, ...fields } = row;
    return { ...fields, turns: messages.map((m) => m.turn), snapshot: snapshot?.snapshot ?? null };
  });
}

export async function deleteSession(id: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, db.snapshots, async () => {
    await Promise.all([db.sessions.delete(id), db.snapshots.delete(id), range(id).delete()]);
  });
}

/** Unfinished chats, latest first (the home screen offers to continue them). */
export async function activeSessions(): Promise<SessionRow[]> {
  return (await db.sessions.where('status').equals('active').sortBy('updatedAt')).reverse();
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
  const tables = [db.sessions, db.messages, db.snapshots, db.phrases, db.settings];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
