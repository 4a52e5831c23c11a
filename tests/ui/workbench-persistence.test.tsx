// What the workbench keeps when IndexedDB is slow, refuses writes or the page goes away
// (issue 10). Browser kills and reloads at random moments are in tests/browser/robust.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { useUiStore } from '@/store/ui-store';
import { pendingSessions } from '@/ui/pending-sessions';
import { storedSessions } from './fixtures';

beforeEach(async () => {
  window.history.replaceState(null, '', '/?fast=1#/');
  await db.settings.put({ key: 'traineeName', value: '小王' });
});

async function startChat(user: ReturnType<typeof userEvent.setup>) {
  const card = await screen.findByRole('article', { name: '砍价的宝妈' });
  await user.click(within(card).getByRole('button', { name: '开始：砍价的宝妈' }));
  return screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 });
}

const chatId = () => decodeURIComponent(window.location.hash.replace('#/chat/', ''));
const agentTexts = async () => (await storedSessions())[0]?.turns.filter((t) => t.role === 'agent').map((t) => t.text);
const refuseWrites = () => vi.spyOn(db.messages, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

describe('the workbench keeps what IndexedDB has not committed', () => {
  it('writes the draft to IndexedDB as it is typed, so a browser kill keeps it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);

    await user.type(box, '还没发出去的话');

    await waitFor(async () => expect((await db.drafts.get(chatId()))?.text).toBe('还没发出去的话'));
  });

  it('keeps the stored draft after Enter until the reply itself is stored, then removes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    await user.type(box, '亲，您好');
    await waitFor(async () => expect((await db.drafts.get(chatId()))?.text).toBe('亲，您好'));
    const put = refuseWrites();

    await user.keyboard('{Enter}');
    await screen.findByRole('alert');

    expect((await db.drafts.get(chatId()))?.text).toBe('亲，您好');
    put.mockRestore();
    await user.type(box, '这款是A类面料哦{Enter}');
    await waitFor(async () => expect(await agentTexts()).toEqual(['亲，您好', '这款是A类面料哦']));
    expect(await db.drafts.get(chatId())).toBeUndefined();
  });

  it('restores and writes the replies a refused write left when the page is reloaded', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    const box = await startChat(user);
    const put = refuseWrites();
    await user.type(box, '亲，您好{Enter}');
    await screen.findByRole('alert');
    expect(localStorage.getItem(`peilian-unsaved:${chatId()}`)).toContain('亲，您好');
    first.unmount();
    put.mockRestore();

    render(<App />);

    expect(await within(await screen.findByRole('log', { name: '聊天记录' })).findByText('亲，您好')).toBeInTheDocument();
    await waitFor(async () => expect(await agentTexts()).toEqual(['亲，您好']));
    await waitFor(() => expect(useUiStore.getState().unsaved).toEqual({}));
  });

  it('asks before the page is left while refused turns are only on screen, and not once they are exported', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    refuseWrites();
    await user.type(box, '亲，您好{Enter}');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('离开或关闭页面前请先导出备份');

    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);

    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    await user.click(within(banner).getByRole('button', { name: '立即导出备份' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('已导出备份'));
    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('keeps refused turns after the chat is ended and left, and puts them in the export', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    refuseWrites();
    await user.type(box, '亲，您好{Enter}');
    await screen.findByRole('alert');

    await user.click(screen.getByRole('button', { name: '结束会话' }));
    await screen.findByRole('article', { name: '训练报告' }, { timeout: 5000 });
    window.location.hash = '#/';
    await screen.findByRole('article', { name: '砍价的宝妈' }, { timeout: 5000 });

    expect(screen.getByRole('alert')).toHaveTextContent('条消息只在本页');
    const [kept] = pendingSessions();
    expect(kept?.turns.filter((t) => t.role === 'agent').map((t) => t.text)).toEqual(['亲，您好']);
    expect(kept?.status).toBe('ended');
    const { exportAll } = await import('@/db/backup');
    const backup = await exportAll(pendingSessions());
    expect(backup.sessions[0]?.turns.some((t) => t.text === '亲，您好')).toBe(true);
  });

  it('counts the characters of a reply against the limit, as the shop chat tool does', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);

    await user.type(box, '亲，您好');

    expect(box).toHaveAttribute('maxLength', '500');
    expect(screen.getByText('4/500')).toBeInTheDocument();
  });
});
