// The team this browser has joined, if any: one row. Practice without a server never reads it.
import { db } from '@/db/db';
import { MEMBERSHIP_ID, type MembershipRecord } from '@/db/team-records';

export async function getMembership(): Promise<MembershipRecord | null> {
  return (await db.membership.get(MEMBERSHIP_ID)) ?? null;
}

export async function saveMembership(record: Omit<MembershipRecord, 'id'>): Promise<void> {
  await db.membership.put({ ...record, id: MEMBERSHIP_ID });
}

export async function setDownloadCursor(cursor: string | null): Promise<void> {
  await db.membership.update(MEMBERSHIP_ID, { downloadCursor: cursor });
}

/** Leaving the team (or a revoked token): the sessions stay, only the link to the server goes. */
export async function clearMembership(): Promise<void> {
  await db.membership.delete(MEMBERSHIP_ID);
}
