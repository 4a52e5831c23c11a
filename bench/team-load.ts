// Team server under load, on loopback, bounded: 200 simulated trainees join and sync their
// practice (5 sessions of 20 messages each, sent as the outbox does in uploads of 4 messages,
// every third upload sent twice as after a dropped response, the last one ending the session
// with its report) while a lead's dashboard is queried in a loop (team, rules, trends, one
// trainee's sessions). The server runs as its own process (`peilian serve`); once the trainees
// are done every history is downloaded and compared message by message: lost and duplicated
// messages must both be 0. Runs on SQLite (a temp folder) and on PostgreSQL (DATABASE_URL, or a
// throwaway cluster from scripts/pg-throwaway.sh with fsync on).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { JoinResponse, SessionFull, SyncSession, SyncTurn } from '@/server/api-contract';
import { atMost, percentile, round, type Figure } from './figure';
import { startServeProcess } from './serve-process';

const TRAINEES = 200;
const SESSIONS = 5;
const MESSAGES = 20;
const CHUNK = 4;
/** The whole run stops by itself after this, whatever is left. */
const DEADLINE_MS = 240_000;
const P99_BUDGET_MS = 1000;

const root = resolve(import.meta.dirname, '..');

interface Timing {
  sync: number[];
  dashboard: number[];
  requests: number;
  /** Requests sent again after a network error (the socket closed under them), as an outbox would. */
  retried?: number;
  /** PEILIAN_BENCH_TRACE=file: every timed request's start (ms since the first), route and time, written there (where the tail is). */
  trace?: Array<{ at: number; kind: string; route: string; ms: number }>;
}

const traceFile = process.env.PEILIAN_BENCH_TRACE;
let traceStart = 0;

async function request<T>(timing: Timing, kind: 'sync' | 'dashboard' | null, url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const t0 = performance.now();
  let res: Response | null = null;
  for (let attempt = 0; !res; attempt++) {
    try {
      res = await fetch(url, { ...init, headers });
    } catch (error) {
      // Only a network error is retried (every request here is idempotent); an HTTP error fails the run.
      if (attempt >= 3) throw error;
      timing.retried = (timing.retried ?? 0) + 1;
    }
  }
  const text = await res.text();
  const ms = performance.now() - t0;
  timing.requests++;
  if (kind) timing[kind].push(ms);
  if (kind && timing.trace) timing.trace.push({ at: t0 - traceStart, kind, route: `${init.method ?? 'GET'} ${new URL(url).pathname.replace(/\/members\/[^/]+/, '/members/:id')}`, ms });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url.replace(/\?.*/, '')} → ${res.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : null) as T;
}

const textOf = (trainee: number, s: number, i: number) => `学员${trainee}·会话${s}·第${i}句`;

function messagesOf(trainee: number, s: number): SyncTurn[] {
  return Array.from({ length: MESSAGES }, (_, i) => ({ role: i % 2 ? 'agent' : 'buyer', text: textOf(trainee, s, i), at: 1_764_000_000_000 + i * 5000 }));
}

async function trainee(base: string, token: string, n: number, timing: Timing, stopAt: number) {
  let uploads = 0;
  for (let s = 0; s < SESSIONS; s++) {
    const all = messagesOf(n, s);
    const startedAt = 1_764_000_000_000 + (n * SESSIONS + s) * 60_000;
    for (let from = 0; from < MESSAGES; from += CHUNK) {
      if (Date.now() > stopAt) throw new Error('deadline reached');
      const last = from + CHUNK >= MESSAGES;
      const session: SyncSession = {
        id: `t${n}-s${s}`,
        scenarioId: 'price-haggle',
        scenarioTitle: '砍价的买家',
        variant: 'default',
        seed: s,
        startedAt,
        updatedAt: startedAt + from * 5000,
        status: last ? 'ended' : 'active',
        outcome: last ? 'sale' : null,
        from,
        messages: all.slice(from, from + CHUNK),
        ...(last
          ? {
              scores: { tone: 80, compliance: 70, conversion: 60, total: 70 + (n % 30), passed: n % 3 !== 0, pointsDeducted: 6 },
              violations: [{ rule: ['invoice-refuse', 'cold-tone', 'order-close'][n % 3]!, turn: 3, points: 6 }],
            }
          : {}),
      };
      const sends = ++uploads % 3 === 0 ? 2 : 1;
      for (let k = 0; k < sends; k++) {
        await request(timing, 'sync', `${base}/api/sync/sessions`, { method: 'PUT', token, body: JSON.stringify({ sessions: [session] }) });
      }
    }
  }
}

