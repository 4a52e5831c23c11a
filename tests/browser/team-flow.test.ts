// Two browsers in real Chromium against a real team server serving the built app on 127.0.0.1
// (SQLite in an empty temp folder; a fresh PostgreSQL database when DATABASE_URL is set): a
// lead and a trainee join by link, the trainee's practice shows on the lead's screens, and
// survives a server restart and a dropped network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { RunningServer } from '@/server/start';
import { CSV_COLUMNS } from '@/server/api-contract';
import { go, joinByLink as joinLink, openProfile, screenshot, startTeamServer, type Profile, type TeamServer } from './harness';
import { SALE_REPLIES, playToReport, send, startBuyer } from './chat-driver';

let team: TeamServer;
let server: RunningServer | null = null;
let base: string;
let lead: Profile;
let trainee: Profile;

const syncStatus = (page: Page) => page.getByRole('status', { name: '同步状态' });

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.sync-status')?.textContent === t, text, { timeout: 30_000 });
}

/** Joined in fast mode: the buyer "types" at once. */
const joinByLink = (page: Page, link: string, name: string, pin?: string) => joinLink(page, link, name, { fast: true, ...(pin ? { pin } : {}) });

/** The lead's row of one person on the team screen, as cell texts. */
async function teamRow(page: Page, name: string): Promise<string[]> {
  const row = page.getByRole('region', { name: '团队成员' }).getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await row.waitFor();
  return row.getByRole('cell').allTextContents();
}

beforeAll(async () => {
  team = await startTeamServer();
  server = team.server;
  base = server.url;
  [lead, trainee] = await Promise.all([openProfile(), openProfile()]);
});

afterAll(async () => {
  await lead?.close();
  await trainee?.close();
  await team?.dispose();
});

describe('a team in two Chromium profiles', () => {
  it('joins a lead and a trainee by link, and shows the trainee practice on the lead screens', async () => {
    expect(server?.setupUrl).toMatch(new RegExp(`^${base}/#/join/`));
    await joinByLink(lead.page, server!.setupUrl!, '王组长', '2468');
    expect(await lead.page.getByRole('region', { name: '已加入团队' }).textContent()).toContain('你的身份是组长');

    await go(lead.page, '#/invites');
    await lead.page.getByRole('button', { name: '生成学员邀请' }).click();
    const link = await lead.page.getByRole('textbox', { name: '邀请链接', exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${base}/#/join/`));
    await screenshot(lead.page, 'team-invite');

    await joinByLink(trainee.page, link, '小李');
    await go(trainee.page, '#/');
    await playToReport(trainee.page);
    await waitForStatus(trainee.page, '已同步');

    await go(lead.page, '#/team');
    // The lead's screen hears the upload over the WebSocket, or refetches: either way it shows.
    await lead.page.getByRole('region', { name: '团队成员' }).getByRole('link', { name: '小李' }).waitFor();
    await lead.page.waitForFunction(() => /小李学员11100%/.test(document.querySelector('[aria-label="团队成员"] tbody')?.textContent ?? ''), null, { timeout: 30_000 });
    expect((await teamRow(lead.page, '小李')).slice(0, 5)).toEqual(['小李', '学员', '1', '1', '100%']);
    await screenshot(lead.page, 'team-overview');

    const [download] = await Promise.all([lead.page.waitForEvent('download'), lead.page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^peilian-team-\d{8}\.csv$/);
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header?.split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.startsWith('小李,')).toBe(true);

    await lead.page.getByRole('link', { name: '小李' }).click();
    await lead.page.getByRole('link', { name: '查看报告' }).first().click();
    const report = lead.page.getByRole('article', { name: '训练报告' });
    await report.waitFor();
    expect(await report.locator('.report-head').textContent()).toContain('结果：成交');
    expect(await report.textContent()).toContain(SALE_REPLIES[0]);
    await screenshot(lead.page, 'team-report');
  });

  it('keeps practice made while the server is down and sends it after the restart', async () => {
    await team.stop();
    server = null;

    await go(trainee.page, '#/');
    await startBuyer(trainee.page, '砍价的宝妈');
    await send(trainee.page, SALE_REPLIES[0]!);
    await waitForStatus(trainee.page, '离线 · 待同步 1 条');
    await screenshot(trainee.page, 'team-offline');

    server = await team.reopen();
    expect(server.setupUrl).toBeNull();
    await waitForStatus(trainee.page, '已同步');

    await go(lead.page, '#/team');
    await lead.page.reload();
    await lead.page.waitForFunction(() => /小李学员21/.test(document.querySelector('[aria-label="团队成员"] tbody')?.textContent ?? ''), null, { timeout: 30_000 });
  });

  it('queues replies sent while the network is dropped and catches up when it is back', async () => {
    const messagesOnServer = async () => {
      await go(lead.page, '#/team');
      await lead.page.getByRole('link', { name: '小李' }).click();
      const first = lead.page.getByRole('region', { name: '练习记录' }).getByRole('row').nth(1);
      await first.waitFor();
      return Number((await first.getByRole('cell').nth(6).textContent()) ?? '0');
    };
    const before = await messagesOnServer();

    await trainee.context.setOffline(true);
    await send(trainee.page, SALE_REPLIES[1]!);
    await send(trainee.page, SALE_REPLIES[2]!);
    await waitForStatus(trainee.page, '离线 · 待同步 1 条');
    const local = await trainee.page.locator('.pane-chat .messages .bubble').count();

    await trainee.context.setOffline(false);
    await waitForStatus(trainee.page, '已同步');

    await go(lead.page, '#/');
    const after = await messagesOnServer();
    expect(after).toBeGreaterThan(before);
    expect(after).toBe(local);
    expect(await syncStatus(trainee.page).textContent()).toBe('已同步');
  });
});
