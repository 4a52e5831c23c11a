// What only a real browser shows: IndexedDB across reloads, downloads, layout and Chinese
// glyphs at 1366×768, and that nothing is fetched from anywhere but the app itself.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openProfile, screenshot, usePreviewProfile, type Preview, type Profile } from './harness';
import { SALE_REPLIES, bubbles, chatEnded, send, setName, startBuyer } from './chat-driver';

let server: Preview;
let profile: Profile;
const fast = () => `${server.url}?fast=1#/`;

usePreviewProfile((setup) => ({ server, profile } = setup));

describe('trainee in Chromium', () => {
  it('loads the home screen without the history chart code, and names the trainee once', async () => {
    const { page } = profile;
    await page.goto(fast());
    await setName(page, '小李');

    await page.getByRole('article', { name: '砍价的宝妈' }).waitFor();
    await screenshot(page, 'home');

    const scripts = profile.requests.filter((u) => u.endsWith('.js'));
    expect(scripts.some((u) => /score-chart|history-screen|data-screen/.test(u))).toBe(false);
    await page.reload();
    await page.getByRole('article', { name: '砍价的宝妈' }).waitFor();
    expect(await page.getByLabel('你的名字').count()).toBe(0);
  });

  it('plays the haggling buyer to a sale and shows the report', async () => {
    const { page } = profile;
    await page.goto(fast());
    await startBuyer(page, '砍价的宝妈');

    for (const reply of SALE_REPLIES) {
      if (await chatEnded(page)) break;
      await send(page, reply);
    }
    await screenshot(page, 'workbench-sale');

    expect((await page.getByRole('status').filter({ hasText: '会话已结束' }).textContent())?.replace(/查看报告$/, '')).toBe('会话已结束：成交');
    await page.getByRole('button', { name: '查看报告' }).last().click();
    await page.getByRole('article', { name: '训练报告' }).waitFor();
    expect(await page.locator('.report-head').textContent()).toContain('结果：成交');
    expect(await page.locator('.verdict').textContent()).toContain('通过');
    expect(await page.locator('.verdict').textContent()).not.toContain('未通过');
    await page.getByRole('button', { name: '开始回放' }).click();
    await page.getByRole('button', { name: '重新回放' }).waitFor();
    expect(await page.locator('.replay .bubble').count()).toBeGreaterThan(SALE_REPLIES.length);
  });

  it('resumes a chat after a reload with the same lines, and the unsent draft', async () => {
    const { page } = profile;
    await page.goto(fast());
    await startBuyer(page, '砍价的宝妈');
    await send(page, SALE_REPLIES[0]!);
    await page.getByRole('textbox', { name: '回复' }).fill('还没发出去的话');
    const before = await bubbles(page);

    await page.reload();

    await page.getByRole('textbox', { name: '回复' }).waitFor();
    expect(await bubbles(page)).toEqual(before);
    expect(await page.getByRole('textbox', { name: '回复' }).inputValue()).toBe('还没发出去的话');
    await send(page, SALE_REPLIES[1]!);
    expect((await bubbles(page)).length).toBeGreaterThan(before.length + 1);
    await screenshot(page, 'workbench');
  });

  it('renders the Chinese of the workbench as real glyphs, not empty boxes', async () => {
    const { page } = profile;
    // The previous test left the workbench open. Two different characters drawn in the chat's
    // font come out as two different pictures only when a CJK font has the glyphs; a missing
    // font draws the same "tofu" box for both.
    const font = await page.locator('.pane-chat .messages .bubble').first().evaluate((el) => getComputedStyle(el).font);
    const differ = await page.evaluate((font) => {
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d')!;
        ctx.font = font.replace(/\d+(\.\d+)?px/, '40px');
        ctx.fillText(text, 4, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      return draw('陪') !== draw('练') && draw('陪') !== draw('\u{10FFFD}');
    }, font);
    const path = await screenshot(page, 'workbench-glyphs');

    expect(differ).toBe(true);
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });

  it('inserts a saved quick phrase and shows a practice hint after a flagged reply', async () => {
    const { page } = profile;
    await page.goto(fast());
    await startBuyer(page, '砍价的宝妈');
    await page.getByRole('tab', { name: '快捷短语' }).click();
    await page.getByLabel('新短语').fill('亲，您好，欢迎光临暖眠家纺~');
    await page.getByRole('button', { name: '保存短语' }).click();
    await page.getByRole('button', { name: '插入：亲，您好，欢迎光临暖眠家纺~' }).click();
    expect(await page.getByRole('textbox', { name: '回复' }).inputValue()).toBe('亲，您好，欢迎光临暖眠家纺~');
    await page.getByRole('checkbox', { name: '练习提示' }).check();

    await send(page, '你自己看详情页');

    await page.getByRole('complementary', { name: '练习提示' }).waitFor();
    await screenshot(page, 'workbench-hint');
    await page.getByRole('checkbox', { name: '练习提示' }).uncheck();
  });

  it('shows a reply with markup as text and runs none of it', async () => {
    const { page } = profile;
    await page.goto(fast());
    await startBuyer(page, '砍价的宝妈');

    await send(page, '<img src=x onerror=alert(1)>');

    expect(await bubbles(page)).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.messages img').count()).toBe(0);
    expect(profile.dialogs).toEqual([]);
  });

  it('flags an off-platform reply in the report with its points', async () => {
    const { page } = profile;
    await page.goto(fast());
    await startBuyer(page, '砍价的宝妈');

    await send(page, '亲，加我微信吧，微信上给您便宜点');
    if (!(await chatEnded(page))) await page.getByRole('button', { name: '结束会话' }).click();
    else await page.getByRole('button', { name: '查看报告' }).last().click();

    await page.getByRole('article', { name: '训练报告' }).waitFor();
    const review = await page.getByRole('region', { name: '逐条点评' }).textContent();
    expect(review).toContain('引导站外交易');
    expect(review).not.toContain('off-platform');
    expect(await page.locator('.verdict').textContent()).toContain('未通过');
    await screenshot(page, 'report');
  });

  it('keeps the history across a reload and draws the chart', async () => {
    const { page } = profile;
    await page.goto(`${server.url}?fast=1#/history`);
    await page.getByRole('img', { name: /三项得分/ }).waitFor();
    const rows = await page.locator('.history-table tbody tr').count();

    await page.reload();

    await page.getByRole('img', { name: /三项得分/ }).waitFor();
    expect(await page.locator('.history-table tbody tr').count()).toBe(rows);
    expect(rows).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'history');
  });

  it('exports everything and imports it into a fresh profile', async () => {
    const { page } = profile;
    await page.goto(`${server.url}#/data`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部数据' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { sessions: unknown[] };
    await screenshot(page, 'data');

    const fresh = await openProfile();
    try {
      await fresh.page.goto(`${server.url}#/data`);
      await fresh.page.getByLabel('选择备份文件').setInputFiles(file);
      await fresh.page.getByText(`导入完成：新增 ${exported.sessions.length} 条对话`).waitFor();
      await fresh.page.goto(`${server.url}#/history`);
      await fresh.page.locator('.history-table tbody tr').first().waitFor();
      expect(await fresh.page.locator('.history-table tbody tr').count()).toBe(exported.sessions.length);
      expect(await fresh.page.getByText('学员：小李').count()).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('asks nothing of any server but its own', () => {
    const foreign = profile.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
