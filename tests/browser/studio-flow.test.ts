// A trainer in real Chromium, without the command line: a new file in the studio, an error
// typed and fixed, the graph, a playtest with the inspector, a golden transcript downloaded,
// the buyer saved, then played as practice from the home screen and exported again.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { screenshot, usePreviewProfile, type Preview, type Profile } from './harness';
import { setName } from './chat-driver';

let server: Preview;
let profile: Profile;

usePreviewProfile((setup) => ({ server, profile } = setup));

describe('trainer in Chromium', () => {
  it('goes from a new file to a played, inspected, saved buyer', async () => {
    const { page } = profile;
    await page.goto(`${server.url}?fast=1#/`);
    await setName(page, '王老师');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '剧本工坊' }).click();
    const editor = page.getByRole('textbox', { name: '剧本文件内容' });
    await page.getByText('没有错误').waitFor();

    // A new buyer of her own: a new id and title, and a typo the checker catches at once.
    const source = (await editor.inputValue()).replace('id: my-buyer', 'id: tee-buyer').replace('title: 想便宜点的T恤买家', 'title: 王老师的T恤买家');
    await page.getByRole('textbox', { name: '文件名' }).fill('tee-buyer.yaml');
    await editor.fill(source.replace('goto: deal\n      - when: { size: wrong }', 'goto: dael\n      - when: { size: wrong }'));
    const issue = page.getByRole('region', { name: '检查结果' }).getByText(/tee-buyer\.yaml:\d+:15 unknown-state/);
    await issue.waitFor();
    expect(await page.getByRole('region', { name: '检查结果' }).textContent()).toContain('是不是想写“deal”');
    await issue.click();
    const bad = await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(bad).toBe('dael');
    await screenshot(page, 'studio-error');
    await editor.fill(source);
    await page.getByText('没有错误').waitFor();

    const graph = page.getByRole('region', { name: '买家状态图' });
    expect(await graph.locator('svg .graph-node').count()).toBe(5);
    expect(await graph.locator('svg').textContent()).toContain('hold-price');

    const play = page.getByRole('region', { name: '试玩' });
    await play.getByRole('button', { name: '开始试玩' }).click();
    const reply = play.getByRole('textbox', { name: '试玩回复' });
    for (const text of ['亲，您好！欢迎光临', '这个价格已经是活动价了哦，品质有保证', '您170cm 120斤的话建议拿L码哦']) {
      await reply.fill(text);
      await reply.press('Enter');
    }
    const inspector = play.getByRole('complementary', { name: '检查器' });
    await inspector.getByText('（结局：成交）').waitFor();
    expect(await inspector.getByLabel('触发的转移').textContent()).toBe('on 第 1 条（尺码推荐对）：size → deal');
    expect(await inspector.getByLabel('回复被理解为').textContent()).toContain('size = L');
    expect(await graph.locator('svg .graph-node.current').textContent()).toContain('deal');
    await page.getByRole('region', { name: '试玩' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'studio-playtest');

    const [download] = await Promise.all([page.waitForEvent('download'), play.getByRole('button', { name: '下载黄金对话' }).click()]);
    expect(download.suggestedFilename()).toBe('good.json');
    const golden = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { replies: string[]; expect: { outcome: string; states: string[] } };
    expect(golden.expect).toMatchObject({ outcome: 'sale', states: ['opening', 'size', 'deal'] });
    expect(golden.replies).toHaveLength(3);

    await page.getByRole('button', { name: '保存到本机' }).click();
    await page.getByText(/已保存“王老师的T恤买家”（第 1 版）/).waitFor();

    // Practice from the home screen, across a reload: she lives in IndexedDB.
    await page.goto(`${server.url}?fast=1#/`);
    const card = page.getByRole('article', { name: '王老师的T恤买家' });
    await card.waitFor();
    expect(await card.getByText('自编').count()).toBe(1);
    await screenshot(page, 'home-with-own-buyer');
    await card.getByRole('button', { name: '开始：王老师的T恤买家' }).click();
    await page.getByRole('textbox', { name: '回复' }).waitFor();
    expect(await page.locator('.pane-chat .messages').textContent()).toMatch(/能便宜点吗|有点贵/);

    await page.goto(`${server.url}?fast=1#/studio/tee-buyer`);
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('region', { name: '我的买家' }).getByRole('button', { name: '导出文件' }).click()]);
    expect(exported.suggestedFilename()).toBe('tee-buyer.yaml');
    expect(readFileSync((await exported.path())!, 'utf8')).toBe(source);
    expect(await page.getByRole('textbox', { name: '剧本文件内容' }).inputValue()).toBe(source);
    expect(profile.requests.every((u) => u.startsWith(server.url) || u.startsWith('blob:') || u.startsWith('data:'))).toBe(true);
  });
});
