// Memory: 50 complete conversations (home → chat to the end → report) played through the UI in
// one page; the JS heap after a forced garbage collection at the 25th and the 50th. Growth
// between them beyond GROWTH_LIMIT is marked over budget: a leak grows with every chat.
import type { BrowserContext } from 'playwright-core';
import { round, type Figure } from './figure';
import { playToReport, setName } from '../tests/browser/chat-driver';

const CHATS = 50;
const GROWTH_LIMIT = 0.1;

export async function measureMemory(context: BrowserContext, url: string): Promise<Figure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  await page.goto(`${url}?fast=1#/`);
  await setName(page, '基准');
  const before = await heap();
  const at: Record<number, number> = {};
  const t0 = Date.now();
  for (let chat = 1; chat <= CHATS; chat++) {
    await page.locator('nav a[href="#/"]').click();
    await playToReport(page);
    if (chat === 25 || chat === 50) at[chat] = await heap();
  }
  const seconds = (Date.now() - t0) / 1000;
  const sessions = await page.evaluate(`new Promise((resolve) => {
    const r = indexedDB.open('peilian');
    r.onsuccess = () => { const q = r.result.transaction('sessions').objectStore('sessions').count(); q.onsuccess = () => { resolve(q.result); r.result.close(); }; };
  })`);
  await cdp.detach();
  await page.close();
  const mid = at[25]!;
  const end = at[50]!;
  const growth = (end - mid) / mid;
  return {
    id: 'memory',
    name: 'memory (JS heap after 50 conversations)',
    value: round(end, 1),
    unit: 'MiB',
    budget: 'report; growth 25th→50th ≤ 10 %',
    over: growth > GROWTH_LIMIT,
    detail: `after GC: start ${before.toFixed(1)} MiB, 25th ${mid.toFixed(1)} MiB, 50th ${end.toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %); ${String(sessions)} sessions stored; ${seconds.toFixed(0)} s of play`,
  };
}
