import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDb, type PeilianDb } from '@/db/db';
import { messagesOf, rowOf, type SessionRecord } from '@/db/records';
import { PENDING } from '@/db/team-records';
import { endedSession } from './fixtures';

const NAME = 'peilian-upgrade-outbox-test';

/** The database exactly as version 2 of the app left it: rows, messages, snapshots; no outbox. */
async function createV2(sessions: SessionRecord[]): Promise<void> {
  const v2 = new Dexie(NAME);
  v2.version(1).stores({ sessions: 'id, scenarioId, status, startedAt, updatedAt', phrases: 'id, createdAt', settings: 'key' });
  v2.version(2).stores({
    sessions: 'id, scenarioId, status, startedAt, updatedAt, [scenarioId+startedAt], [status+startedAt], [scenarioId+summary.total]',
    messages: '[sessionId+index]',
    snapshots: 'sessionId',
  });
  await v2.table('sessions').bulkPut(sessions.map(rowOf));
  await v2.table('messages').bulkPut(sessions.flatMap((s) => messagesOf(s)));
  await v2.table('snapshots').bulkPut(sessions.map((s) => ({ sessionId: s.id, snapshot: s.snapshot })));
  await v2.table('settings').put({ key: 'traineeName', value: '小王' });
  v2.close();
}

let opened: PeilianDb | null = null;

afterEach(async () => {
  opened?.close();
  opened = null;
  await Dexie.delete(NAME);
});

describe('database upgrade from version 2 to 3 (team outbox)', () => {
  it('queues every stored session for a future team server and changes nothing else', async () => {
    const sessions = Array.from({ length: 1203 }, (_, i) =>
      endedSession({ id: `s-${String(i).padStart(4, '0')}`, startedAt: i, updatedAt: i + 1 }),
    );
    await createV2(sessions);

    opened = openDb(NAME);
    await opened.open();

    expect(opened.verno).toBeGreaterThanOrEqual(3);
    const outbox = await opened.outbox.orderBy('sessionId').toArray();
    expect(outbox).toHaveLength(1203);
    expect(outbox.map((e) => e.sessionId)).toEqual(sessions.map((s) => s.id));
    expect(outbox.every((e) => e.pending === PENDING && e.acked === 0 && e.sentUpdatedAt === 0)).toBe(true);
    expect(await opened.outbox.where('pending').equals(PENDING).count()).toBe(1203);
    expect(await opened.sessions.count()).toBe(1203);
    expect(await opened.messages.count()).toBe(1203 * 2);
    expect((await opened.sessions.get('s-0007'))?.summary).toEqual(sessions[7]?.summary);
    expect(await opened.membership.count()).toBe(0);
    expect((await opened.settings.get('traineeName'))?.value).toBe('小王');
  });

  it('opens an empty version 2 database with an empty outbox', async () => {
    await createV2([]);

    opened = openDb(NAME);
    await opened.open();

    expect(opened.verno).toBeGreaterThanOrEqual(3);
    expect(await opened.outbox.count()).toBe(0);
  });
});
