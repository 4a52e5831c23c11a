// The outbox: which sessions a team server has not acknowledged, and how many of their
// messages it holds. Rows are written in the same transaction as the session they track
// (saveSession, saveProgress), so a change is never stored without being queued.
import { db } from '@/db/db';
import type { SessionRow } from '@/db/records';
import { PENDING, REJECTED, SYNCED, queueAll, queued, type OutboxRecord } from '@/db/team-records';

/** Queues a session; must run inside a transaction that includes db.outbox. */
export async function markPending(sessionId: string): Promise<void> {
  const changed = await db.outbox.update(sessionId, { pending: PENDING });
  if (changed === 0) await db.outbox.put(queued(sessionId));
}

/** Up to `limit` queued sessions with their rows (a row deleted meanwhile drops its entry). */
export async function pendingBatch(limit: number): Promise<{ entry: OutboxRecord; row: SessionRow }[]> {
  return db.transaction('rw', db.outbox, db.sessions, async () => {
    const entries = await db.outbox.where('pending').equals(PENDING).limit(limit).toArray();
    const rows = await db.sessions.bulkGet(entries.map((e) => e.sessionId));
    const out: { entry: OutboxRecord; row: SessionRow }[] = [];
    for (const [i, entry] of entries.entries()) {
      const row = rows[i];
      if (row) out.push({ entry, row });
      else await db.outbox.delete(entry.sessionId);
    }
    return out;
  });
}

export async function countByState(): Promise<{ pending: number; rejected: number }> {
  const [pending, rejected] = await Promise.all([
    db.outbox.where('pending').equals(PENDING).count(),
    db.outbox.where('pending').equals(REJECTED).count(),
  ]);
  return { pending, rejected };
}

/**
 * Records the server's ack. The entry leaves the queue only when the session is still the one
 * sent (same updatedAt) and the server holds all its messages: a turn written while the
 * upload was in flight keeps it queued for the next one.
 */
export async function acknowledge(sessionId: string, messageCount: number, sentUpdatedAt: number): Promise<void> {
  await db.transaction('rw', db.outbox, db.sessions, async () => {
    const [entry, row] = await Promise.all([db.outbox.get(sessionId), db.sessions.get(sessionId)]);
    if (!entry || !row) return;
    const done = row.updatedAt === sentUpdatedAt && messageCount >= row.turnCount;
    await db.outbox.put({ sessionId, acked: messageCount, sentUpdatedAt, pending: done ? SYNCED : PENDING });
  });
}

/** The server holds fewer messages than we thought (a gap ack, or a new server): resend from there. */
export async function rewind(sessionId: string, messageCount: number): Promise<void> {
  await db.outbox.update(sessionId, { acked: messageCount, pending: PENDING });
}

/** The server refused the session as invalid: keep it out of the queue until it changes again. */
export async function reject(sessionId: string, error: string): Promise<void> {
  await db.outbox.update(sessionId, { pending: REJECTED, error });
}

/** Joining a (new) server: every stored session is unacknowledged there. */
export async function requeueEverything(): Promise<void> {
  await db.transaction('rw', db.outbox, db.sessions, async (tx) => {
    await db.outbox.clear();
    await queueAll(tx);
  });
}



export async function outboxEntry(sessionId: string): Promise<OutboxRecord | undefined> {
  return db.outbox.get(sessionId);
}