async function runOn(engineName: 'sqlite' | 'postgres', databaseUrl: string | undefined): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peilian-load-'));
  const server = await startServeProcess({ dataDir, databaseUrl });
  const stopAt = Date.now() + DEADLINE_MS;
  try {
    const base = server.url;
    const timing: Timing = { sync: [], dashboard: [], requests: 0 };
    const setup: Timing = { sync: [], dashboard: [], requests: 0 };
    const lead = await request<JoinResponse>(setup, null, `${base}/api/join`, {
      method: 'POST',
      token: decodeURIComponent(server.setupUrl!.split('#/join/')[1]!),
      body: JSON.stringify({ name: '组长', pin: '135790' }),
    });
    const tokens: Array<{ token: string; memberId: string }> = [];
    for (let i = 0; i < TRAINEES; i++) {
      const invite = await request<{ code: string }>(setup, null, `${base}/api/invites`, { method: 'POST', token: lead.token, body: JSON.stringify({ role: 'trainee' }) });
      const joined = await request<JoinResponse>(setup, null, `${base}/api/join`, { method: 'POST', token: invite.code, body: JSON.stringify({ name: `学员${i}` }) });
      tokens.push({ token: joined.token, memberId: joined.member.id });
    }

    let done = false;
    let dashboards = 0;
    const dashboard = (async () => {
      while (!done && Date.now() < stopAt) {
        const one = tokens[dashboards % TRAINEES]!;
        await request(timing, 'dashboard', `${base}/api/team`, { token: lead.token });
        await request(timing, 'dashboard', `${base}/api/team/rules`, { token: lead.token });
        await request(timing, 'dashboard', `${base}/api/team/trends?bucket=day&tzOffset=480`, { token: lead.token });
        await request(timing, 'dashboard', `${base}/api/members/${one.memberId}/sessions`, { token: lead.token });
        dashboards++;
      }
    })();
    const t0 = performance.now();
    if (traceFile) {
      timing.trace = [];
      traceStart = t0;
    }
    const cpu0 = server.cpuMs();
    try {
      await Promise.all(tokens.map((t, i) => trainee(base, t.token, i, timing, stopAt)));
    } finally {
      done = true;
      await dashboard;
    }
    const seconds = (performance.now() - t0) / 1000;
    if (traceFile && timing.trace) writeFileSync(`${traceFile}.${engineName}.json`, JSON.stringify(timing.trace));
    // The server's own CPU for the run: on a shared machine the fair measure of its work, where wall times are not.
    const cpu1 = server.cpuMs();
    const cpuMs = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
    // The machine may be shared: its load during the run belongs beside the figures.
    const load = round(loadavg()[0]!, 1);

    // Every history, downloaded as a second machine would, compared message by message.
    let lost = 0;
    let duplicated = 0;
    let wrong = 0;
    const check: Timing = { sync: [], dashboard: [], requests: 0 };
    for (let i = 0; i < TRAINEES; i++) {
      const got: SessionFull[] = [];
      let after: string | null = null;
      do {
        const page: { sessions: SessionFull[]; next: string | null } = await request(check, null, `${base}/api/sync/sessions?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`, { token: tokens[i]!.token });
        got.push(...page.sessions);
        after = page.next;
      } while (after);
      for (let s = 0; s < SESSIONS; s++) {
        const copies = got.filter((x) => x.id === `t${i}-s${s}`);
        if (!copies.length) lost += MESSAGES;
        if (copies.length > 1) duplicated += (copies.length - 1) * MESSAGES;
        const messages = copies[0]?.messages ?? [];
        lost += Math.max(0, MESSAGES - messages.length);
        duplicated += Math.max(0, messages.length - MESSAGES);
        wrong += messages.filter((m, k) => m.text !== textOf(i, s, k)).length;
      }
    }
    const overview = await request<{ members: Array<{ sessions: number; member: { role: string } }> }>(check, null, `${base}/api/team`, { token: lead.token });
    const counted = overview.members.filter((m) => m.member.role === 'trainee').reduce((sum, m) => sum + m.sessions, 0);
    const expectedMessages = TRAINEES * SESSIONS * MESSAGES;
    const rps = timing.requests / seconds;
    const syncP99 = percentile(timing.sync, 99);
    const dashP99 = percentile(timing.dashboard, 99);
    const label = engineName === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const bad = lost + duplicated + wrong + Math.abs(counted - TRAINEES * SESSIONS);
    return [
      {
        id: `team-load-${engineName}-rps`,
        name: `team load on ${label}: requests/s`,
        value: Math.round(rps),
        unit: 'req/s',
        budget: 'report',
        over: null,
        detail: `${timing.requests} requests in ${round(seconds, 1)} s: ${timing.sync.length} sync uploads (${TRAINEES} trainees × ${SESSIONS} sessions × ${MESSAGES} messages, ${CHUNK} per upload, every third sent twice) and ${timing.dashboard.length} dashboard queries (${dashboards} rounds); ${timing.retried ?? 0} resent after a network error; load average ${load}`,
      },
      {
        id: `team-load-${engineName}-cpu`,
        name: `team load on ${label}: server CPU per request`,
        value: cpuMs === null ? null : round(cpuMs / timing.requests, 2),
        unit: 'ms',
        budget: 'report',
        over: null,
        detail: cpuMs === null ? 'no /proc on this system' : `${round(cpuMs / 1000, 1)} s of server CPU (user + system) for ${timing.requests} requests`,
      },
      {
        id: `team-load-${engineName}-sync-p99`,
        name: `team load on ${label}: sync upload p99`,
        value: round(syncP99, 1),
        unit: 'ms',
        budget: `≤ ${P99_BUDGET_MS} ms`,
        over: atMost(syncP99, P99_BUDGET_MS),
        detail: `median ${round(percentile(timing.sync, 50), 1)} ms with ${TRAINEES} trainees uploading at once`,
      },
      {
        id: `team-load-${engineName}-dashboard-p99`,
        name: `team load on ${label}: dashboard query p99`,
        value: round(dashP99, 1),
        unit: 'ms',
        budget: `≤ ${P99_BUDGET_MS} ms`,
        over: atMost(dashP99, P99_BUDGET_MS),
        detail: `median ${round(percentile(timing.dashboard, 50), 1)} ms (team, rules, trends, one trainee's sessions) during the uploads`,
      },
      {
        id: `team-load-${engineName}-integrity`,
        name: `team load on ${label}: lost + duplicated messages`,
        value: lost + duplicated + wrong,
        unit: 'messages',
        budget: '= 0',
        over: bad !== 0,
        detail: `${expectedMessages} messages expected: ${lost} lost, ${duplicated} duplicated, ${wrong} altered; ${counted} of ${TRAINEES * SESSIONS} sessions on the lead's team screen`,
      },
    ];
  } finally {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const given = process.env.DATABASE_URL;
  if (given) {
    // A fresh database on the given server, dropped afterwards.
    const name = `peilian_load_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(given);
    url.pathname = `/${name}`;
    try {
      return await run(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const started = execFileSync('bash', [resolve(root, 'scripts/pg-throwaway.sh'), 'start', '--durable'], { encoding: 'utf8' }).trim();
  const url = /DATABASE_URL=(\S+)/.exec(started)![1]!;
  const dir = /PGDIR=(\S+)/.exec(started)![1]!;
  try {
    return await run(url);
  } finally {
    execFileSync('bash', [resolve(root, 'scripts/pg-throwaway.sh'), 'stop', dir]);
  }
}

/** One engine alone (profiling: `PEILIAN_BENCH_CPU_PROF=dir`, see serve-process.ts). */
export function measureTeamLoadOn(engineName: 'sqlite' | 'postgres'): Promise<Figure[]> {
  return engineName === 'sqlite' ? runOn('sqlite', undefined) : withPostgres((url) => runOn('postgres', url));
}

export async function measureTeamLoad(): Promise<Figure[]> {
  const figures = await runOn('sqlite', undefined);
  try {
    figures.push(...(await withPostgres((url) => runOn('postgres', url))));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    figures.push({ id: 'team-load-postgres', name: 'team load on PostgreSQL', value: null, unit: '', budget: '', over: null, error: message });
  }
  return figures;
}
