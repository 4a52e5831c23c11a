// The outbox against a real team server over HTTP on 127.0.0.1: finished and unfinished
// sessions arrive once each, a stopped server or a lost answer loses and doubles nothing,
// and a trainee's second machine gets the same history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { saveProgress, saveSession, getSession } from '@/db/sessions';
import { countByState, outboxEntry } from '@/db/outbox';
import { getMembership } from '@/db/membership';
import { PENDING, SYNCED } from '@/db/team-records';
import { InviteCreatedSchema, SessionFullSchema, SessionListSchema, SyncUploadResponseSchema } from '@/server/api-contract';
import { request, requestEmpty, ServerRefused, ServerUnreachable, type Connection } from '@/app/team/api-client';
import { joinTeam } from '@/app/team/join-team';
import { drainOutbox } from '@/app/team/outbox-sync';
import { downloadHistory } from '@/app/team/download-history';
import { uploadOf } from '@/app/team/upload-session';
import type { SessionRecord } from '@/db/records';
import { endedSession } from './fixtures';
import { startTeam, type TestTeam } from './team-server';

let team: TestTeam;
let trainee: Connection;
let traineeId: string;

beforeEach(async () => {
  team = await startTeam();
  const joined = await joinTeam(team.base, await team.invite('trainee'), { name: '小李', deviceLabel: '测试' });
  trainee = { base: team.base, bearer: joined.token };
  traineeId = joined.member.id;
});

afterEach(async () => {
  await team.dispose();
});

const asLead = () => ({ base: team.base, bearer: team.lead.token });

async function serverSessions() {
  return (await request(asLead(), 'GET', `/api/members/${traineeId}/sessions?limit=500`, SessionListSchema)).sessions;
}

async function serverSession(id: string) {
  return request(asLead(), 'GET', `/api/members/${traineeId}/sessions/${id}`, SessionFullSchema);
}

function turns(n: number, from = 0): SessionRecord['turns'] {
  return Array.from({ length: n }, (_, i) => ({
    role: (from + i) % 2 ? ('agent' as const) : ('buyer' as const),
    text: `第${from + i}句，亲~`,
    at: 1_700_000_000_000 + (from + i) * 1000,
  }));
}

function activeSession(id: string, count: number): SessionRecord {
  const { summary: _none, ...rest } = endedSession({ id });
  return { ...rest, status: 'active', outcome: null, turns: turns(count), snapshot: { value: 'haggling', context: { mood: 50 } } };
}

