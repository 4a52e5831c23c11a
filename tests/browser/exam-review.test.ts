// More of the exam day in real Chromium against the real team server (SQLite; PostgreSQL with
// DATABASE_URL): a time limit and the buyer's nudge on the server's own clock (the test moves
// that clock; the server's sweep applies what fell due and the page hears it), 允许补考 with a
// reason, blind calibration by two mentors (neither sees the other's review until both
// submitted; the lead sees the differences per rule), and re-signing after a dispute ruling (a
// new version with who and when, the old one kept).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assign, go, inviteLink, joinByLink, openProfile, screenshot, startTeamServer, type Profile, type TeamServer } from './harness';
import { SALE_BUYER, SALE_REPLIES } from './chat-driver';

/** Added to the server's clock: the test jumps it forward instead of waiting a minute. */
let offset = 0;
let team: TeamServer;
let lead: Profile;
let mentorA: Profile;
let mentorB: Profile;
let trainee: Profile;

/** The buyer's nudge lines in price-haggle.yaml (`timeout.lines`). */
const NUDGES = ['亲?还在吗', '人呢 😶', '在不在呀 等半天了'];

const log = (page: Page) => page.getByRole('log', { name: '聊天记录' });

async function reply(page: Page, text: string): Promise<void> {
  const before = await log(page).locator('.message').count();
  await page.getByLabel('回复').fill(text);
  await page.getByLabel('回复').press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.messages .message').length > n, before, { timeout: 20_000 });
}

beforeAll(async () => {
  team = await startTeamServer({ clock: () => Date.now() + offset, examSweepMs: 200 });
  [lead, mentorA, mentorB, trainee] = await Promise.all([openProfile(), openProfile(), openProfile(), openProfile()]);
});

afterAll(async () => {
  await Promise.all([lead?.close(), mentorA?.close(), mentorB?.close(), trainee?.close()]);
  await team?.dispose();
});

