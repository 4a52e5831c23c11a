// A live session in two Chromium profiles (mentor, trainee) against the real team server
// (SQLite in a temp folder; PostgreSQL with DATABASE_URL): the mentor opens it, sends a
// suggested line and an edited one, the trainee answers in the workbench with typing shown to
// the mentor, a steer, a reload on the trainee's side while a line is sent (nothing lost), the
// end with an outcome, the review and the sign-off, the replay. The trainee's page and every
// answer and frame it received hold nothing but the lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, scenarioSecrets, setupTeam, type Joined, type TestServer } from '../server/harness';
import { go, joinByLink, openProfile, screenshot, startTeamServer, type Profile } from './harness';
import { SALE_BUYER, SALE_REPLIES } from './chat-driver';

let team: Awaited<ReturnType<typeof startTeamServer>>;
let lead: Joined;
let mentor: Profile;
let trainee: Profile;
/** Everything the trainee's browser received from the server: HTTP bodies and WebSocket frames. */
const received: string[] = [];

async function link(role: 'mentor' | 'trainee'): Promise<string> {
  const { code } = await team.server.repo.people.createInvite(lead.team.id, role, { memberId: null });
  return `${team.server.url}/#/join/${encodeURIComponent(code)}`;
}

const chat = (page: Page) => page.getByRole('log', { name: '聊天记录' });
const bubbles = (page: Page) => chat(page).locator('.message:not(.typing) .bubble').allTextContents();

async function waitForBubble(page: Page, text: string): Promise<void> {
  await chat(page).locator('.bubble', { hasText: text }).first().waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  team = await startTeamServer();
  ({ lead } = await setupTeam(team.server as TestServer));
  [mentor, trainee] = await Promise.all([openProfile(), openProfile()]);
  trainee.page.on('response', (r) => {
    if (r.url().includes('/api/')) void r.text().then((t) => received.push(t), () => undefined);
  });
  trainee.page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
});

afterAll(async () => {
  await Promise.all([mentor?.close(), trainee?.close()]);
  await team?.close();
});