describe('the outbox against a real team server', () => {
  it('sends finished and unfinished sessions, every message once, and empties the queue', async () => {
    await saveSession(endedSession({ id: 'done-1' }));
    await saveSession(activeSession('open-1', 3));

    await drainOutbox(trainee);

    expect(await countByState()).toEqual({ pending: 0, rejected: 0 });
    const held = await serverSessions();
    expect(held.map((s) => [s.id, s.status, s.messageCount]).sort()).toEqual([
      ['done-1', 'ended', 2],
      ['open-1', 'active', 3],
    ]);
    const done = held.find((s) => s.id === 'done-1');
    expect(done?.scores?.total).toBe(84);
    expect(done?.outcome).toBe('sale');
    expect((await serverSession('open-1')).snapshot).toEqual({ value: 'haggling', context: { mood: 50 } });
  });

  it('sends only the new messages of a chat in progress, then its end', async () => {
    const chat = activeSession('chat', 2);
    await saveSession(chat);
    await drainOutbox(trainee);
    expect((await outboxEntry('chat'))?.acked).toBe(2);

    const longer = { ...chat, turns: [...chat.turns, ...turns(2, 2)], updatedAt: chat.updatedAt + 1 };
    await saveProgress(longer, 2);
    expect((await outboxEntry('chat'))?.pending).toBe(PENDING);
    expect(uploadOf(longer, 2, 1e6).messages.map((m) => m.text)).toEqual(['第2句，亲~', '第3句，亲~']);
    await drainOutbox(trainee);

    const ended: SessionRecord = {
      ...longer,
      updatedAt: longer.updatedAt + 1,
      status: 'ended',
      outcome: 'no-sale',
      summary: { tone: 50, compliance: 100, conversion: 0, total: 55, passed: false, pointsDeducted: 0 },
    };
    await saveProgress(ended, 4);
    await drainOutbox(trainee);

    const held = await serverSession('chat');
    expect(held.messages.map((m) => m.text)).toEqual(longer.turns.map((t) => t.text));
    expect([held.status, held.outcome, held.scores?.total]).toEqual(['ended', 'no-sale', 55]);
    expect(await outboxEntry('chat')).toMatchObject({ pending: SYNCED, acked: 4 });
  });

  it('queues while the server is stopped and catches up after its restart, losing nothing', async () => {
    const chat = activeSession('offline-chat', 2);
    await saveSession(chat);
    await drainOutbox(trainee);
    await team.stop();

    const more = { ...chat, turns: [...chat.turns, ...turns(4, 2)], updatedAt: chat.updatedAt + 5 };
    await saveProgress(more, 2);
    await saveSession(endedSession({ id: 'offline-done' }));
    await expect(drainOutbox(trainee)).rejects.toBeInstanceOf(ServerUnreachable);
    expect((await countByState()).pending).toBe(2);

    await team.restart();
    await drainOutbox(trainee);

    expect(await countByState()).toEqual({ pending: 0, rejected: 0 });
    expect((await serverSession('offline-chat')).messages.map((m) => m.text)).toEqual(more.turns.map((t) => t.text));
    expect((await serverSessions()).map((s) => s.id).sort()).toEqual(['offline-chat', 'offline-done']);
  });

  it('resends an upload whose answer was lost without doubling a message', async () => {
    const record = activeSession('lost-answer', 6);
    await saveSession(record);
    // The upload reaches the server but its answer never comes back: the outbox still says 0.
    await request(trainee, 'PUT', '/api/sync/sessions', SyncUploadResponseSchema, { sessions: [uploadOf(record, 0, 1e6)] });
    expect((await outboxEntry('lost-answer'))?.acked).toBe(0);

    await drainOutbox(trainee);

    const held = await serverSession('lost-answer');
    expect(held.messages).toHaveLength(6);
    expect(held.messages.map((m) => m.text)).toEqual(record.turns.map((t) => t.text));
    expect((await outboxEntry('lost-answer'))?.pending).toBe(SYNCED);
  });

  it('starts again from what the server holds when the outbox believed it held more', async () => {
    const record = activeSession('gap', 5);
    await saveSession(record);
    // As after joining a server that lost its data: the local ack says 3, the server holds none.
    await db.outbox.update('gap', { acked: 3 });

    await drainOutbox(trainee);

    expect((await serverSession('gap')).messages.map((m) => m.text)).toEqual(record.turns.map((t) => t.text));
  });

  it('splits a conversation longer than one upload allows over several uploads, ending it with the last', async () => {
    const record: SessionRecord = { ...activeSession('long', 1203), status: 'ended', outcome: 'sale', summary: endedSession().summary! };
    await saveSession(record);

    const { uploads } = await drainOutbox(trainee);

    expect(uploads).toBeGreaterThanOrEqual(3);
    const held = await serverSession('long');
    expect(held.messages).toHaveLength(1203);
    expect(held.messages[1202]?.text).toBe('第1202句，亲~');
    expect([held.status, held.outcome, held.scores?.total]).toEqual(['ended', 'sale', 84]);
  });

  it('stops with a 401 once the lead revokes the device', async () => {
    await requestEmpty(asLead(), 'POST', `/api/devices/${(await getMembership())!.deviceId}/revoke`);
    await saveSession(endedSession({ id: 'after-revoke' }));

    const failure = await drainOutbox(trainee).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ServerRefused);
    expect((failure as ServerRefused).status).toBe(401);
    expect((await countByState()).pending).toBe(1);
  });
});

describe("a trainee's second machine", () => {
  it('downloads the same history, merged with what is already there, without duplicates', async () => {
    const first = [endedSession({ id: 'h-1' }), endedSession({ id: 'h-2', startedAt: 5, updatedAt: 6 }), activeSession('h-3', 4)];
    for (const r of first) await saveSession(r);
    await drainOutbox(trainee);
    const made = await request(trainee, 'POST', '/api/invites', InviteCreatedSchema, { role: 'trainee', memberId: traineeId });

    // The second machine: an empty browser with one session of its own, then the self-invite.
    await Promise.all(db.tables.map((t) => t.clear()));
    await saveSession(endedSession({ id: 'local-only', trainee: '' }));
    const second = await joinTeam(team.base, made.code, { deviceLabel: '第二台' });
    expect(second.member.id).toBe(traineeId);
    const conn = { base: team.base, bearer: second.token };

    expect(await downloadHistory(conn)).toBe(3);
    expect(await downloadHistory(conn)).toBe(0);

    const ids = (await db.sessions.orderBy('id').primaryKeys()).sort();
    expect(ids).toEqual(['h-1', 'h-2', 'h-3', 'local-only']);
    const h3 = await getSession('h-3');
    expect(h3?.turns.map((t) => t.text)).toEqual(first[2]!.turns.map((t) => t.text));
    expect(h3?.trainee).toBe('小李');
    expect((await outboxEntry('h-1'))?.pending).toBe(SYNCED);
    // The local session still goes up; the downloaded ones do not go back.
    expect((await countByState()).pending).toBe(1);
    await drainOutbox(conn);
    expect((await serverSessions()).map((s) => s.id).sort()).toEqual(['h-1', 'h-2', 'h-3', 'local-only']);
    expect((await serverSession('h-1')).messages).toHaveLength(2);
  });
});
