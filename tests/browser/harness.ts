// Real Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against the built
// app served by `vite preview` on 127.0.0.1. Each profile is a fresh --user-data-dir.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext, startPreview } from '../../bench/chromium';
import { startServer as startTeam, type RunningServer } from '@/server/start';
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

/** The built dist/ served by `vite preview` on 127.0.0.1. */
export const startServer = () => startPreview(ROOT);

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The team server serving the built app, on a fresh database (SQLite; PostgreSQL with DATABASE_URL). */
export async function startTeamServer(): Promise<{ server: RunningServer; db: TestDb; close: () => Promise<void> }> {
  const db = await freshDb();
  const server = await startTeam({ port: 0, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: join(ROOT, 'dist'), log: () => undefined });
  return {
    server,
    db,
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

export const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Opens a join link and joins with a name (and the team PIN for the first lead). */
export async function joinByLink(page: Page, link: string, name: string, pin?: string): Promise<void> {
  await page.goto(link);
  const form = page.getByRole('form', { name: '加入团队' });
  await form.waitFor();
  await form.getByLabel('你的名字').fill(name);
  if (pin) {
    await form.getByLabel(/设置团队 PIN/).fill(pin);
    await form.getByLabel('再输入一次 PIN').fill(pin);
  }
  await form.getByRole('button', { name: '加入团队' }).click();
  await page.getByRole('region', { name: '已加入团队' }).waitFor();
}
