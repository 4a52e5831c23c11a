// History at scale: 10,000 sessions and 200,000 messages written into the app's own IndexedDB
// (raw IndexedDB in the page, in the stores Dexie created), then the history and progress
// screen opened from the top bar until its table rows and chart are on screen; median of 3.
import type { BrowserContext } from 'playwright-core';
import { atMost, median, round, type Figure } from './figure';
import { SCORER_VERSION } from '@/engine/score/version';

export const SESSIONS = 10_000;
export const MESSAGES_PER_SESSION = 20;
const RUNS = 3;

// Plain JavaScript evaluated in the page (a string, so no bundler helper leaks into it).
// Rows, messages and snapshots have the shapes of src/db/records.ts; the summaries carry this
// SCORER_VERSION, as the app stores them, so opening history does not re-grade 10,000 sessions.
const SEED = `async ({ sessions, perSession, scorerVersion }) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('peilian');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const buyers = [['price-haggle', '砍价的宝妈'], ['size-question', '问尺码的姑娘'], ['refund-dispute', '要退款的买家'], ['complaint', '投诉的顾客'], ['comparison-shopper', '货比三家的买家']];
  const lines = ['这个能便宜点吗？', '亲，您好，这款已经是活动价了哦', '我165 52kg穿什么码', '建议您选M码，偏修身', '多久发货呀', '付款后48小时内发货，默认韵达', '能开发票吗', '可以的亲，电子发票免费开'];
  const start = Date.now() - sessions * 45 * 60 * 1000;
  const score = (i, k) => 40 + ((i * 37 + k * 11) % 61);
  for (let from = 0; from < sessions; from += 2000) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['sessions', 'messages', 'snapshots'], 'readwrite');
      const rows = tx.objectStore('sessions');
      const messages = tx.objectStore('messages');
      const snapshots = tx.objectStore('snapshots');
      for (let i = from; i < Math.min(sessions, from + 2000); i++) {
        const id = 'bench-' + String(i).padStart(5, '0');
        const [scenarioId, scenarioTitle] = buyers[i % buyers.length];
        const startedAt = start + i * 45 * 60 * 1000;
        const active = i >= sessions - 20;
        const row = { id, scenarioId, scenarioTitle, variant: 'normal', seed: i, trainee: '基准', startedAt, updatedAt: startedAt + 600000,
          status: active ? 'active' : 'ended', outcome: active ? null : (i % 3 ? 'sale' : 'no-sale'), turnCount: perSession };
        if (!active) {
          const tone = score(i, 1), compliance = score(i, 2), conversion = score(i, 3);
          row.summary = { tone, compliance, conversion, total: Math.round((tone + compliance + conversion) / 3), passed: tone > 60, pointsDeducted: 0, scorerVersion };
        }
        rows.put(row);
        for (let k = 0; k < perSession; k++) {
          messages.put({ sessionId: id, index: k, turn: { role: k % 2 ? 'agent' : 'buyer', text: lines[(i + k) % lines.length], at: startedAt + k * 20000 } });
        }
        snapshots.put({ sessionId: id, snapshot: { status: 'active', value: 'haggling', context: { seed: i, mood: 60, turn: perSession / 2, lowestOffer: null, said: [] } } });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}`;

// Clicks 历史与进步 in the top bar and resolves with the milliseconds until 50 rows and the chart
// lines are in the document and a frame has been drawn.
const OPEN_HISTORY = `new Promise((resolve) => {
  const t0 = performance.now();
  const ready = () => document.querySelectorAll('.history-table tbody tr').length >= 50 && document.querySelector('.chart svg polyline');
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  observer.observe(document.body, { subtree: true, childList: true });
  document.querySelector('nav a[href="#/history"]').click();
})`;

export async function measureHistory(context: BrowserContext, url: string): Promise<Figure> {
  const page = await context.newPage();
  await page.goto(url);
  // The home screen has opened (and so created or upgraded) the database once it shows the name form.
  await page.getByLabel('你的名字').waitFor();
  const t0 = Date.now();
  await page.evaluate(`(${SEED})(${JSON.stringify({ sessions: SESSIONS, perSession: MESSAGES_PER_SESSION, scorerVersion: SCORER_VERSION })})`);
  const seedSeconds = (Date.now() - t0) / 1000;

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${url}#/`);
    await page.reload();
    // Click once the home screen has settled (its best scores shown), as a trainee would.
    await page.getByText(/^最好成绩/).first().waitFor();
    times.push(Number(await page.evaluate(OPEN_HISTORY)));
  }
  const heading = await page.getByRole('heading', { name: /^全部对话/ }).textContent();
  const chart = await page.getByRole('img', { name: /三项得分/ }).getAttribute('aria-label');
  await page.close();
  if (heading !== `全部对话（${SESSIONS}）`) throw new Error(`history shows "${heading}", expected ${SESSIONS} sessions`);
  const ms = median(times);
  return {
    id: 'history-at-scale',
    name: 'history at scale (10,000 sessions, 200,000 messages)',
    value: round(ms, 0),
    unit: 'ms',
    budget: '≤ 300 ms',
    over: atMost(ms, 300),
    detail: `top-bar click to 50 rows + chart drawn, page reloaded before each; median of ${RUNS}: ${times.map((t) => Math.round(t)).join(', ')} ms; chart "${chart}"; seeding took ${seedSeconds.toFixed(1)} s`,
  };
}
