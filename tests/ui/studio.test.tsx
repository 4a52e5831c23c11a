// The trainer's studio in jsdom with a real IndexedDB (fake-indexeddb): the checker's errors
// as the trainer types, the graph, the playtest inspector, the golden download and saving.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { saveTrainerBuyer } from '@/db/trainer-buyers';
import { preloadScreen } from '@/ui/screens';
import { TEMPLATE } from '@/ui/studio/template';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import type { Golden } from '@/app/golden';

beforeAll(async () => {
  await preloadScreen('studio');
});

/** Every file the studio hands to the browser's download, by name. */
function captureDownloads(): Map<string, Blob> {
  const files = new Map<string, Blob>();
  let last: Blob | null = null;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => ((last = blob), 'blob:studio') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.set(this.download, last);
  });
  return files;
}

async function openStudio() {
  window.location.hash = '#/studio';
  // jsdom fires hashchange later: let the one from setup's '#/' and this one pass before the
  // app renders, or the app would leave the studio and come back, dropping what was typed.
  await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  render(<App />);
  const editor = await screen.findByRole('textbox', { name: '剧本文件内容' });
  await screen.findByText('没有错误');
  return editor as HTMLTextAreaElement;
}

const type = (editor: HTMLTextAreaElement, source: string) => fireEvent.change(editor, { target: { value: source } });

