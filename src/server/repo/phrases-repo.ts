// The team's 话术库: one row per team, replaced whole. Every read and write takes the team id,
// so one team never sees or touches another's library.
import type { Kysely } from 'kysely';
import type { Database } from '@/server/db/schema';
import type { TeamPhrase } from '@/server/practice-contract';

export interface StoredLibrary {
  phrases: TeamPhrase[];
  version: number;
  updatedAt: number;
  updatedBy: string;
}

export function createPhrasesRepo(db: Kysely<Database>) {
  return {
    async get(teamId: string): Promise<StoredLibrary | null> {
      const row = await db.selectFrom('team_phrases').selectAll().where('team_id', '=', teamId).executeTakeFirst();
      const phrases = row ? (JSON.parse(row.body) as TeamPhrase[] | null) : null;
      if (!row || !phrases) return null;
      return { phrases, version: Number(row.version), updatedAt: Number(row.updated_at), updatedBy: row.updated_by };
    },

    /** Replaces the library in one transaction; the version counts every replacement (and a reset). */
    async put(teamId: string, phrases: readonly TeamPhrase[], by: string, now: number): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('team_phrases').select('version').where('team_id', '=', teamId).executeTakeFirst();
        const version = (row ? Number(row.version) : 0) + 1;
        const values = { body: JSON.stringify(phrases), version, updated_by: by, updated_at: now };
        if (row) await trx.updateTable('team_phrases').set(values).where('team_id', '=', teamId).execute();
        else await trx.insertInto('team_phrases').values({ team_id: teamId, ...values }).execute();
        return version;
      });
    },

    /**
     * Back to the starter library: the row stays with no phrases (body null) and the next
     * version, so a later library still counts on and browsers can tell it is new.
     */
    async remove(teamId: string, by: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('team_phrases')
        .set((eb) => ({ body: 'null', version: eb('version', '+', 1), updated_by: by, updated_at: now }))
        .where('team_id', '=', teamId)
        .where('body', '!=', 'null')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type PhrasesRepo = ReturnType<typeof createPhrasesRepo>;
