// `team invite` and `team backup`: links that join, and a backup taken while the server writes.
import { existsSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ROOT, runCli } from '../cli/run-cli';
import { SQLITE_FILE } from '@/server/db/open';
import { call, codeOf, freshDb, startTest, engine, PIN, session, turns, type Joined, type TestDb, type TestServer, useTeamServer } from './harness';

let db: TestDb;
let server: TestServer;
let teamId: string;
let lead: Joined;

useTeamServer((t) => ({ db, server, teamId, lead } = t));

/** The CLI in-process, pointed at this test's database (DATABASE_URL, as an operator sets it). */
async function cli(target: TestDb, argv: string[]) {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = target.databaseUrl ?? '';
  try {
    return await runCli(argv);
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

describe(`team commands (${engine})`, () => {
  it('team invite prints a single-use link with its role, on the running server\'s database', async () => {
    for (const role of ['trainee', 'mentor', 'lead'] as const) {
      const res = await cli(db, ['team', 'invite', '--role', role, '--data', db.dataDir, '--base', server.url]);
      expect(res.code, res.err).toBe(0);
      expect(res.out).toMatch(new RegExp(`^${server.url}/#/join/[A-Za-z0-9_-]{22}$`));
      const code = codeOf(res.out);
      expect((await call(server, 'GET', '/api/join', { token: code })).body).toMatchObject({ role, team: { id: teamId } });
      const joined = await call(server, 'POST', '/api/join', { token: code, body: { name: `CLI ${role}`, pin: PIN } });
      expect(joined.status).toBe(201);
      expect(joined.body.member.role).toBe(role);
      expect((await call(server, 'POST', '/api/join', { token: code, body: { name: 'again', pin: PIN } })).status).toBe(401);
    }
  });

  it('team invite: bad usage exits 2 with a message', async () => {
    expect((await cli(db, ['team', 'invite', '--role', 'boss', '--data', db.dataDir])).code).toBe(2);
    expect((await cli(db, ['team', 'invite', '--data', db.dataDir])).code).toBe(2);
    expect((await cli(db, ['team', 'invite', '--role', 'trainee', '--base', 'not a url', '--data', db.dataDir])).code).toBe(2);
    expect((await runCli(['team', 'frobnicate'])).code).toBe(2);
  });

  it('team invite on a fresh data folder makes the team; the lead link sets the PIN', async () => {
    const fresh = await freshDb();
    try {
      const res = await cli(fresh, ['team', 'invite', '--role', 'lead', '--data', fresh.dataDir, '--base', 'http://192.168.1.20:8787', '--json']);
      expect(res.code, res.err).toBe(0);
      const printed = JSON.parse(res.out) as { url: string; role: string; team: string };
      expect(printed.url.startsWith('http://192.168.1.20:8787/#/join/')).toBe(true);
      const s = await startTest(fresh);
      try {
        expect(s.setupUrl).toBeTruthy(); // no lead has joined yet: serve prints its own link too
        const joined = await call(s, 'POST', '/api/join', { token: codeOf(printed.url), body: { name: '组长', pin: PIN } });
        expect(joined.status).toBe(201);
        expect(joined.body.team.id).toBe(printed.team);
      } finally {
        await s.close();
      }
    } finally {
      await fresh.drop();
    }
  });

  it.runIf(engine === 'sqlite')('team backup copies the SQLite file while the server writes, and the copy serves', async () => {
    const invite = await call(server, 'POST', '/api/invites', { token: lead.token, body: { role: 'trainee' } });
    const trainee = await call(server, 'POST', '/api/join', { token: invite.body.code, body: { name: '备份学员' } });
    await call(server, 'PUT', '/api/sync/sessions', { token: trainee.body.token, body: { sessions: [session('before', { messages: turns(8) })] } });
    // Writes keep landing while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      await new Promise((r) => setTimeout(r, 0));
      while (writing) {
        const res = await call(server, 'PUT', '/api/sync/sessions', { token: trainee.body.token, body: { sessions: [session(`during${written}`, { messages: turns(4) })] } });
        expect(res.status).toBe(200);
        written++;
      }
    })();
    const out = joinPath(db.dataDir, 'backup', 'peilian-backup.db');
    // Another process, as an operator would run it beside the server.
    const res = await new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'team', 'backup', '--data', db.dataDir, out, '--json'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => done({ code, out: stdout, err: stderr }));
    });
    writing = false;
    await writer;
    expect(res.code, res.err).toBe(0);
    expect(written).toBeGreaterThan(0);
    const result = JSON.parse(res.out) as { sessions: number; messages: number; teams: number };
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.messages).toBeGreaterThanOrEqual(8);
    // Never overwrites.
    const again = await cli(db, ['team', 'backup', '--data', db.dataDir, out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('不会覆盖');
    // Restoring = the backup as DIR/peilian.db: a server on it has the team and the session.
    expect(existsSync(joinPath(db.dataDir, 'backup', SQLITE_FILE))).toBe(false);
    const { renameSync } = await import('node:fs');
    renameSync(out, joinPath(db.dataDir, 'backup', SQLITE_FILE));
    const restored = await startTest({ dataDir: joinPath(db.dataDir, 'backup'), databaseUrl: undefined, drop: async () => undefined });
    try {
      const full = await call(restored, 'GET', `/api/members/${trainee.body.member.id}/sessions/before`, { token: lead.token });
      expect(full.status).toBe(200);
      expect(full.body.messages).toEqual(turns(8));
    } finally {
      await restored.close();
    }
  });

  it.runIf(engine === 'postgres')('team backup refuses on PostgreSQL and points to pg_dump', async () => {
    const res = await cli(db, ['team', 'backup', '--data', db.dataDir, joinPath(db.dataDir, 'x.db')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('pg_dump');
  });
});
