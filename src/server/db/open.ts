// Opens the team server's database: the SQLite file DIR/peilian.db through libsql by default,
// PostgreSQL through pg when a DATABASE_URL is given. Both run the same migrations and are
// reached only through Kysely, so the repository above does not know which one it talks to.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import Sqlite from 'libsql';
import pg from 'pg';
import type { Database } from '@/server/db/schema';
import { migrationsFor, type Engine } from '@/server/db/migrations';
import { preparedName } from '@/server/db/precompiled';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite file (null on PostgreSQL). */
  file: string | null;
  /** PostgreSQL: the connection string (for LISTEN/NOTIFY); null on SQLite. */
  databaseUrl: string | null;
  close: () => Promise<void>;
}

export interface StoreOptions {
  /** Folder of the SQLite file; created when missing. */
  dataDir: string;
  /** postgres://…: use PostgreSQL instead of the SQLite file. Empty counts as unset. */
  databaseUrl?: string | undefined;
}

export const SQLITE_FILE = 'peilian.db';

// int8 (counts, bigint times) and numeric (averages) come back from pg as strings; every value
// of ours fits a double, and both engines must hand the repository the same types.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** What Kysely's SQLite driver uses of a statement; `reader` asked of libsql once, not per call. */
interface CachedStatement {
  readonly reader: boolean;
  all: (parameters: readonly unknown[]) => unknown[];
  run: (parameters: readonly unknown[]) => { changes: number; lastInsertRowid: number | bigint };
}

/**
 * Kysely prepares every query anew; a prepared statement per distinct SQL text is reused
 * instead (the texts are few: queries differ in parameters, not in SQL).
 */
function withStatementCache(database: Sqlite.Database, size = 500): { prepare: (sql: string) => CachedStatement; close: () => void } {
  const cache = new Map<string, CachedStatement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        const prepared = database.prepare(sql);
        statement = { reader: prepared.reader, all: (p) => prepared.all(p), run: (p) => prepared.run(p) };
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
    close: () => database.close(),
  };
}

function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(join(dataDir, SQLITE_FILE));
  const database = new Sqlite(file);
  // WAL lets a backup (VACUUM INTO from another connection) read while the server writes;
  // busy_timeout makes that other connection wait instead of failing.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) as never }) });
  return { db, engine: 'sqlite', file, databaseUrl: null, close: () => db.destroy() };
}

/**
 * A pg client that runs the precompiled queries (every request's token check, every upload's
 * read) as named prepared statements; Kysely hands pg only SQL text and values.
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length === 2 && Array.isArray(values) ? preparedName(text) : undefined;
    const query = super.query as (...a: unknown[]) => never;
    return name ? query.call(this, { name, text, values }) : query.apply(this, args);
  }
}

function openPostgres(databaseUrl: string): Store {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types: pgTypes, Client: PreparingClient });
  // An idle connection that PostgreSQL ends (a restart, an administrator, a dropped database)
  // is emitted as 'error' on the pool; unheard, it would stop the whole server. The pool drops
  // that client and opens a new one on the next query.
  pool.on('error', (error) => console.error(`db: an idle PostgreSQL connection ended: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', file: null, databaseUrl, close: () => db.destroy() };
}

export async function migrate(store: Store): Promise<number> {
  const migrations = migrationsFor(store.engine);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Object.keys(migrations).length;
}

/** Opens and migrates the database. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
