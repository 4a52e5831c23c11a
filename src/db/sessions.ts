// Reads and writes of practice sessions. A session is stored as a light row, its turns (one
// record each) and the buyer snapshot; every write touching more than one of them is one
// transaction, so a reload never sees turns without the snapshot that follows them.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { messagesOf, rowOf, type SessionRecord, type SessionRow } from '@/db/records';
import { markPending } from '@/db/outbox';

const range = (id: string) => db.messages.where('[sessionId+index]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);

/**
 * Writes the whole session, replacing whatever was stored under its id. Every write also
 * queues the session in the outbox, in the same transaction: a joined browser sends it to
 * its team server, and one that joins later finds its whole history queued.
 */
export async function saveSession(record: SessionRecord): Promise<void> {
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
    await range(record.id).delete();
    await db.messages.bulkPut(messagesOf(record));
    await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
    await db.sessions.put(rowOf(record));
    await markPending(record.id);
  });
}

/**
 * A chat's progress: the turns from `from` on, the snapshot and the row, in one transaction.
 * Turns already stored are not rewritten, so a write costs the new messages, not the chat.
 */
export async function saveProgress(record: SessionRecord, from: number): Promise<void> {
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
    await db.messages.bulkPut(messagesOf(record, from));
    await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
    await db.sessions.put(rowOf(record));
    await markPending(record.id);
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
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
    await Promise.all([db.sessions.delete(id), db.snapshots.delete(id), range(id).delete(), db.outbox.delete(id)]);
  });
}

/**
 * Every scenario id that has a session. One index seek per buyer (first key above the last
 * one found): Chromium walks every duplicate for a 'nextunique' cursor (uniqueKeys()), which
 * costs about 100 ms at ten thousand sessions.
 */
export async function scenarioIds(): Promise<string[]> {
  const ids: string[] = [];
  let row = await db.sessions.orderBy('scenarioId').first();
  while (row) {
    ids.push(row.scenarioId);
    row = await db.sessions.where('scenarioId').above(row.scenarioId).first();
  }
  return ids;
}

/** Unfinished chats, latest first (the home screen offers to continue them). */
export async function activeSessions(): Promise<SessionRow[]> {
  return (await db.sessions.where('status').equals('active').sortBy('updatedAt')).reverse();
}

/**
 * The best total per scenario among graded sessions (the home cards show it): the last entry
 * of each buyer's [scenarioId+summary.total] range, one index step per buyer, not a scan of
 * every session.
 */
export async function bestScores(): Promise<Map<string, number>> {
  const ids = await scenarioIds();
  const tops = await Promise.all(
    ids.map((id) => db.sessions.where('[scenarioId+summary.total]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).last()),
  );
  const best = new Map<string, number>();
  for (const row of tops) if (row?.summary) best.set(row.scenarioId, row.summary.total);
  return best;
}

export async function clearEverything(): Promise<void> {
  const tables = [db.sessions, db.messages, db.snapshots, db.phrases, db.settings, db.outbox, db.membership];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
