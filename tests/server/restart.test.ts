// The server as a process (`peilian serve`): killed mid-work and restarted, it keeps every
// person, token and message; a graceful stop too.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, codeOf, engine, freshDb, PIN, session, turns, type TestDb } from './harness';

const root = resolve(import.meta.dirname, '../..');

interface Proc {
  child: ChildProcess;
  url: string;
  setupUrl: string | null;
  exited: Promise<number | null>;
}

function serve(db: TestDb): Promise<Proc> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.databaseUrl ?? '' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', db.dataDir, '--dist', resolve(db.dataDir, 'no-dist')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      // The setup link, when there is one, is printed right after the address lines.
      if (url && out.includes('其他电脑用这个地址加入') && out.endsWith('\n')) {
        const setupUrl = /^(http:\/\/\S+#\/join\/\S+)$/m.exec(out)?.[1] ?? null;
        if (setupUrl || !out.includes('首次启动')) resolvePromise({ child, url, setupUrl, exited });
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${out}\n${err}`)));
  });
}

let db: TestDb;
const running: Proc[] = [];

beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
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