describe('the trainer’s studio', () => {
  it('is reachable from the top bar as 剧本工坊 and starts from a valid commented file', async () => {
    const user = userEvent.setup();
    render(<App />);

    await user.click(within(await screen.findByRole('navigation', { name: '主导航' })).getByRole('link', { name: '剧本工坊' }));

    const editor = (await screen.findByRole('textbox', { name: '剧本文件内容' })) as HTMLTextAreaElement;
    expect(editor.value).toBe(TEMPLATE);
    expect(await screen.findByText('没有错误')).toBeInTheDocument();
  });

  it('shows the checker’s error with its code, FILE:LINE:COL and Chinese hint as the trainer types, and marks the line', async () => {
    const editor = await openStudio();

    type(editor, TEMPLATE.replace('category: 售前', 'category: 售钱'));

    const issues = screen.getByRole('region', { name: '检查结果' });
    expect(await within(issues).findByText('my-buyer.yaml:7:11 invalid-value')).toBeInTheDocument();
    expect(within(issues).getByText(/“售钱”不在可选范围内/)).toBeInTheDocument();
    expect(within(issues).getByText('提示：可选的值：售前、售中、售后。')).toBeInTheDocument();
    expect(screen.getByTitle('第 7 行：错误')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '试玩' })).not.toBeInTheDocument();
  });

  it('reports what the path checker finds, as `peilian check` does, and draws the dead ends', async () => {
    const editor = await openStudio();
    // angry and sulk only lead to each other: the buyer is stuck once she is angry.
    fireEvent.change(screen.getByRole('textbox', { name: '文件名' }), { target: { value: 'trap.yaml' } });
    type(editor, readFileSync('tests/fixtures/scenarios/paths/trap.yaml', 'utf8'));

    expect(await screen.findByText('trap.yaml:82:3 dead-end', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('trap.yaml:91:3 dead-end')).toBeInTheDocument();
    expect(screen.getByTitle('第 82 行：错误')).toBeInTheDocument();
    const graph = screen.getByRole('region', { name: '买家状态图' });
    expect(within(within(graph).getByRole('img')).getAllByText('死胡同')).toHaveLength(2);
  });

  it('draws every state with what takes her from one to another, endings by kind', async () => {
    await openStudio();

    const graph = screen.getByRole('region', { name: '买家状态图' });
    for (const name of ['opening', 'size', 'angry', 'deal', 'gone']) expect(within(graph).getByText(name)).toBeInTheDocument();
    expect(within(graph).getByText('hold-price')).toBeInTheDocument();
    expect(within(graph).getByText('违规 platform')).toBeInTheDocument();
    expect(within(graph).getByText('尺码推荐对')).toBeInTheDocument();
    expect(within(graph).getByText('成交')).toBeInTheDocument();
    expect(within(graph).getByText('未成交')).toBeInTheDocument();
    expect(within(graph).queryByText('等太久')).not.toBeInTheDocument();
    fireEvent.click(within(graph).getByRole('checkbox'));
    expect(within(graph).getAllByText('等太久').length).toBeGreaterThan(0);
  });

  it('plays the buyer with an inspector: state, mood, the transition that fired and why, the reply as understood', async () => {
    const user = userEvent.setup();
    await openStudio();
    const play = screen.getByRole('region', { name: '试玩' });

    await user.click(within(play).getByRole('button', { name: '开始试玩' }));
    await user.type(within(play).getByRole('textbox', { name: '试玩回复' }), '这个价格已经是活动价了哦，品质有保证{Enter}');

    const inspector = within(play).getByRole('complementary', { name: '检查器' });
    expect(within(inspector).getByText('size')).toBeInTheDocument();
    expect(within(inspector).getByText('55/100')).toBeInTheDocument();
    expect(within(inspector).getByLabelText('触发的转移')).toHaveTextContent('on 第 3 条（hold-price）：opening → size');
    expect(within(inspector).getByLabelText('为什么成立')).toHaveTextContent('move: hold-price ✓ 回复的动作：hold-price（坚持价格）');
    expect(within(inspector).getByLabelText('回复被理解为')).toHaveTextContent('hold-price（坚持价格）');
    expect(within(play).getByText('那我170、120斤穿什么码？')).toBeInTheDocument();
  });

  it('restarts at any state with a chosen mood, and then does not offer a golden', async () => {
    const user = userEvent.setup();
    await openStudio();
    const play = screen.getByRole('region', { name: '试玩' });

    await user.selectOptions(within(play).getByRole('combobox', { name: '从哪里开始' }), 'angry');
    await user.type(within(play).getByRole('spinbutton', { name: '起始心情' }), '20');
    await user.click(within(play).getByRole('button', { name: '开始试玩' }));

    expect(within(play).getByText('你这是什么态度？')).toBeInTheDocument();
    const inspector = within(play).getByRole('complementary', { name: '检查器' });
    expect(within(inspector).getByText('angry')).toBeInTheDocument();
    expect(within(inspector).getByText('20/100')).toBeInTheDocument();
    expect(within(play).getByRole('button', { name: '下载黄金对话' })).toBeDisabled();
  });

  it('saves the playtest as a golden transcript that the golden test replays to the same result', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    await openStudio();
    const play = screen.getByRole('region', { name: '试玩' });
    await user.click(within(play).getByRole('button', { name: '开始试玩' }));
    const reply = within(play).getByRole('textbox', { name: '试玩回复' });
    await user.type(reply, '亲，您好！欢迎光临{Enter}');
    await user.type(reply, '这个价格已经是活动价了哦，品质有保证{Enter}');
    await user.type(reply, '您170cm 120斤的话建议拿L码哦{Enter}');

    await user.clear(within(play).getByRole('textbox', { name: '黄金对话文件名' }));
    await user.type(within(play).getByRole('textbox', { name: '黄金对话文件名' }), 'sized');
    await user.type(within(play).getByRole('textbox', { name: '黄金对话说明' }), '守价后推荐对尺码');
    await user.click(within(play).getByRole('button', { name: '下载黄金对话' }));

    expect(await within(play).findByText(/已下载 sized\.json/)).toBeInTheDocument();
    const golden = JSON.parse(await downloads.get('sized.json')!.text()) as Golden;
    expect(golden).toMatchObject({ about: '守价后推荐对尺码', variant: '', seed: 1, expect: { outcome: 'sale', states: ['opening', 'size', 'deal'] } });
    // Replayed as tests/engine/golden.test.ts does.
    const scenario = loadScenario(TEMPLATE, 'my-buyer.yaml').scenario!;
    const transcript = playScript(scenario, golden.replies, { seed: golden.seed, variant: golden.variant });
    const result = score(transcript, scenario);
    expect(transcript.outcome).toBe(golden.expect.outcome);
    expect(result.violations.map((v) => v.rule)).toEqual(golden.expect.violations);
    expect(result.scores.total).toBeGreaterThanOrEqual(golden.expect.total[0]);
    expect(result.scores.total).toBeLessThanOrEqual(golden.expect.total[1]);
    expect(result.passed).toBe(golden.expect.passed);
  });

  it('saves the buyer in the browser and exports the file back', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const editor = await openStudio();
    const source = TEMPLATE.replace('id: my-buyer', 'id: tee-buyer').replace('title: 想便宜点的T恤买家', 'title: 自编的T恤买家');
    type(editor, source);
    fireEvent.change(screen.getByRole('textbox', { name: '文件名' }), { target: { value: 'tee-buyer.yaml' } });
    await waitFor(() => expect(screen.getByRole('button', { name: '保存到本机' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: '保存到本机' }));

    expect(await screen.findByText(/已保存“自编的T恤买家”（第 1 版）/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(await db.buyers.get('tee-buyer')).toMatchObject({ file: 'tee-buyer.yaml', source, revision: 1 });
    const mine = screen.getByRole('region', { name: '我的买家' });
    await user.click(await within(mine).findByRole('button', { name: '导出文件' }));
    expect(await downloads.get('tee-buyer.yaml')!.text()).toBe(source);
  });

  it('lists a stored buyer on the home screen as 自编 and plays her as practice', async () => {
    const user = userEvent.setup();
    const source = TEMPLATE.replace('id: my-buyer', 'id: tee-buyer').replace('title: 想便宜点的T恤买家', 'title: 自编的T恤买家');
    await saveTrainerBuyer({ id: 'tee-buyer', file: 'tee-buyer.yaml', source, title: '自编的T恤买家' });
    await db.settings.put({ key: 'traineeName', value: '小王' });
    render(<App />);

    const card = await screen.findByRole('article', { name: '自编的T恤买家' }, { timeout: 5000 });
    expect(within(card).getByText('自编')).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByRole('button', { name: '开始：自编的T恤买家' })).toBeEnabled());
    await user.click(within(card).getByRole('button', { name: '开始：自编的T恤买家' }));
    expect(await screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: '聊天记录' })).toHaveTextContent(/能便宜点吗|有点贵/);
  });

  it('refuses to save a buyer under a built-in buyer’s id, and keeps the text', async () => {
    const user = userEvent.setup();
    const editor = await openStudio();
    const source = readFileSync('scenarios/price-haggle.yaml', 'utf8');
    type(editor, source);
    fireEvent.change(screen.getByRole('textbox', { name: '文件名' }), { target: { value: 'price-haggle.yaml' } });
    await waitFor(() => expect(screen.getByRole('button', { name: '保存到本机' })).toBeEnabled(), { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: '保存到本机' }));

    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent('编号“price-haggle”是内置买家的编号');
    expect(await db.buyers.count()).toBe(0);
    expect(editor.value).toBe(source);
  });
});
