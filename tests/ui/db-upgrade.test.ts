import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDb, type PeilianDb } from '@/db/db';
import type { SessionRecord } from '@/db/records';
import { endedSession } from './fixtures';

const NAME = 'peilian-upgrade-test';

/** The database exactly as version 1 of the app created it: whole sessions, turns inline. */
async function createV1(sessions: SessionRecord[]): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({ sessions: 'id, scenarioId, status, startedAt, updatedAt', phrases: 'id, createdAt', settings: 'key' });
  await v1.table('sessions').bulkPut(sessions);
  await v1.table('phrases').put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
  await v1.table('settings').put({ key: 'traineeName', value: '小王' });
  v1.close();
}

let opened: PeilianDb | null = null;

afterEach(async () => {
  opened?.close();
  opened = null;
  await Dexie.delete(NAME);
});

describe('database upgrade from version 1 to 2', () => {
  it('moves turns and snapshots out of the session records and loses nothing', async () => {
    const snapshot = { status: 'active', value: 'haggling', context: { mood: 55, lowestOffer: 149 } };
    const active = endedSession({ id: 'a', status: 'active', outcome: null, summary: undefined, snapshot } as never);
    const longTurns = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? ('agent' as const) : ('buyer' as const), text: `第${i}句`, at: i }));
    const ended = endedSession({ id: 'b', turns: longTurns });
    const empty = endedSession({ id: 'c', turns: [] });
    await createV1([active, ended, empty]);

    opened = openDb(NAME);
    await opened.open();

    // openDb opens the latest version: the v1 data went through every upgrade since.
    expect(opened.verno).toBeGreaterThanOrEqual(2);
    const rows = await opened.sessions.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.turnCount])).toEqual([['a', 2], ['b', 30], ['c', 0]]);
    expect(rows.every((r) => !('turns' in r) && !('snapshot' in r))).toBe(true);
    expect(rows[1]?.summary).toEqual(ended.summary);
    const turnsOf = async (id: string) =>
      (await opened!.messages.where('[sessionId+index]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()).map((m) => m.turn);
    expect(await turnsOf('a')).toEqual(active.turns);
    expect(await turnsOf('b')).toEqual(longTurns);
    expect(await turnsOf('c')).toEqual([]);
    expect((await opened.snapshots.get('a'))?.snapshot).toEqual(snapshot);
    expect(await opened.phrases.count()).toBe(1);
    expect((await opened.settings.get('traineeName'))?.value).toBe('小王');
  });

  it('reads an upgraded session back whole through the app, equal to the version 1 record', async () => {
    const { getSession } = await import('@/db/sessions');
    const { db } = await import('@/db/db');
    // The app's own singleton lives in its own database; upgrade that one here.
    db.close();
    await Dexie.delete(db.name);
    const v1 = new Dexie(db.name);
    v1.version(1).stores({ sessions: 'id, scenarioId, status, startedAt, updatedAt', phrases: 'id, createdAt', settings: 'key' });
    const record = endedSession({ id: 'whole', snapshot: { value: 'closing', context: { mood: 70 } } });
    await v1.table('sessions').put(record);
    v1.close();

    await db.open();

    expect(await getSession('whole')).toEqual(record);
  });
});

describe('database upgrade from version 3 to 4', () => {
  it('adds the table of trainer buyers and keeps every session, message, snapshot, phrase and setting', async () => {
    const v2 = new Dexie(NAME);
    v2.version(3).stores({
      sessions: 'id, scenarioId, status, startedAt, updatedAt, [scenarioId+startedAt], [status+startedAt], [scenarioId+summary.total]',
      messages: '[sessionId+index]',
      snapshots: 'sessionId',
      phrases: 'id, createdAt',
      settings: 'key',
      outbox: 'sessionId, pending',
      membership: 'id',
    });
    const { turns, snapshot: _snapshot, ...fields } = endedSession({ id: 'kept' });
    await v2.table('sessions').put({ ...fields, turnCount: turns.length });
    await v2.table('messages').bulkPut(turns.map((turn, index) => ({ sessionId: 'kept', index, turn })));
    await v2.table('snapshots').put({ sessionId: 'kept', snapshot: { value: 'deal' } });
    await v2.table('phrases').put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    await v2.table('settings').put({ key: 'traineeName', value: '小王' });
    v2.close();

    opened = openDb(NAME);
    await opened.open();

    expect(opened.verno).toBeGreaterThanOrEqual(4);
    expect(await opened.sessions.get('kept')).toEqual({ ...fields, turnCount: 2 });
    expect((await opened.messages.toArray()).map((m) => m.turn)).toEqual(turns);
    expect((await opened.snapshots.get('kept'))?.snapshot).toEqual({ value: 'deal' });
    expect(await opened.phrases.count()).toBe(1);
    expect((await opened.settings.get('traineeName'))?.value).toBe('小王');
    expect(await opened.buyers.count()).toBe(0);
    const buyer = { id: 'my-buyer', file: 'my-buyer.yaml', source: 'formatVersion: 1', title: '我的买家', revision: 1, createdAt: 5, updatedAt: 5 };
    await opened.buyers.put(buyer);
    expect(await opened.buyers.orderBy('updatedAt').toArray()).toEqual([buyer]);
  });
});

describe('database upgrade from version 4 to 5', () => {
  it('adds the drafts and leases tables and keeps every row, message, snapshot and outbox entry', async () => {
    const v2 = new Dexie(NAME);
    v2.version(1).stores({ sessions: 'id, scenarioId, status, startedAt, updatedAt', phrases: 'id, createdAt', settings: 'key' });
    v2.version(2).stores({
      sessions: 'id, scenarioId, status, startedAt, updatedAt, [scenarioId+startedAt], [status+startedAt], [scenarioId+summary.total]',
      messages: '[sessionId+index]',
      snapshots: 'sessionId',
    });
    v2.version(3).stores({ outbox: 'sessionId, pending', membership: 'id' });
    v2.version(4).stores({ buyers: 'id, updatedAt' });
    const record = endedSession({ id: 'v2' });
    await v2.table('sessions').put({ ...record, turns: undefined, snapshot: undefined, turnCount: 2 });
    await v2.table('messages').bulkPut(record.turns.map((turn, index) => ({ sessionId: 'v2', index, turn })));
    await v2.table('snapshots').put({ sessionId: 'v2', snapshot: { value: 'closing', context: {} } });
    await v2.table('settings').put({ key: 'traineeName', value: '小王' });
    const queued = await v2.table('outbox').toArray();
    v2.close();

    opened = openDb(NAME);
    await opened.open();

    expect(opened.verno).toBeGreaterThanOrEqual(5);
    expect(await opened.outbox.toArray()).toEqual(queued);
    expect(await opened.sessions.count()).toBe(1);
    expect((await opened.sessions.get('v2'))?.turnCount).toBe(2);
    expect((await opened.messages.toArray()).map((m) => m.turn)).toEqual(record.turns);
    expect((await opened.snapshots.get('v2'))?.snapshot).toEqual({ value: 'closing', context: {} });
    expect((await opened.settings.get('traineeName'))?.value).toBe('小王');
    expect(await opened.drafts.count()).toBe(0);
    expect(await opened.leases.count()).toBe(0);
  });
});
