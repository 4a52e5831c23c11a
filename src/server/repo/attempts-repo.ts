// Rate limiting of join and PIN attempts, kept in the database so that a restart or a second
// server does not reset it.
import type { Kysely } from 'kysely';
import type { Database } from '@/server/db/schema';

export interface Limit {
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
}

export function createAttemptsRepo(db: Kysely<Database>) {
  return {
    /** Seconds to wait before another attempt under this key, or 0 when one is allowed now. */
    async waitSeconds(key: string, limit: Limit, now = Date.now()): Promise<number> {
      const rows = await db
        .selectFrom('attempts')
        .select('at')
        .where('key', '=', key)
        .where('at', '>', now - limit.windowMs)
        .orderBy('at', 'desc')
        .limit(limit.max)
        .execute();
      if (rows.length < limit.max) return 0;
      const oldest = rows[rows.length - 1]!.at;
      return Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000));
    },

    async record(key: string, now = Date.now()): Promise<void> {
      await db.insertInto('attempts').values({ key, at: now }).execute();
    },

    /** Forgets attempts older than a day (called now and then, not on every request). */
    async prune(now = Date.now()): Promise<void> {
      await db.deleteFrom('attempts').where('at', '<', now - 86_400_000).execute();
    },
  };
}

export type AttemptsRepo = ReturnType<typeof createAttemptsRepo>;
