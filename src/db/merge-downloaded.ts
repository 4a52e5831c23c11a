// Sessions downloaded from the team server (one's own, practised on another machine) merged
// into Dexie without duplicates: a session is one id, and of two copies the one with more
// messages wins (messages are only ever appended), then the later change.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { messagesOf, rowOf, type SessionRecord } from '@/db/records';
import { SYNCED } from '@/db/team-records';

/** Whether the server's copy should replace the local one. */
export function serverCopyWins(local: { turnCount: number; updatedAt: number } | undefined, remote: SessionRecord): boolean {
  if (!local) return true;
  if (remote.turns.length !== local.turnCount) return remote.turns.length > local.turnCount;
  return remote.updatedAt > local.updatedAt;
}

/** Returns how many sessions were written (new or newer than the local copy). */
export async function mergeDownloaded(records: SessionRecord[]): Promise<number> {
  let written = 0;
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
    const locals = await db.sessions.bulkGet(records.map((r) => r.id));
    for (const [i, record] of records.entries()) {
      if (!serverCopyWins(locals[i], record)) continue;
      await db.messages.where('[sessionId+index]').between([record.id, Dexie.minKey], [record.id, Dexie.maxKey], true, true).delete();
      await db.messages.bulkPut(messagesOf(record));
      await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
      await db.sessions.put(rowOf(record));
      // The server holds exactly this copy: nothing to send back.
      await db.outbox.put({ sessionId: record.id, pending: SYNCED, acked: record.turns.length, sentUpdatedAt: record.updatedAt });
      written++;
    }
  });
  return written;
}
