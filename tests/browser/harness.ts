// Real Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against the built
// app served by `vite preview` on 127.0.0.1. Each profile is a fresh --user-data-dir.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { freshContext, startPreview } from '../../bench/chromium';
import { startServer as startTeamServerOn, type RunningServer, type ServerOptions } from '@/server/start';
import { freshDb, type TestDb } from '../server/harness';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');

export interface Profile {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for: all must stay on the preview server. */
  requests: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

export async function openProfile(): Promise<Profile> {
  const { context, close } = await freshContext({ acceptDownloads: true, locale: 'zh-CN' });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  return { context, page, requests, dialogs, close };
}

export interface Preview {
  url: string;
  close: () => Promise<void>;
}

/**
 * The built dist/ served by `vite preview` on 127.0.0.1: the one the browser project's global
 * setup started for the whole run (global-setup.ts; a static server keeps no state between
 * files, and loading vite's config for each file cost seconds), else a fresh one of its own.
 */
export async function startServer(): Promise<Preview> {
  const shared = inject('previewUrl');
  if (shared) return { url: shared, close: async () => undefined };
  return startPreview(ROOT);
}

/**
 * The setup the single-trainee browser files share, as this file's beforeAll/afterAll: the
 * preview server and one fresh Chromium profile, handed to the file's own variables by `ready`
 * (e.g. `(s) => ({ server, profile } = s)`) before its later hooks run.
 */
export function usePreviewProfile(ready: (setup: { server: Preview; profile: Profile }) => void): void {
  let server: Preview | undefined;
  let profile: Profile | undefined;
  beforeAll(async () => {
    server = await startServer();
    profile = await openProfile();
    ready({ server, profile });
  });
  afterAll(async () => {
    await profile?.close();
    await server?.close();
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// ── The team server for the team, exam and studio tests ─────────────────────────────────────

/** The real team server (src/server/start.ts) serving the built dist/ on 127.0.0.1, on SQLite in a temp folder, or a fresh PostgreSQL database with DATABASE_URL. */
export interface TeamServer {
  server: RunningServer;
  /** Stops the server (the data stays): `reopen` starts it again on the same port and data. */
  stop: () => Promise<void>;
  reopen: () => Promise<RunningServer>;
  /** Stops it and drops its data (`close` is the same). */
  dispose: () => Promise<void>;
  close: () => Promise<void>;
  db: TestDb;
}

export async function startTeamServer(options: Pick<ServerOptions, 'clock' | 'examSweepMs'> = {}): Promise<TeamServer> {
  const db: TestDb = await freshDb();
  const open = (port: number) =>
    startTeamServerOn({ port, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: join(ROOT, 'dist'), log: () => undefined, ...options });
  const team: TeamServer = {
    server: await open(0),
    stop: async () => team.server.close(),
    reopen: async () => (team.server = await open(team.server.port)),
    dispose: async () => {
      await team.server.close().catch(() => undefined);
      await db.drop();
    },
    close: () => team.dispose(),
    db,
  };
  return team;
}

export { assign, go, inviteLink, joinByLink } from './team-pages';
