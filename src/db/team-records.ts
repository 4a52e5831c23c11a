// The records a joined browser keeps for its team server: the outbox (what the server has
// not acknowledged yet) and the membership (the server's address and this device's token).
import type { Transaction } from 'dexie';
import type { Member, Team } from '@/server/api-contract';

/** Outbox states; numbers, because IndexedDB cannot index booleans. */
export const SYNCED = 0;
export const PENDING = 1;
/** The server refused the session as invalid (400): kept, shown, retried after the next change. */
export const REJECTED = 2;
export type OutboxState = typeof SYNCED | typeof PENDING | typeof REJECTED;

export interface OutboxRecord {
  sessionId: string;
  pending: OutboxState;
  /** Messages the server holds for this session (its last ack): the next upload starts here. */
  acked: number;
  /** The session's updatedAt when the server last acknowledged it; 0 before the first ack. */
  sentUpdatedAt: number;
  /** Why the server refused it (REJECTED only), in the server's Chinese words. */
  error?: string;
}

export const MEMBERSHIP_ID = 'current';

export interface MembershipRecord {
  id: typeof MEMBERSHIP_ID;
  /** The server's base URL, e.g. http://192.168.1.20:8787 (no trailing slash). */
  base: string;
  /** The device token, sent as `Authorization: Bearer …`. Never exported into a backup. */
  token: string;
  deviceId: string;
  member: Member;
  team: Team;
  joinedAt: number;
  /** The history download's cursor: the next download continues after it. */
  downloadCursor: string | null;
}

const QUEUE_BATCH = 500;

export function queued(sessionId: string): OutboxRecord {
  return { sessionId, pending: PENDING, acked: 0, sentUpdatedAt: 0 };
}

/** Puts every stored session in the outbox, unacknowledged (the v3 upgrade; joining a new server). */
export async function queueAll(tx: Transaction): Promise<void> {
  const ids = (await tx.table('sessions').toCollection().primaryKeys()) as string[];
  const outbox = tx.table<OutboxRecord, string>('outbox');
  for (let i = 0; i < ids.length; i += QUEUE_BATCH) {
    await outbox.bulkPut(ids.slice(i, i + QUEUE_BATCH).map(queued));
  }
}