describe('a live session in two Chromium profiles', () => {
  it('opens, plays with suggestions, an edit, a steer and a reload, ends, and is reviewed and signed', async () => {
    await joinByLink(mentor.page, await link('mentor'), '陈导师');
    await joinByLink(trainee.page, await link('trainee'), '小李');
    const members = (await call(team.server, 'GET', '/api/members', { token: lead.token })).body.members as Array<{ id: string; name: string }>;
    const id = (name: string) => members.find((m) => m.name === name)!.id;
    expect((await call(team.server, 'PUT', `/api/mentors/${id('陈导师')}/trainees`, { token: lead.token, body: { traineeIds: [id('小李')] } })).status).toBe(200);

    // Open.
    await go(mentor.page, '#/live');
    const form = mentor.page.getByRole('form', { name: '开始真人扮演' });
    await form.getByLabel('学员').selectOption({ label: '小李' });
    await form.getByLabel('买家').selectOption({ label: SALE_BUYER });
    await form.getByRole('button', { name: '开始真人扮演' }).click();
    const panel = mentor.page.getByLabel('真人扮演面板');
    await panel.waitFor();
    await mentor.page.getByRole('region', { name: '买家卡片' }).getByText(SALE_BUYER).waitFor();
    const liveId = decodeURIComponent(mentor.page.url().split('#/live/')[1]!);

    // The trainee's invitation, on the home screen.
    await go(trainee.page, '#/');
    await trainee.page.getByRole('link', { name: /陈导师邀请你真人扮演/ }).click();
    await trainee.page.getByText('一位买家正在等待').waitFor();
    await trainee.page.getByText('已连接').waitFor();

    // A suggested line, sent as it is.
    const first = mentor.page.getByRole('list', { name: '剧本建议' }).getByRole('button', { name: /^发送：/ }).first();
    const suggested = (await first.textContent())!;
    await first.click();
    await waitForBubble(trainee.page, suggested);

    // The trainee types (the mentor sees it), then replies; the mentor sees how it was read.
    await trainee.page.getByLabel('回复').fill(SALE_REPLIES[0]!);
    await panel.getByText('学员正在输入').waitFor({ timeout: 20_000 });
    await trainee.page.getByLabel('回复').press('Enter');
    await waitForBubble(mentor.page, SALE_REPLIES[0]!);
    const reading = mentor.page.getByRole('definition').filter({ hasText: 'greet' });
    await reading.first().waitFor();
    await mentor.page.getByLabel('剧本会怎么走').waitFor();
    await screenshot(mentor.page, 'live-panel');

    // An edited suggestion.
    await mentor.page.getByRole('button', { name: /^改写：/ }).first().click();
    const box = mentor.page.getByLabel('以买家身份说');
    const edited = `${await box.inputValue()} 真的不能再少了吗`;
    await box.fill(edited);
    await mentor.page.getByRole('button', { name: '发送', exact: true }).click();
    await waitForBubble(trainee.page, edited);
    await chat(mentor.page).getByText('改写剧本').waitFor();
    await trainee.page.getByLabel('回复').fill(SALE_REPLIES[1]!);
    await trainee.page.getByLabel('回复').press('Enter');
    await waitForBubble(mentor.page, SALE_REPLIES[1]!);

    // A steer: recorded in the transcript, the machine moved.
    await mentor.page.getByLabel('转到状态').selectOption('hesitate');
    await mentor.page.getByRole('button', { name: '转过去' }).click();
    await chat(mentor.page).getByText(/导师转向：.* → hesitate/).waitFor();
    await mentor.page.getByLabel('检查器').getByText('hesitate').first().waitFor();

    // The trainee reloads while the mentor sends a line: nothing lost, nothing twice.
    const before = await bubbles(trainee.page);
    const reload = trainee.page.reload();
    await box.fill('那我再考虑考虑吧');
    await mentor.page.getByRole('button', { name: '发送', exact: true }).click();
    await reload;
    await trainee.page.getByText('一位买家正在等待').waitFor();
    await waitForBubble(trainee.page, '那我再考虑考虑吧');
    expect(await bubbles(trainee.page)).toEqual([...before, '那我再考虑考虑吧']);
    await screenshot(trainee.page, 'live-trainee');
    await trainee.page.getByLabel('回复').fill(SALE_REPLIES[5]!);
    await trainee.page.getByLabel('回复').press('Enter');
    await waitForBubble(mentor.page, SALE_REPLIES[5]!);

    // End with an outcome: graded by the exam's scorer.
    await mentor.page.getByLabel('结局').selectOption({ label: '成交' });
    await mentor.page.getByRole('button', { name: '以此结局结束' }).click();
    const ended = mentor.page.getByRole('status', { name: '真人扮演已结束' });
    await ended.waitFor();
    expect(await ended.textContent()).toMatch(/结局：成交 · 自动评分 \d+(\.\d)? 分/);
    await trainee.page.getByRole('heading', { name: '真人扮演已结束' }).waitFor();
    const traineeDom = await trainee.page.evaluate(() => document.body.innerText);

    // Review and sign, the exam's screen unchanged; the steers are where they happened.
    await ended.getByRole('link', { name: '评审与签字' }).click();
    await mentor.page.locator('.review-turn.agent').first().waitFor();
    await mentor.page.getByRole('note').filter({ hasText: '→ hesitate' }).first().waitFor();
    await mentor.page.getByLabel('总结').fill('守价稳，犹豫时的跟进还可以更主动');
    await mentor.page.getByRole('button', { name: '签字并锁定' }).click();
    await mentor.page.getByRole('article', { name: '成绩单' }).waitFor();
    expect(await mentor.page.getByRole('region', { name: '已签版本' }).textContent()).toContain('第 1 版');
    await screenshot(mentor.page, 'live-review');

    // The replay steps through the messages, steers included.
    await go(mentor.page, `#/live/${encodeURIComponent(liveId)}/replay`);
    const replay = mentor.page.getByRole('region', { name: '真人扮演回放' });
    await replay.waitFor();
    expect(await chat(mentor.page).locator('.message, .live-event').count()).toBe(1);
    await replay.getByRole('button', { name: '下一步' }).click();
    expect(await chat(mentor.page).locator('.message, .live-event').count()).toBe(2);
    await replay.getByRole('button', { name: '到结尾' }).click();
    await chat(mentor.page).getByText(/导师以结局“成交”结束/).waitFor();
    await screenshot(mentor.page, 'live-replay');

    // The trainee's report, once signed.
    await go(trainee.page, '#/exams');
    await trainee.page.getByRole('link', { name: '查看成绩单' }).click();
    await trainee.page.getByRole('article', { name: '成绩单' }).waitFor();

    // Before the report, nothing of the scenario but the lines the mentor sent reached the trainee.
    const upTo = received.findIndex((s) => s.includes('"verdict"'));
    const saw = [traineeDom, ...received.slice(0, upTo === -1 ? received.length : upTo)].join('\n');
    const spoken = [...saw.matchAll(/"kind":"buyer","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const secrets = scenarioSecrets('price-haggle.yaml').filter((s) => !spoken.includes(s) && !edited.includes(s));
    expect(secrets.length).toBeGreaterThan(5);
    expect(secrets.filter((s) => saw.includes(s))).toEqual([]);
    expect(saw).not.toMatch(/"(state|mood|suggestions|steer|steerable|reading|machine|source|floor|seed|grade|outcome)"/);
    expect(saw).not.toMatch(/hesitate|price-haggle/);
  }, 300_000);
});
