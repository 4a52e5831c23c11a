// The trainer's own buyers, kept in this browser. The studio saves and deletes them; the
// home screen lists them beside the built-in ones; `mergeTrainerBuyer` is the seam for the
// team server's sync: it takes a buyer from elsewhere and keeps whichever revision is newer.
import { db } from '@/db/db';
import type { TrainerBuyerRecord } from '@/db/records';

export interface TrainerBuyerInput {
  id: string;
  file: string;
  source: string;
  title: string;
}

/** Saves the buyer under its id: a new one at revision 1, an existing one a revision up. */
export async function saveTrainerBuyer(input: TrainerBuyerInput, now: number = Date.now()): Promise<TrainerBuyerRecord> {
  return db.transaction('rw', db.buyers, async () => {
    const old = await db.buyers.get(input.id);
    const record: TrainerBuyerRecord = { ...input, revision: (old?.revision ?? 0) + 1, createdAt: old?.createdAt ?? now, updatedAt: now };
    await db.buyers.put(record);
    return record;
  });
}

/** Every stored buyer, most recently saved first. */
export async function trainerBuyers(): Promise<TrainerBuyerRecord[]> {
  return (await db.buyers.orderBy('updatedAt').toArray()).reverse();
}

export async function getTrainerBuyer(id: string): Promise<TrainerBuyerRecord | undefined> {
  return db.buyers.get(id);
}

export async function deleteTrainerBuyer(id: string): Promise<void> {
  await db.buyers.delete(id);
}

/**
 * A buyer that arrived from elsewhere (the team server): stored when this browser has none
 * under its id or an older revision. Returns whether it was stored. Merging the same record
 * twice changes nothing.
 */
export async function mergeTrainerBuyer(record: TrainerBuyerRecord): Promise<boolean> {
  return db.transaction('rw', db.buyers, async () => {
    const old = await db.buyers.get(record.id);
    if (old && old.revision >= record.revision) return false;
    await db.buyers.put(record);
    return true;
  });
}
