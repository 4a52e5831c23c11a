// The server as a process (`peilian serve`): killed mid-work and restarted, it keeps every
// person, token and message; a graceful stop too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServeProcess, type ServeProcess } from '../../bench/serve-process';
import { call, codeOf, engine, freshDb, PIN, session, turns, type TestDb } from './harness';

function serve(db: TestDb): Promise<ServeProcess> {
  return startServeProcess({ dataDir: db.dataDir, databaseUrl: db.databaseUrl });
}

let db: TestDb;
const running: ServeProcess[] = [];

beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  await db?.drop();
});

describe(`restart (${engine})`, () => {
  it('keeps people, tokens and messages across a crash and a graceful restart', { timeout: 120_000 }, async () => {
    const first = await serve(db);
    running.push(first);
    expect(first.setupUrl).toBeTruthy();
    const lead = await call(first, 'POST', '/api/join', { token: codeOf(first.setupUrl!), body: { name: '组长', pin: PIN } });
    expect(lead.status).toBe(201);
    const invite = await call(first, 'POST', '/api/invites', { token: lead.body.token, body: { role: 'trainee' } });
    const trainee = await call(first, 'POST', '/api/join', { token: invite.body.code, body: { name: '小李' } });
    const all = turns(12);
    await call(first, 'PUT', '/api/sync/sessions', { token: trainee.body.token, body: { sessions: [session('r1', { messages: all.slice(0, 6) })] } });

    // A crash: no chance to close anything.
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await serve(db);
    running.push(second);
    expect(second.setupUrl).toBeNull();
    expect((await call(second, 'GET', '/api/health')).body).toMatchObject({ ok: true, db: engine, setup: false });
    // The old token still works, the messages are all there, the outbox carries on.
    const acks = await call(second, 'PUT', '/api/sync/sessions', { token: trainee.body.token, body: { sessions: [session('r1', { from: 4, messages: all.slice(4, 12) })] } });
    expect(acks.body.acks).toEqual([{ id: 'r1', messageCount: 12, status: 'ok' }]);

    // A graceful stop (SIGTERM) exits 0 and loses nothing either.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const third = await serve(db);
    running.push(third);
    const full = await call(third, 'GET', `/api/members/${trainee.body.member.id}/sessions/r1`, { token: lead.body.token });
    expect(full.body.messages).toEqual(all);
    const team = await call(third, 'GET', '/api/team', { token: lead.body.token });
    expect(team.body.members.map((m: { member: { name: string } }) => m.member.name).sort()).toEqual(['小李', '组长'].sort());
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });
});
