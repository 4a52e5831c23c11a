import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { exportAll } from '@/db/backup';
import { addPhrase, deletePhrase, editPhrase, phraseLibrary } from '@/db/phrases';
import { endedSession, storeSessions } from './fixtures';

function jsonFile(text: string, name = 'backup.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('data screen', () => {
  it('imports a backup and reports what was merged', async () => {
    await storeSessions(endedSession());
    const text = JSON.stringify(await exportAll());
    await Promise.all([db.sessions.clear(), db.messages.clear(), db.snapshots.clear()]);
    window.location.hash = '#/data';
    const user = userEvent.setup();
    render(<App />);

    await user.upload(await screen.findByLabelText('选择备份文件'), jsonFile(text));

    expect(await screen.findByText('导入完成：新增 1 条对话，更新 0 条（备份中有更多消息或更新的状态），新增 0 条快捷短语。')).toBeInTheDocument();
    expect(await db.sessions.count()).toBe(1);
  });

  it('says what the export saved once the file is made', async () => {
    await storeSessions(endedSession());
    window.location.hash = '#/data';
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: '导出全部数据' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/^已导出 1 条对话，文件 peilian-backup-\d{8}-\d{4}\.json 在浏览器的下载文件夹里。$/);
  });

  it('counts the phrases her 话术库 lists, not the rows of her changes to it', async () => {
    const base = (await phraseLibrary()).phrases;
    // One phrase of her own, one base phrase edited, one removed: three rows, one phrase more, one less.
    await addPhrase('亲，这款今天下单明天就发哦~');
    await editPhrase(base[0]!, '亲，您好呀，有什么可以帮您~');
    await deletePhrase(base[1]!);
    expect(await db.phrases.count()).toBe(3);
    window.location.hash = '#/data';
    render(<App />);

    expect(await screen.findByText(new RegExp(`：0 条对话，${base.length} 条快捷短语`))).toBeInTheDocument();
  });

  it('shows a clear Chinese error for a file that is not a backup and imports nothing', async () => {
    window.location.hash = '#/data';
    const user = userEvent.setup();
    render(<App />);

    await user.upload(await screen.findByLabelText('选择备份文件'), jsonFile('{"sessions": 3}'));

    expect(await screen.findByRole('alert')).toHaveTextContent('这不是陪练导出的数据文件');
    expect(await db.sessions.count()).toBe(0);
  });

  it('deletes everything after confirmation', async () => {
    await storeSessions(endedSession());
    await db.phrases.put({ id: 'p', text: '亲', createdAt: 1 });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    window.location.hash = '#/data';
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: '删除全部数据' }));

    expect(await screen.findByText('已删除全部数据。')).toBeInTheDocument();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.phrases.count()).toBe(0);
  });
});
