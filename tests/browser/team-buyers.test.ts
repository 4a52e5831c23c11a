// A trainer's buyer shared with the team, in real Chromium against the real team server (SQLite;
// PostgreSQL with DATABASE_URL): a mentor writes her in the studio and publishes her, a trainee
// in another browser profile gets her pulled into their browser and plays her in practice, and
// the mentor composes an exam with her (the exact version), which the trainee takes blind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, go, inviteLink, joinByLink, openProfile, screenshot, startTeamServer, type Profile, type TeamServer } from './harness';
import { bubbles, send, setName } from './chat-driver';

let team: TeamServer;
let lead: Profile;
let mentor: Profile;
let trainee: Profile;
const TITLE = '王老师的T恤买家';

beforeAll(async () => {
  team = await startTeamServer();
  [lead, mentor, trainee] = await Promise.all([openProfile(), openProfile(), openProfile()]);
});

afterAll(async () => {
  await Promise.all([lead?.close(), mentor?.close(), trainee?.close()]);
  await team?.dispose();
});

describe('a trainer’s buyer shared with the team', () => {
  it('is written and published in the studio, played by a trainee in another browser, and set in an exam', async () => {
    await joinByLink(lead.page, team.server.setupUrl!, '王组长', { pin: '2468' });
    await joinByLink(mentor.page, await inviteLink(lead.page, '导师'), '王老师', { fast: true });
    await joinByLink(trainee.page, await inviteLink(lead.page, '学员'), '小李', { fast: true });
    await assign(lead.page, '王老师', '小李');

    // The trainer writes her from the studio's template and publishes her.
    await go(mentor.page, '#/studio');
    const editor = mentor.page.getByRole('textbox', { name: '剧本文件内容' });
    await mentor.page.getByText('没有错误').waitFor();
    const source = (await editor.inputValue()).replace('id: my-buyer', 'id: tee-buyer').replace('title: 想便宜点的T恤买家', `title: ${TITLE}`);
    await mentor.page.getByRole('textbox', { name: '文件名' }).fill('tee-buyer.yaml');
    await editor.fill(source);
    await mentor.page.getByText('没有错误').waitFor();
    await mentor.page.getByRole('button', { name: '保存到本机' }).click();
    const share = mentor.page.getByRole('region', { name: '分享给团队' });
    await share.getByRole('button', { name: '发布到团队' }).click();
    await share.getByText(`已发布“${TITLE}”第 1 版（学员可以练习）`).waitFor();
    await share.getByRole('table', { name: '团队里的版本' }).getByText('王老师').waitFor();
    await screenshot(mentor.page, 'studio-publish');

    // The trainee's browser hears of it and pulls her in: she is on the home screen, marked 自编.
    await go(trainee.page, '#/');
    await setName(trainee.page, '小李');
    const card = trainee.page.getByRole('article', { name: TITLE });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByText('自编').count()).toBe(1);
    await card.getByRole('button', { name: `开始：${TITLE}` }).click();
    await trainee.page.getByRole('textbox', { name: '回复' }).waitFor();
    const before = (await bubbles(trainee.page)).length;
    expect(before).toBeGreaterThan(0);
    await send(trainee.page, '亲，您好，请问您平时穿什么尺码呢？身高体重方便说一下吗');
    expect((await bubbles(trainee.page)).length).toBeGreaterThan(before + 1);
    await screenshot(trainee.page, 'team-buyer-practice');

    // The mentor sets an exam with her, the published version.
    await go(mentor.page, '#/exams/new');
    const form = mentor.page.getByRole('form', { name: '新建考试' });
    await form.getByLabel('考试名称').fill('本店买家考核');
    await form.getByRole('combobox', { name: '添加买家' }).selectOption({ label: `${TITLE}（本店 第1版）` });
    await form.getByLabel('小李').check();
    await form.getByRole('button', { name: '发布考试' }).click();
    const exam = mentor.page.getByRole('article', { name: '本店买家考核' });
    await exam.waitFor();
    expect(await exam.textContent()).toContain(TITLE);

    // The trainee meets her blind: a neutral card, her spoken lines, never her title.
    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '开始考试' }).click();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    await trainee.page.locator('.messages .message').first().waitFor();
    expect(await trainee.page.evaluate(() => document.body.innerText)).not.toContain(TITLE);
  }, 300_000);
});
