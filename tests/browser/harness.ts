// Real Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against the built
// app served by `vite preview` on 127.0.0.1. Each profile is a fresh --user-data-dir.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext, startPreview } from '../../bench/chromium';

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
