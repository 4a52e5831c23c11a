// The exam day in three Chromium profiles (lead, mentor, trainee) against the real team server
// (SQLite in a temp folder; PostgreSQL with DATABASE_URL): compose, take — the trainee's page
// and every answer it receives hold nothing of the scenario but the buyer's spoken lines —
// reload and resume, review with an override and a comment, sign, dispute, rule, the lead's view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, go, inviteLink, joinByLink, openProfile, screenshot, startTeamServer, type Profile, type TeamServer } from './harness';
import { SALE_REPLIES, SALE_BUYER } from './chat-driver';
import { scenarioSecrets } from '../server/harness';

let team: TeamServer;
let lead: Profile;
let mentor: Profile;
let trainee: Profile;
/** Everything the trainee's browser received from the server: HTTP bodies and WebSocket frames. */
const received: string[] = [];

beforeAll(async () => {
  team = await startTeamServer();
  [lead, mentor, trainee] = await Promise.all([openProfile(), openProfile(), openProfile()]);
  trainee.page.on('response', (r) => {
    if (r.url().includes('/api/')) void r.text().then((t) => received.push(t), () => undefined);
  });
  trainee.page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
});

afterAll(async () => {
  await Promise.all([lead?.close(), mentor?.close(), trainee?.close()]);
  await team?.dispose();
});

describe('the exam day in three Chromium profiles', () => {
  it('composes, takes, resumes, reviews, signs, disputes, rules, and shows the lead the result', async () => {
    await joinByLink(lead.page, team.server.setupUrl!, '王组长', { pin: '2468' });
    await joinByLink(mentor.page, await inviteLink(lead.page, '导师'), '陈导师');
    await joinByLink(trainee.page, await inviteLink(lead.page, '学员'), '小李');
    await assign(lead.page, '陈导师', '小李');

    // Compose.
    await go(mentor.page, '#/exams/new');
    const form = mentor.page.getByRole('form', { name: '新建考试' });
    await form.getByLabel('考试名称').fill('第14天 神秘买家');
    await form.getByRole('combobox', { name: '添加买家' }).selectOption({ label: SALE_BUYER });
    await form.getByLabel('小李').check();
    // The buyer's character by its Chinese name, never its id (normal).
    expect(await form.locator('[aria-label="第1位买家"]').getByLabel('性格').locator('option:checked').textContent()).toBe('一般');
    await screenshot(mentor.page, 'exam-compose');
    await form.getByRole('button', { name: '发布考试' }).click();
    await mentor.page.getByRole('article', { name: '第14天 神秘买家' }).waitFor();

    // Take: a neutral card, the server's lines, a reload in the middle.
    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '开始考试' }).click();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    const log = trainee.page.getByRole('log', { name: '聊天记录' });
    const reply = async (text: string) => {
      const before = await log.locator('.message').count();
      await trainee.page.getByLabel('回复').fill(text);
      await trainee.page.getByLabel('回复').press('Enter');
      await trainee.page.waitForFunction((n) => document.querySelectorAll('.messages .message').length > n, before + 1, { timeout: 20_000 }).catch(() => undefined);
    };
    await reply(SALE_REPLIES[0]!);
    await reply(SALE_REPLIES[1]!);
    const beforeReload = await log.locator('.message').allTextContents();
    await trainee.page.reload();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    await trainee.page.waitForFunction((n) => document.querySelectorAll('.messages .message').length >= n, beforeReload.length);
    expect(await log.locator('.message').allTextContents()).toEqual(beforeReload);
    await screenshot(trainee.page, 'exam-take');
    for (const text of SALE_REPLIES.slice(2)) {
      if (!(await trainee.page.getByLabel('回复').isVisible())) break;
      await reply(text);
    }
    const dom = await trainee.page.evaluate(() => document.body.innerText);
    if (await trainee.page.getByRole('button', { name: /结束对话/ }).isVisible()) await trainee.page.getByRole('button', { name: /结束对话/ }).click();
    await trainee.page.getByRole('heading', { name: /已交卷/ }).waitFor();

    // Nothing of the scenario but the spoken lines reached the trainee.
    // The buyer's lines she actually said (from the attempts the server sent) are allowed.
    const said = received.flatMap((body) => [...body.matchAll(/"role":"buyer","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
    const spoken = [beforeReload.join('\n'), dom, ...said].join('\n');
    const secrets = scenarioSecrets('price-haggle.yaml').filter((s) => !spoken.includes(s));
    expect(secrets.length).toBeGreaterThan(5);
    const everything = [dom, ...received].join('\n');
    expect(secrets.filter((s) => everything.includes(s))).toEqual([]);
    expect(everything).not.toMatch(/"(floor|coaching|summary|seed|mood)"/);

    // Review with an override and a comment, then sign.
    await go(mentor.page, '#/exams');
    await mentor.page.getByRole('link', { name: /第1次/ }).click();
    const firstAgent = mentor.page.locator('.review-turn.agent').first();
    expect(await mentor.page.getByRole('article', { name: '第1位买家' }).getByRole('heading').first().textContent()).toBe(`第 1 位买家 ${SALE_BUYER} · 一般`);
    await firstAgent.getByRole('combobox', { name: '补充扣分项' }).selectOption({ label: '拒开发票' });
    await firstAgent.locator('.review-item').first().getByLabel('评语', { exact: true }).fill('开头没有先回应买家的问题');
    await firstAgent.getByLabel('本句评语').fill('欢迎语可以更亲切');
    await mentor.page.getByLabel('总结').fill('整体不错，开场要更快进入正题');
    await mentor.page.getByRole('button', { name: '签字并锁定' }).click();
    const signed = mentor.page.getByRole('article', { name: '成绩单' });
    await signed.or(mentor.page.locator('.review-actions [role=alert]')).first().waitFor();
    expect(await mentor.page.locator('.review-actions [role=alert]').allTextContents()).toEqual([]);
    expect(await mentor.page.getByRole('region', { name: '已签版本' }).textContent()).toContain('第 1 版');
    await screenshot(mentor.page, 'exam-review');

    // The trainee disputes the added item.
    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '查看成绩单' }).click();
    await trainee.page.getByRole('article', { name: '成绩单' }).waitFor();
    const pick = trainee.page.locator('.dispute-pick li').first();
    await pick.getByRole('checkbox').check();
    await pick.getByLabel('理由').fill('我第一句已经问候了');
    await trainee.page.getByRole('button', { name: '提交申诉' }).click();
    await trainee.page.getByText(/已申诉 · 待裁定/).waitFor();
    await screenshot(trainee.page, 'exam-report');

    // The mentor rules on it.
    await mentor.page.reload();
    const ruling = mentor.page.getByRole('region', { name: '学员申诉' });
    await ruling.getByRole('combobox').first().selectOption('partly');
    await ruling.getByLabel('裁定理由').fill('问候有，但回应慢了');
    await ruling.getByRole('button', { name: '提交裁定' }).click();
    await ruling.getByText('部分接受').waitFor();

    // The lead sees the result and the share accepted.
    await go(lead.page, '#/exams/lead');
    await lead.page.getByRole('region', { name: '考试结果' }).getByText('小李').waitFor();
    await lead.page.getByRole('region', { name: '考试结果' }).getByRole('link', { name: '第1次 · 已交卷' }).waitFor();
    await lead.page.getByRole('table', { name: '按导师' }).getByText('陈导师').waitFor();
    expect(await lead.page.getByRole('table', { name: '按导师' }).textContent()).toContain('100%');
    await screenshot(lead.page, 'exam-lead');
  }, 300_000);
});