describe('the exam clock, a second attempt, calibration and re-signing in Chromium', () => {
  it('nudges and ends a timed exam on the server clock; the mentor grants one more attempt with a reason', async () => {
    await joinByLink(lead.page, team.server.setupUrl!, '王组长', { pin: '2468' });
    await joinByLink(mentorA.page, await inviteLink(lead.page, '导师'), '陈导师');
    await joinByLink(mentorB.page, await inviteLink(lead.page, '导师'), '李导师');
    await joinByLink(trainee.page, await inviteLink(lead.page, '学员'), '小李');
    await assign(lead.page, '陈导师', '小李');
    await assign(lead.page, '李导师', '小李');

    await go(mentorA.page, '#/exams/new');
    const form = mentorA.page.getByRole('form', { name: '新建考试' });
    await form.getByLabel('考试名称').fill('限时考核');
    await form.getByRole('combobox', { name: '添加买家' }).selectOption({ label: SALE_BUYER });
    await form.getByLabel('时间限制（分钟，留空不限）').fill('2');
    await form.getByLabel('小李').check();
    await form.getByRole('button', { name: '发布考试' }).click();
    await mentorA.page.getByRole('article', { name: '限时考核' }).waitFor();

    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '开始考试' }).click();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    expect(await trainee.page.getByRole('timer', { name: '剩余时间' }).textContent()).toMatch(/剩余时间 (2:00|1:5\d)/);

    // A minute passes on the server: nobody asks, the server nudges, the page hears it.
    offset += 61_000;
    await trainee.page.waitForFunction((lines) => lines.some((l) => document.querySelector('.messages')?.textContent?.includes(l)), NUDGES, { timeout: 20_000 });
    await screenshot(trainee.page, 'exam-nudge');
    await reply(trainee.page, SALE_REPLIES[0]!);

    // The rest of the two minutes: the server ends the attempt at its deadline.
    offset += 60_000;
    await trainee.page.getByRole('heading', { name: '考试时间到，已自动交卷' }).waitFor({ timeout: 20_000 });

    // The mentor gives one more attempt, with a reason shown in the attempt's history.
    await go(mentorA.page, '#/exams');
    const row = mentorA.page.getByRole('article', { name: '限时考核' }).getByRole('row').filter({ hasText: '小李' });
    await row.getByRole('link', { name: /第1次 · 已超时/ }).waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: '允许补考' }).click();
    await row.getByLabel('补考原因').fill('考试中途停电');
    await row.getByRole('button', { name: '确认补考' }).click();
    await row.getByText(/已允许补考 · 陈导师/).waitFor();
    expect(await row.textContent()).toContain('考试中途停电');
    await screenshot(mentorA.page, 'exam-grant');

    await go(trainee.page, '#/exams');
    await trainee.page.getByText('已用 1/2 次').waitFor({ timeout: 20_000 });
    await trainee.page.getByRole('link', { name: '开始考试' }).click();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    await reply(trainee.page, SALE_REPLIES[0]!);
    await reply(trainee.page, '加我微信吧，私下转账给您便宜二十');
    await trainee.page.getByRole('button', { name: '结束对话并交卷' }).click();
    await trainee.page.getByRole('heading', { name: '已交卷' }).waitFor();
  }, 300_000);

  it('two mentors review blind; each sees the other only when both submitted; the lead sees the differences per rule', async () => {
    const openReview = async (page: Page) => {
      await go(page, '#/exams');
      await page.getByRole('link', { name: /第2次/ }).click();
      await page.getByRole('heading', { name: /审阅：小李 · 第 2 次/ }).waitFor();
    };
    await openReview(mentorA.page);
    // 陈导师 takes back one automatic item; 李导师 agrees with everything.
    await mentorA.page.locator('.review-item').first().getByLabel('处理').selectOption('remove');
    await mentorA.page.getByRole('button', { name: '提交审阅（校准用）' }).click();
    await mentorA.page.getByText('审阅已提交').waitFor();

    await openReview(mentorB.page);
    await mentorB.page.getByText('另有 1 份审阅，双方都提交后才能互相看到').waitFor();
    expect(await mentorB.page.locator('.exam-review header').textContent()).not.toContain('陈导师 的评分');
    await mentorB.page.getByRole('button', { name: '提交审阅（校准用）' }).click();
    await mentorB.page.getByText(/陈导师 的评分：\d+ 分/).waitFor();
    await mentorA.page.reload();
    await mentorA.page.getByText(/李导师 的评分：\d+ 分/).waitFor();

    await go(lead.page, '#/exams/lead');
    const results = lead.page.getByRole('region', { name: '考试结果' });
    await results.getByText('小李').first().waitFor();
    await results.getByRole('button', { name: '校准' }).last().click();
    const calibration = lead.page.getByRole('region', { name: '校准差异' });
    await calibration.getByText(/陈导师（\d+分）/).waitFor();
    expect(await calibration.textContent()).toContain('李导师');
    expect(await calibration.locator('tr.differs').count()).toBeGreaterThan(0);
    expect(await calibration.locator('tr.differs').first().textContent()).toContain('≠');
    await screenshot(lead.page, 'exam-calibration');
  }, 300_000);

  it('signs, the trainee disputes, the mentor accepts and signs again: version 2 with who and when, version 1 kept', async () => {
    await mentorA.page.getByLabel('总结').fill('第一次签字：站外交易是红线');
    await mentorA.page.getByRole('button', { name: '签字并锁定' }).click();
    const versions = mentorA.page.getByRole('region', { name: '已签版本' });
    await versions.getByText(/第 1 版 · 未通过 · 陈导师 签字/).waitFor();

    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '查看成绩单' }).click();
    await trainee.page.getByRole('article', { name: '成绩单' }).waitFor();
    // The first item the report still charges (one the mentor removed offers no checkbox).
    const pick = trainee.page.locator('.dispute-pick li').filter({ has: trainee.page.getByRole('checkbox') }).first();
    await pick.getByRole('checkbox').check();
    await pick.getByLabel('理由').fill('我后面马上说明了不能私下交易');
    await trainee.page.getByRole('button', { name: '提交申诉' }).click();
    await trainee.page.getByText(/已申诉 · 待裁定/).waitFor();

    await mentorA.page.reload();
    const ruling = mentorA.page.getByRole('region', { name: '学员申诉' });
    await ruling.getByRole('combobox').first().selectOption('accept');
    await ruling.getByLabel('裁定理由').fill('同意，重新签字');
    await ruling.getByRole('button', { name: '提交裁定' }).click();
    await ruling.getByText('接受').first().waitFor();

    await mentorA.page.getByLabel('总结').fill('接受申诉后重签');
    await mentorA.page.getByRole('button', { name: '签字并锁定' }).click();
    await versions.getByText(/第 2 版 · .* · 陈导师 签字/).waitFor();
    expect(await versions.getByText(/第 1 版 · 未通过 · 陈导师 签字/).count()).toBe(1);
    const report = versions.getByRole('article', { name: '成绩单' });
    await report.getByText('考试成绩单 · 第 2 版').waitFor();
    expect(await report.textContent()).toContain('本版处理了学员的 1 条申诉');
    expect(await report.textContent()).toContain('接受申诉后重签');
    await screenshot(mentorA.page, 'exam-resign');

    // The trainee reads the new version; the first stays readable on the server.
    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '查看成绩单' }).click();
    await trainee.page.getByText('考试成绩单 · 第 2 版').waitFor({ timeout: 20_000 });
  }, 300_000);
});
