// The lease that makes one open tab the writer of a chat. The tab that holds the Web Lock of
// a chat (or, without Web Locks, a lease renewed within LEASE_TTL_MS) writes its own id here
// when it opens the chat, in the same transaction that reads the chat; every chat write
// checks the id (saveProgress), so a tab that lost the chat to another cannot write into it.
import { db } from '@/db/db';
import { getSession } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';

/** Without Web Locks a lease not renewed for this long belongs to a closed or frozen tab. */
export const LEASE_TTL_MS = 6000;
/** How often the writing tab renews its lease when there are no Web Locks. */
export const LEASE_RENEW_MS = 2000;

export type Claim = { kind: 'owner'; record: SessionRecord } | { kind: 'busy' } | { kind: 'missing' };

/**
 * Makes `owner` the writer of the chat and reads it at that moment. Unless `force`, a live
 * lease of another tab (renewed within LEASE_TTL_MS) keeps the chat theirs: 'busy'.
 */
export async function claimChat(sessionId: string, owner: string, force: boolean, now: number = Date.now()): Promise<Claim> {
  return db.transaction('rw', [db.leases, db.sessions, db.messages, db.snapshots], async () => {
    const lease = await db.leases.get(sessionId);
    if (!force && lease && lease.owner !== owner && now - lease.renewedAt < LEASE_TTL_MS) return { kind: 'busy' } as const;
    const record = await getSession(sessionId);
    if (!record) return { kind: 'missing' } as const;
    await db.leases.put({ sessionId, owner, renewedAt: now });
    return { kind: 'owner', record } as const;
  });
}

/** Renews the lease; false when another tab has taken the chat over. */
export async function renewLease(sessionId: string, owner: string, now: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.leases, async () => {
    const lease = await db.leases.get(sessionId);
    if (lease && lease.owner !== owner) return false;
    await db.leases.put({ sessionId, owner, renewedAt: now });
    return true;
  });
}

/** Gives the chat up (the tab leaves it), if it is still this tab's. */
export async function releaseLease(sessionId: string, owner: string): Promise<void> {
  await db.transaction('rw', db.leases, async () => {
    const lease = await db.leases.get(sessionId);
    if (lease?.owner === owner) await db.leases.delete(sessionId);
  });
}
