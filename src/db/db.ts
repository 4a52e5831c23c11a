// The one Dexie database of the app. Every schema change adds a version(n) with an
// upgrade() and a before/after test; never edit a published version in place.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { DraftRecord, LeaseRecord, MessageRecord, PhraseRecord, SessionRecord, SessionRow, SettingRecord, SnapshotRecord, TeamPhrasesRecord, TrainerBuyerRecord } from '@/db/records';
import { messagesOf, rowOf } from '@/db/records';
import type { MembershipRecord, OutboxRecord } from '@/db/team-records';
import { queueAll } from '@/db/team-records';

export const DB_NAME = 'peilian';

export type PeilianDb = Dexie & {
  sessions: EntityTable<SessionRow, 'id'>;
  messages: Dexie.Table<MessageRecord, [string, number]>;
  snapshots: EntityTable<SnapshotRecord, 'sessionId'>;
  phrases: EntityTable<PhraseRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  outbox: EntityTable<OutboxRecord, 'sessionId'>;
  membership: EntityTable<MembershipRecord, 'id'>;
  buyers: EntityTable<TrainerBuyerRecord, 'id'>;
  drafts: EntityTable<DraftRecord, 'sessionId'>;
  leases: EntityTable<LeaseRecord, 'sessionId'>;
  teamPhrases: EntityTable<TeamPhrasesRecord, 'id'>;
};

/** Sessions moved per step of the v1 → v2 upgrade: bounds memory for a large old database. */
const UPGRADE_BATCH = 200;

/** Version 1 kept every turn and the snapshot inside the session record; split them out. */
async function splitSessions(tx: Transaction): Promise<void> {
  const sessions = tx.table<SessionRecord | SessionRow, string>('sessions');
  const ids = await sessions.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const batch = (await sessions.bulkGet(ids.slice(i, i + UPGRADE_BATCH))) as (SessionRecord | undefined)[];
    const old = batch.filter((s): s is SessionRecord => s !== undefined).map((s) => ({ ...s, turns: s.turns ?? [] }));
    await tx.table<MessageRecord>('messages').bulkPut(old.flatMap((s) => messagesOf(s)));
    await tx.table<SnapshotRecord>('snapshots').bulkPut(old.map((s) => ({ sessionId: s.id, snapshot: s.snapshot ?? null })));
    await sessions.bulkPut(old.map(rowOf));
  }
}

export function openDb(name: string = DB_NAME): PeilianDb {
  const db = new Dexie(name) as PeilianDb;
  db.version(1).stores({
    // Indexed fields only; the turns and the buyer snapshot ride along unindexed.
    sessions: 'id, scenarioId, status, startedAt, updatedAt',
    phrases: 'id, createdAt',
    settings: 'key',
  });
  db.version(2)
    .stores({
      // Light rows; [scenarioId+startedAt] and [status+startedAt] serve history pages and the chart,
      // [scenarioId+summary.total] the best score per buyer (only graded rows have the key).
      sessions: 'id, scenarioId, status, startedAt, updatedAt, [scenarioId+startedAt], [status+startedAt], [scenarioId+summary.total]',
      messages: '[sessionId+index]',
      snapshots: 'sessionId',
    })
    .upgrade(splitSessions);
  db.version(3)
    .stores({
      // What a team server has not yet acknowledged, one row per session ([pending] counts
      // the top bar's 待同步 N 条), and the joined team with this device's token: its own
      // table, not settings, because settings go into backup files and the token must not.
      outbox: 'sessionId, pending',
      membership: 'id',
    })
    .upgrade((tx) => queueAll(tx));
  // The trainer's own buyers (the studio). A new table only: nothing stored before has to
  // change, so there is no upgrade() to run; the before/after test shows that all survives.
  db.version(4).stores({ buyers: 'id, updatedAt' });
  // Two new, empty tables and no record moved, so no upgrade() (the before/after test checks
  // that nothing of version 4 is lost): the reply box's drafts (a browser kill loses what
  // localStorage had not flushed yet) and the one writer of each chat (chat-lease.ts).
  db.version(5).stores({ drafts: 'sessionId', leases: 'sessionId' });
  // The 话术库 in groups (售前/售中/售后/主动营销) over a base library: phrases gain a category and
  // may name the base phrase they edit or hide. The flat phrases of before keep their text and
  // id under 我的常用; the team's library, once pulled, gets a table of its own (not in backups).
  db.version(6)
    .stores({ phrases: 'id, createdAt, category, baseId', teamPhrases: 'id' })
    .upgrade((tx) =>
      tx
        .table<PhraseRecord, string>('phrases')
        .toCollection()
        .modify((p) => {
          p.category ??= 'mine';
        }),
    );
  return db;
}

export const db: PeilianDb = openDb();
