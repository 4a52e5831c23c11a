// The room bus: events published at once reach every listener in publish order, carried in
// NOTIFY payloads of several events each, each under PostgreSQL's 8000-byte limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesOf, payloadsOf, postgresBus, type RoomMessage } from '@/server/ws/bus';
import { engine, freshDb, type TestDb } from './harness';

const message = (i: number, text = ''): RoomMessage => ({
  rooms: [`member:m${i}`],
  event: { type: 'session', memberId: `m${i}`, sessionId: `s${i}${text}`, status: 'active', messageCount: i, updatedAt: i },
});

describe('room bus payloads', () => {
  it('carry every message once, in order, each payload under the limit', () => {
    const messages = Array.from({ length: 300 }, (_, i) => message(i, '会话'.repeat(i % 7)));

    const payloads = payloadsOf(messages);

    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p, 'utf8')).toBeLessThan(8000);
    expect(payloads.flatMap(messagesOf)).toEqual(messages);
  });

  it('read a payload of one message alone (sent by a server of the previous version)', () => {
    expect(messagesOf(JSON.stringify(message(1)))).toEqual([message(1)]);
  });
});

let db: TestDb;
beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db.drop();
});

describe.runIf(engine === 'postgres')('room bus on PostgreSQL', () => {
  it('delivers 200 events published at once, in publish order, each publish settling once sent', async () => {
    const bus = postgresBus(db.databaseUrl!, () => undefined);
    const heard: RoomMessage[] = [];
    await bus.start((m) => heard.push(m));
    try {
      const sent = Array.from({ length: 200 }, (_, i) => message(i));

      await Promise.all(sent.map((m) => bus.publish(m)));

      await expect.poll(() => heard.length).toBe(200);
      expect(heard).toEqual(sent);
    } finally {
      await bus.close();
    }
  });
});
