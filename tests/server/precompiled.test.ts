// A query compiled once and run with fresh values answers as the same query built each time, on
// SQLite and on PostgreSQL (DATABASE_URL): the arguments land in Kysely's own parameter slots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@/server/db/open';
import { sql } from 'kysely';
import { precompiled, preparedName } from '@/server/db/precompiled';
import { engine, freshDb, type TestDb } from './harness';

let store: Store;
let db: TestDb;

beforeAll(async () => {
  db = await freshDb();
  store = await openStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl });
  await store.db.insertInto('teams').values([
    { id: 'team-a', name: '甲店', pin_hash: null, created_at: 1 },
    { id: 'team-b', name: '乙店', pin_hash: null, created_at: 2 },
  ]).execute();
});

afterAll(async () => {
  await store.close();
  await db.drop();
});

describe(`precompiled queries (${engine})`, () => {
  it('put each argument where Kysely put the value, beside the constants the query holds', async () => {
    const q = precompiled(2, (id: string, name: string) =>
      store.db.selectFrom('teams').select(['id', 'name']).where('id', '=', id).where('name', '=', name).where('created_at', '>', 0),
    );
    expect((await store.db.executeQuery(q('team-a', '甲店'))).rows).toEqual([{ id: 'team-a', name: '甲店' }]);
    expect((await store.db.executeQuery(q('team-b', '乙店'))).rows).toEqual([{ id: 'team-b', name: '乙店' }]);
    expect((await store.db.executeQuery(q('team-a', '乙店'))).rows).toEqual([]);
  });

  it('refuses a build whose argument never becomes a parameter', () => {
    const q = precompiled(1, (_unused: string) => store.db.selectFrom('teams').select('id'));
    expect(() => q('team-a')).toThrow(/not a parameter/);
  });

  it.runIf(engine === 'postgres')('run on PostgreSQL as a statement the connection prepared once, under its own name', async () => {
    const q = precompiled(1, (id: string) => store.db.selectFrom('teams').select('name').where('id', '=', id));
    const names = await store.db.connection().execute(async (conn) => {
      expect((await conn.executeQuery(q('team-a'))).rows).toEqual([{ name: '甲店' }]);
      expect((await conn.executeQuery(q('team-b'))).rows).toEqual([{ name: '乙店' }]);
      return (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(conn)).rows.map((r) => r.name);
    });
    const name = preparedName(q('team-a').sql);
    expect(name).toMatch(/^peilian_/);
    expect(names).toContain(name);
  });

  it.runIf(engine === 'postgres')('a plain query text seen twice runs as a prepared statement from then on, with the same answers', async () => {
    const names = await store.db.connection().execute(async (conn) => {
      const q = (id: string) => conn.selectFrom('teams').select(['id', 'name']).where('id', '=', id).where('created_at', '<', 99);
      expect(await q('team-a').execute()).toEqual([{ id: 'team-a', name: '甲店' }]);
      expect(await q('team-b').execute()).toEqual([{ id: 'team-b', name: '乙店' }]);
      expect(await q('team-c').execute()).toEqual([]);
      expect(await q('team-a').execute()).toEqual([{ id: 'team-a', name: '甲店' }]);
      return (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(conn)).rows;
    });
    const text = store.db.selectFrom('teams').select(['id', 'name']).where('id', '=', 'x').where('created_at', '<', 99).compile().sql;
    expect(names.find((r) => r.statement === text)?.name).toBe(preparedName(text));
  });
});

