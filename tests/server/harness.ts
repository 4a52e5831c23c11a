// The team server under test: a real SQLite file in a temp folder, or a fresh PostgreSQL
// database (created and dropped here) when DATABASE_URL is set, as .ci/run does for the PG run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parse } from 'yaml';
import WebSocket from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '@/server/start';
import { ServerEventSchema, WS_PROTOCOL, type JoinResponse, type Role, type ServerEvent, type SyncSession, type SyncTurn } from '@/server/api-contract';

export const engine: 'sqlite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

export interface TestDb {
  dataDir: string;
  databaseUrl: string | undefined;
  drop: () => Promise<void>;
}

/** A fresh, empty database for one test file. */
export async function freshDb(): Promise<TestDb> {
  const dataDir = mkdtempSync(joinPath(tmpdir(), 'peilian-server-'));
  const admin = process.env.DATABASE_URL;
  if (!admin) return { dataDir, databaseUrl: undefined, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `peilian_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestServer extends RunningServer {
  logs: string[];
}

export async function startTest(db: TestDb, options: Pick<ServerOptions, 'clock' | 'examSweepMs'> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: null, log: (l) => logs.push(l), ...options });
  return Object.assign(server, { logs });
}

export interface TeamFixture {
  db: TestDb;
  server: TestServer;
  teamId: string;
  lead: Joined;
}

/**
 * The setup most server test files share, as this file's beforeAll/afterAll: a fresh database,
 * a started server, its first team joined by the lead. `ready` hands them to the file's own
 * variables (e.g. `(t) => ({ db, server, teamId, lead } = t)`) before the file's later hooks.
 */
export function useTeamServer(ready: (fixture: TeamFixture) => void, options: Pick<ServerOptions, 'clock' | 'examSweepMs'> = {}): void {
  let db: TestDb | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    db = await freshDb();
    server = await startTest(db, options);
    const { teamId, lead } = await setupTeam(server);
    ready({ db, server, teamId, lead });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely; the contract tests parse them with the schemas
export async function call<T = any>(server: { url: string }, method: string, path: string, options: { token?: string | undefined; body?: unknown; raw?: string } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // CSV and HTML stay text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const PIN = '246810';

/** The code of a join link. */
export function codeOf(url: string): string {
  return decodeURIComponent(url.split('#/join/')[1]!);
}

export interface Joined extends JoinResponse {
  token: string;
}

/** Joins through the API with an invite made by the repository (as the CLI does). */
export async function join(server: TestServer, teamId: string, role: Role, name: string, extra: { memberId?: string } = {}): Promise<Joined> {
  const { code } = await server.repo.people.createInvite(teamId, role, { memberId: extra.memberId ?? null });
  const res = await call<JoinResponse>(server, 'POST', '/api/join', { token: code, body: { name, pin: PIN } });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The first team of a fresh server, joined by its lead through the printed setup link. */
export async function setupTeam(server: TestServer): Promise<{ teamId: string; lead: Joined }> {
  if (!server.setupUrl) throw new Error('no setup link');
  const res = await call<JoinResponse>(server, 'POST', '/api/join', { token: codeOf(server.setupUrl), body: { name: '组长', pin: PIN } });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { teamId: res.body.team.id, lead: res.body };
}

export async function otherTeam(server: TestServer, name = '另一家店'): Promise<{ teamId: string; lead: Joined }> {
  const team = await server.repo.people.createTeam(name);
  return { teamId: team.id, lead: await join(server, team.id, 'lead', `${name}组长`) };
}

export function turns(n: number, start = 0, tag = ''): SyncTurn[] {
  return Array.from({ length: n }, (_, i) => ({
    role: (start + i) % 2 === 0 ? 'buyer' : 'agent',
    text: `${tag}第${start + i}句`,
    at: 1_700_000_000_000 + (start + i) * 1000,
  }));
}

export function session(id: string, over: Partial<SyncSession> = {}): SyncSession {
  return {
    id,
    scenarioId: 'price-haggle',
    scenarioTitle: '砍价的买家',
    variant: 'default',
    seed: 7,
    startedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    status: 'active',
    outcome: null,
    from: 0,
    messages: [],
    ...over,
  };
}

export function ended(id: string, total: number, violations: Array<{ rule: string; turn: number; points: number }>, over: Partial<SyncSession> = {}): SyncSession {
  return session(id, {
    status: 'ended',
    outcome: total >= 60 ? 'sale' : 'no-sale',
    updatedAt: 1_700_000_100_000,
    scores: { tone: total, compliance: total, conversion: total, total, passed: total >= 60, pointsDeducted: violations.reduce((s, v) => s + v.points, 0) },
    violations,
    ...over,
  });
}

export interface Listener {
  socket: WebSocket;
  events: ServerEvent[];
  /** Resolves with the first event (after `hello`) that matches. */
  next: (match: (e: ServerEvent) => boolean) => Promise<ServerEvent>;
  closed: Promise<number>;
}

/** A WebSocket on the server's /api/ws with `token`, resolved once `hello` came; every event is kept. */
export function listenWs(server: { url: string }, token: string): Promise<Listener> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/ws`, [WS_PROTOCOL, `bearer.${token}`]);
  const events: ServerEvent[] = [];
  const waiters: Array<{ match: (e: ServerEvent) => boolean; done: (e: ServerEvent) => void }> = [];
  const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('message', (data) => {
      const event = ServerEventSchema.parse(JSON.parse(String(data)));
      events.push(event);
      if (event.type === 'hello') {
        resolve({
          socket,
          events,
          closed,
          next: (match) =>
            new Promise((done) => {
              const seen = events.find((e) => e.type !== 'hello' && match(e));
              if (seen) done(seen);
              else waiters.push({ match, done });
            }),
        });
      }
      for (const w of [...waiters]) {
        if (!w.match(event)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.done(event);
      }
    });
  });
}

/** Every Chinese string of a built-in scenario outside its shop facts (title, summary, tags, coaching, lines): what a trainee must never receive unless spoken. */
export function scenarioSecrets(file: string): string[] {
  const doc = parse(readFileSync(joinPath(import.meta.dirname, '../../scenarios', file), 'utf8')) as Record<string, unknown>;
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const [key, value] of Object.entries(doc)) if (key !== 'shop') walk(value);
  // Chinese text only: ids (states, topics) are English words the contract's own keys share.
  return [...new Set(out)].filter((s) => s.length >= 6 && /[\u4e00-\u9fff]/.test(s));
}
