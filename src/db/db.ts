// The one Dexie database of the app. Every schema change adds a version(n) with an
// upgrade() and a before/after test; never edit a published version in place.
import { Dexie, type EntityTable } from 'dexie';
import type { SessionRecord, PhraseRecord, SettingRecord } from '@/db/records';

export const DB_NAME = 'peilian';

export type PeilianDb = Dexie & {
  sessions: EntityTable<SessionRecord, 'id'>;
  phrases: EntityTable<PhraseRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export function openDb(name: string = DB_NAME): PeilianDb {
  const db = new Dexie(name) as PeilianDb;
  db.version(1).stores({
    // Indexed fields only; the turns and the buyer snapshot ride along unindexed.
    sessions: 'id, scenarioId, status, startedAt, updatedAt',
    phrases: 'id, createdAt',
    settings: 'key',
  });
  return db;
}

export const db: PeilianDb = openDb();
