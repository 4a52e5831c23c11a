// Starts the team server: opens and migrates the database, makes the first team and its
// lead's link on an empty database, and serves HTTP and WebSockets on one port.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { joinUrl } from '@/server/api-contract';
import { openStore, type Store } from '@/server/db/open';
import { createApp } from '@/server/http/app';
import { createTurnGate } from '@/server/http/turn-gate';
import { createRepository, type Repository } from '@/server/repo/repository';
import { localBus, postgresBus } from '@/server/ws/bus';
import { createRooms } from '@/server/ws/rooms';
import { createUpgradeHandler } from '@/server/ws/upgrade';
import { defaultBase } from '@/server/lan-address';
import { createExamSweeper } from '@/server/exam/sweeper';
import { batchedLog } from '@/server/log-lines';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string | undefined;
  /** The built app; default `dist/` of this checkout. */
  distDir?: string | null;
  /** Where links point; default http://<LAN address or host>:<port>. */
  baseUrl?: string | undefined;
  log?: (line: string) => void;
  /** The server's clock; default Date.now (tests step their own through exam timeouts). */
  clock?: () => number;
  /** How often the server itself applies due exam nudges and time limits (ms); null: only on start and when asked (tests). Default 2000. */
  examSweepMs?: number | null;
}

export interface RunningServer {
  url: string;
  port: number;
  baseUrl: string;
  store: Store;
  repo: Repository;
  /** On the first start (no team yet): the lead's single-use link. */
  setupUrl: string | null;
  /** Applies every exam change that fell due by the server's clock now; resolves to how many attempts changed. */
  sweepExams: () => Promise<number>;
  close: () => Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Creates the first team and a lead invite when the database has no team. */
export async function ensureFirstTeam(repo: Repository, baseUrl: string): Promise<string | null> {
  const teams = await repo.people.listTeams();
  let team = teams[0];
  if (!team) team = await repo.people.createTeam('我的店铺');
  else if (teams.length > 1) return null;
  const members = await repo.people.listMembers(team.id);
  if (members.some((m) => m.role === 'lead')) return null;
  // No lead yet (first start, or the link went unused): a fresh link each start.
  const { code } = await repo.people.createInvite(team.id, 'lead', { hours: 24 * 7 });
  return joinUrl(baseUrl, code);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const stderrLog = options.log ? null : batchedLog((text) => process.stderr.write(text));
  if (stderrLog) process.once('exit', stderrLog.flush);
  const log = options.log ?? stderrLog!;
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  const repo = createRepository(store);
  const rooms = await createRooms(store.databaseUrl ? postgresBus(store.databaseUrl, log) : localBus());
  const distDir = options.distDir === undefined ? resolve(root, 'dist') : options.distDir;

  // The routes read deps.baseUrl per request: it is known once the port is.
  const gate = createTurnGate();
  const deps = { repo, rooms, log, version: appVersion(), baseUrl: null as string | null, distDir, now: options.clock ?? Date.now, gate };
  const app = createApp(deps);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // libuv accepts one connection per event-loop turn: while they arrive, turns stay short (turn-gate.ts).
  server.on('connection', () => gate.accepted());
  // Longer than clients keep idle sockets (undici: 4 s), so a client never sends on a socket
  // the server is closing at that moment.
  server.keepAliveTimeout = 65_000;
  const upgrade = createUpgradeHandler(repo, rooms, log);
  server.on('upgrade', upgrade.handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
  const baseUrl = options.baseUrl || defaultBase(options.host, port);
  deps.baseUrl = baseUrl;
  const setupUrl = await ensureFirstTeam(repo, baseUrl);
  const prune = setInterval(() => void repo.attempts.prune().catch(() => undefined), 3_600_000);
  prune.unref();
  // Before the first request: whatever fell due while the server was down is applied now.
  const sweeper = createExamSweeper(deps, options.examSweepMs === undefined ? 2000 : options.examSweepMs);
  await sweeper.sweep().catch((e: unknown) => log(`exam sweep on start: ${e instanceof Error ? e.message : String(e)}`));

  return {
    url,
    port,
    baseUrl,
    store,
    repo,
    setupUrl,
    sweepExams: sweeper.sweep,
    async close() {
      clearInterval(prune);
      await sweeper.stop();
      await rooms.close();
      await upgrade.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await store.close();
      stderrLog?.flush();
    },
  };
}
