// Practice that targets a weakness, in real Chromium: a history seeded in IndexedDB in which the
// trainee twice failed to comfort an angry buyer; home recommends the complaint buyer on 难缠
// naming empathy and starts her; history draws the skills picture; a phrase edited in 话术库 is
// put into the reply box from the workbench's panel and sent.
import { describe, expect, it } from 'vitest';
import { screenshot, usePreviewProfile, type Preview, type Profile } from './harness';
import { bubbles, setName } from './chat-driver';

let server: Preview;
let profile: Profile;
const fast = (hash = '') => `${server.url}?fast=1#/${hash}`;

usePreviewProfile((setup) => ({ server, profile } = setup));

/** Writes ended chats straight into the app's IndexedDB (rows, messages, snapshots), as the workbench stores them. */
async function seedHistory(page: Profile['page']) {
  await page.evaluate(async () => {
    const DAY = 86_400_000;
    const now = Date.now();
    const cold = [
      { role: 'buyer', text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
      { role: 'agent', text: '您好，单号发我。' },
      { role: 'buyer', text: '好吧 快点查', upset: false },
      { role: 'agent', text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
    ];
    const haggle = [
      { role: 'buyer', text: '这个四件套能便宜点吗？' },
      { role: 'agent', text: '亲，您好~这款已经是活动价了哦，品质很好的' },
      { role: 'buyer', text: '好吧，那我拍了' },
      { role: 'agent', text: '感谢亲的支持哦，付款后48小时内给您发货，祝您生活愉快~' },
    ];
    const chats = [
      // Five chats on one day, two days ago, and the two cold complaint chats.
      ...[0, 1, 2, 3, 4].map((i) => ({ id: `h${i}`, scenarioId: 'price-haggle', title: '砍价的宝妈', variant: i % 2 ? 'hard' : 'normal', at: now - 2 * DAY + i * 1_800_000, turns: haggle, outcome: 'sale', total: 70 + i * 5 })),
      { id: 'c1', scenarioId: 'complaint', title: '快递不动的生气买家', variant: 'normal', at: now - 2 * DAY + 4 * 3_600_000, turns: cold, outcome: 'resolved', total: 62 },
      { id: 'c2', scenarioId: 'complaint', title: '快递不动的生气买家', variant: 'normal', at: now - DAY, turns: cold, outcome: 'resolved', total: 58 },
    ];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('peilian');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['sessions', 'messages', 'snapshots'], 'readwrite');
    for (const c of chats) {
      tx.objectStore('sessions').put({
        id: c.id,
        scenarioId: c.scenarioId,
        scenarioTitle: c.title,
        variant: c.variant,
        seed: 7,
        trainee: '小李',
        startedAt: c.at,
        updatedAt: c.at + 600_000,
        status: 'ended',
        outcome: c.outcome,
        turnCount: c.turns.length,
        summary: { tone: c.total, compliance: 100, conversion: c.total - 10, total: c.total, passed: c.total >= 80, pointsDeducted: 0 },
      });
      c.turns.forEach((turn, index) => tx.objectStore('messages').put({ sessionId: c.id, index, turn }));
      tx.objectStore('snapshots').put({ sessionId: c.id, snapshot: null });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

describe('practice aimed at a weakness, in Chromium', () => {
  it('recommends the complaint buyer on 难缠 for empathy failed twice, and starts her', async () => {
    const { page } = profile;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(fast());
    await setName(page, '小李');
    await seedHistory(page);
    await page.reload();

    const card = page.getByRole('region', { name: '推荐练习' });
    await card.getByText('快递不动的生气买家', { exact: true }).waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('难缠');
    expect(text).toContain('你最近2次都没做好“买家生气时先安抚”');
    await screenshot(page, 'practice-recommendation');

    await card.getByRole('button', { name: '开始' }).click();
    await page.getByRole('textbox', { name: '回复' }).waitFor();
    expect(page.url()).toMatch(/#\/chat\//);
    await page.locator('.pane-chat .messages .bubble').first().waitFor();
    await page.getByText('性格：难缠').waitFor();
    expect(await page.getByText('快递不动的生气买家').count()).toBeGreaterThan(0);
  });

  it('draws the skills picture and the score chart on the history screen', async () => {
    const { page } = profile;
    await page.goto(fast('history'));
    const skills = page.getByRole('region', { name: '技能进步' });
    const picture = skills.getByRole('img', { name: /最近 7 次对话里每项技能做对没有/ });
    await picture.waitFor();
    expect(await skills.locator('.skill-row').filter({ hasText: '买家生气时先安抚' }).locator('.mark-miss').count()).toBe(2);
    const box = await picture.boundingBox();
    expect(box!.width).toBeGreaterThan(900);
    expect(await page.getByRole('img', { name: /最近 7 次对话的总分和三项得分，2 天/ }).count()).toBe(1);
    await page.getByRole('region', { name: '得分趋势' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'practice-history');
    await skills.scrollIntoViewIfNeeded();
    await skills.screenshot({ path: (await screenshot(page, 'practice-skills-page')).replace('-page.png', '.png') });
  });

  it('uses a phrase edited in 话术库 from the workbench panel', async () => {
    const { page } = profile;
    const edited = '亲,我马上帮您查一下物流哦,请稍等1分钟~';
    await page.goto(fast('phrases'));
    await page.getByRole('tab', { name: '售中' }).click();
    await page.getByRole('button', { name: '编辑：亲，我帮您查一下哦，请稍等~' }).click();
    await page.getByLabel('编辑短语').fill(edited);
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText(edited).waitFor();
    await screenshot(page, 'practice-phrases');

    await page.goto(fast());
    await page.getByRole('region', { name: '未完成的对话' }).getByRole('link', { name: '继续对话' }).first().click();
    await page.getByRole('textbox', { name: '回复' }).waitFor();
    await page.getByRole('tab', { name: '快捷短语' }).click();
    await page.getByRole('tab', { name: '售中' }).click();
    await page.getByRole('button', { name: `插入：${edited}` }).click();
    expect(await page.getByRole('textbox', { name: '回复' }).inputValue()).toBe(edited);
    await screenshot(page, 'practice-workbench-phrases');
    const before = (await bubbles(page)).length;
    await page.getByRole('textbox', { name: '回复' }).press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.pane-chat .messages .bubble').length > n, before);
    expect((await bubbles(page)).some((b) => b.includes(edited))).toBe(true);
  });
});
