// The workbench enables the reply box before the reader's chunk (lexicon, classifier, scorer:
// app/reading.ts) has arrived. Here that chunk is held back on purpose: a reply sent meanwhile
// must be neither lost nor misgraded — read once the chunk comes, with the time it was sent.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { usePreviewProfile, type Preview, type Profile } from './harness';
import { setName, startBuyer } from './chat-driver';

let server: Preview;
let profile: Profile;

usePreviewProfile((setup) => ({ server, profile } = setup));

interface StoredTurn {
  role: string;
  text: string;
  at?: number;
  understanding?: { flags: { rule: string }[] };
}

async function storedTurns(page: Page, sessionId: string): Promise<StoredTurn[]> {
  return page.evaluate(
    (id) =>
      new Promise<StoredTurn[]>((resolve, reject) => {
        const open = indexedDB.open('peilian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction('messages').objectStore('messages').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
          req.onsuccess = () => {
            idb.close();
            resolve((req.result as { turn: StoredTurn }[]).map((m) => m.turn));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    sessionId,
  );
}

describe('a reply sent before the reader has loaded', () => {
  it('is read, answered and graded once the reader arrives, with the time it was sent', async () => {
    const { context } = profile;
    const setup = await context.newPage();
    await setup.goto(`${server.url}?fast=1#/`);
    await setName(setup, '小周');
    await startBuyer(setup, '砍价的宝妈');
    const chatUrl = setup.url();
    const sessionId = decodeURIComponent(new URL(chatUrl).hash.replace('#/chat/', ''));
    await setup.close();

    // A new page of the chat, its reader chunk held until the reply has been sent.
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/reading-[^/]*\.js$/, async (route: Route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(chatUrl);
    const box = page.getByRole('textbox', { name: '回复' });
    await expect.poll(() => box.isEnabled()).toBe(true);
    await expect.poll(() => asked).toBe(true);

    const reply = '亲，您好，加我微信吧，微信上转账给您便宜20';
    await box.fill(reply);
    const sentFrom = Date.now();
    await box.press('Enter');
    const sentBy = Date.now();
    // Held: the reply cannot have been read yet, and nothing of it is lost (the box took it).
    await page.waitForTimeout(300);
    expect(await page.locator('.pane-chat .messages .bubble').filter({ hasText: reply }).count()).toBe(0);
    expect((await storedTurns(page, sessionId)).some((t) => t.text === reply)).toBe(false);
    release();

    await page.locator('.pane-chat .messages .bubble').filter({ hasText: reply }).waitFor();
    await expect.poll(async () => (await storedTurns(page, sessionId)).some((t) => t.text === reply)).toBe(true);
    const turns = await storedTurns(page, sessionId);
    const agent = turns.find((t) => t.role === 'agent' && t.text === reply)!;
    // Graded as any reply: the off-platform flag is on its turn, timed when Enter was pressed.
    expect(agent.understanding?.flags.map((f) => f.rule)).toContain('off-platform');
    expect(agent.at).toBeGreaterThanOrEqual(sentFrom);
    expect(agent.at).toBeLessThanOrEqual(sentBy);
    // The buyer answered it, after it.
    expect(turns.at(-1)?.role).toBe('buyer');

    await page.getByRole('button', { name: '结束会话' }).click();
    await page.getByRole('article', { name: '训练报告' }).waitFor();
    const report = page.getByRole('article', { name: '训练报告' });
    await expect.poll(() => report.getByText('引导站外交易').count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText(/原话：“[^”]*微信/).count()).toBeGreaterThan(0);
    await page.close();
  });
});
