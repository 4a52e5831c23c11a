// Reads and writes of practice sessions. A session is stored as a light row, its turns (one
// record each) and the buyer snapshot; every write touching more than one of them is one
// transaction, so a reload never sees turns without the snapshot that follows them.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { messagesOf, rowOf, type SessionRecord, type SessionRow, type SessionSummary } from '@/db/records';
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

/** Why a chat write was refused: another tab writes this chat, or it has moved on since. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  constructor(readonly reason: 'taken-over' | 'moved-on' | 'deleted') {
    super(`chat write refused: ${reason}`);
  }
}

export interface ProgressOptions {
  /** The tab that wrote the chat's lease (chat-lease.ts); the write is refused if another holds it. */
  owner?: string;
}

/**
 * A chat's progress: the turns from `from` on, the snapshot and the row, in one transaction.
 * Turns already stored are not rewritten, so a write costs the new messages, not the chat.
 * The same transaction checks that the stored chat still has exactly `from` turns (and, with an
 * owner, that this tab still holds it), so no reply is ever written from a stale position, and
 * removes the reply box's draft once the reply typed in it is stored.
 */
export async function saveProgress(record: SessionRecord, from: number, options: ProgressOptions = {}): Promise<void> {
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox, db.drafts, db.leases], async () => {
    const [row, lease, draft] = await Promise.all([db.sessions.get(record.id), db.leases.get(record.id), db.drafts.get(record.id)]);
    if (!row) throw new StaleWriteError('deleted');
    if (options.owner !== undefined && lease && lease.owner !== options.owner) throw new StaleWriteError('taken-over');
    if (row.turnCount !== from) throw new StaleWriteError('moved-on');
    await db.messages.bulkPut(messagesOf(record, from));
    await db.snapshots.put({ sessionId: record.id, snapshot: record.snapshot });
    await db.sessions.put(rowOf(record));
    await markPending(record.id);
    const lastSent = lastAgentAt(record, from);
    // A draft typed before the reply that was just stored is that reply; a later one is kept.
    if (draft && lastSent !== undefined && draft.at <= lastSent) await db.drafts.delete(record.id);
  });
}

function lastAgentAt(record: SessionRecord, from: number): number | undefined {
  for (let i = record.turns.length - 1; i >= from; i--) {
    const turn = record.turns[i];
    if (turn?.role === 'agent') return turn.at ?? record.updatedAt;
  }
  return undefined;
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

/** Replaces an ended session's stored summary (graded again under a newer scorer). */
export async function storeSummary(id: string, summary: SessionSummary): Promise<void> {
  await storeSummaries([[id, summary]]);
}

/** Several summaries in one transaction (one change for the screens' live queries). */
export async function storeSummaries(entries: ReadonlyArray<readonly [string, SessionSummary]>): Promise<void> {
  if (entries.length === 0) return;
  // Queued in the outbox too: a team server keeps the same total.
  await db.transaction('rw', [db.sessions, db.outbox], async () => {
    for (const [id, summary] of entries) if ((await db.sessions.update(id, { summary })) > 0) await markPending(id);
  });
}

export async function deleteSession(id: string): Promise<void> {
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox, db.drafts, db.leases], async () => {
    await Promise.all([db.sessions.delete(id), db.snapshots.delete(id), range(id).delete(), db.outbox.delete(id), db.drafts.delete(id), db.leases.delete(id)]);
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
  const tables = [db.sessions, db.messages, db.snapshots, db.phrases, db.settings, db.outbox, db.membership, db.drafts, db.leases, db.teamPhrases];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
