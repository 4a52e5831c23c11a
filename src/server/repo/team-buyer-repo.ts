// Trainers' buyers published to the team (issue 14): insert-only versions, numbered per
// (team, scenario id) — a concurrent publish of the same buyer loses the unique check and is
// retried with the next number. Every read takes the team id.
import type { Kysely, Selectable } from 'kysely';
import type { Database, TeamBuyerTable } from '@/server/db/schema';

export type TeamBuyerRow = Selectable<TeamBuyerTable>;

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
  return /UNIQUE|unique|23505|PRIMARY KEY/.test(text);
}

export function createTeamBuyerRepo(db: Kysely<Database>) {
  const latest = (teamId: string, scenarioId: string) =>
    db.selectFrom('team_buyers').selectAll().where('team_id', '=', teamId).where('scenario_id', '=', scenarioId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return {
    latest,
    /** Stores the next version of the buyer; resolves to the stored row. */
    async publish(row: Omit<TeamBuyerRow, 'version'>): Promise<TeamBuyerRow> {
      for (let tries = 0; ; tries++) {
        const version = ((await latest(row.team_id, row.scenario_id))?.version ?? 0) + 1;
        const full = { ...row, version };
        try {
          await db.insertInto('team_buyers').values(full).execute();
          return full;
        } catch (error) {
          if (!isUniqueViolation(error) || tries >= 5) throw error;
        }
      }
    },
    /** Every version of every buyer of the team, oldest first. */
    list(teamId: string): Promise<TeamBuyerRow[]> {
      return db.selectFrom('team_buyers').selectAll().where('team_id', '=', teamId).orderBy('scenario_id').orderBy('version').execute();
    },
    get(teamId: string, id: string): Promise<TeamBuyerRow | undefined> {
      return db.selectFrom('team_buyers').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
    },
  };
}
