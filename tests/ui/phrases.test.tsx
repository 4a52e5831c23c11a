// The 话术库: the starter library by group, the trainee's edits, additions and removals over it,
// 恢复默认, a team library as the base with her edits kept apart, the workbench panel by group,
// and the v5 → v6 upgrade of the flat phrase list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { App } from '@/ui/app';
import { db, openDb, type PeilianDb } from '@/db/db';
import { phraseLibrary, saveTeamPhrases } from '@/db/phrases';
import { saveMembership } from '@/db/membership';
import { STARTER_PHRASES } from '@/engine/phrases/starter';

const greet = STARTER_PHRASES.find((p) => p.id === 'pre-greet')!;
const comfort = STARTER_PHRASES.find((p) => p.id === 'after-empathy')!;

describe('话术库 screen', () => {
  it('lists the starter phrases by group, edits, adds and deletes, and restores the defaults', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    window.location.hash = '#/phrases';
    const user = userEvent.setup();
    render(<App />);

    const groups = await screen.findByRole('tablist', { name: '话术分类' });
    expect(within(groups).getAllByRole('tab').map((t) => t.textContent)).toEqual(['售前', '售中', '售后', '主动营销', '我的常用']);
    const preSale = screen.getByRole('list', { name: '售前话术' });
    expect(within(preSale).getByText(greet.text)).toBeInTheDocument();

    // Edit a starter phrase: her text is shown, marked, and the base is untouched.
    await user.click(screen.getByRole('button', { name: `编辑：${greet.text}` }));
    const edit = screen.getByLabelText('编辑短语');
    await user.clear(edit);
    await user.type(edit, '亲,您好~欢迎来到小棉家,有什么需要随时叫我哦~');
    await user.click(screen.getByRole('button', { name: '保存修改' }));
    // The edit box holds the typed text too (React mirrors a textarea's value into its text):
    // look for the phrase once the box has closed, in the list.
    await waitFor(() => expect(screen.queryByLabelText('编辑短语')).not.toBeInTheDocument());
    expect(await within(screen.getByRole('list', { name: '售前话术' })).findByText('亲,您好~欢迎来到小棉家,有什么需要随时叫我哦~')).toBeInTheDocument();
    expect(await screen.findByText('（已修改）')).toBeInTheDocument();
    expect(screen.queryByText(greet.text)).not.toBeInTheDocument();

    // Delete one in 售后, add one of her own there.
    await user.click(screen.getByRole('tab', { name: '售后' }));
    await user.click(await screen.findByRole('button', { name: `删除：${comfort.text}` }));
    await waitFor(() => expect(screen.queryByText(comfort.text)).not.toBeInTheDocument());
    await user.type(screen.getByLabelText('新短语'), '亲,退款已经帮您提交了哦,请留意退款进度呢~');
    await user.click(screen.getByRole('button', { name: '保存短语' }));
    expect(await within(screen.getByRole('list', { name: '售后话术' })).findByText('亲,退款已经帮您提交了哦,请留意退款进度呢~')).toBeInTheDocument();
    expect(screen.getByText(/你改过或删掉了其中 2 条/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已恢复默认（2 条）');
    expect(await screen.findByText(comfort.text)).toBeInTheDocument();
    // Her own phrase stays.
    expect(screen.getByText('亲,退款已经帮您提交了哦,请留意退款进度呢~')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '售前' }));
    expect(await screen.findByText(greet.text)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '恢复默认' })).toBeDisabled();
  });

  it('moves between groups with the arrow keys', async () => {
    window.location.hash = '#/phrases';
    const user = userEvent.setup();
    render(<App />);
    const first = await screen.findByRole('tab', { name: '售前' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '售中' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '售中' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '我的常用' })).toHaveAttribute('aria-selected', 'true');
  });

  it('uses the team library as the base once joined, keeping her edit apart from it', async () => {
    await saveMembership({
      base: 'http://127.0.0.1:9',
      token: 't',
      deviceId: 'd',
      member: { id: 'm1', teamId: 'team1', role: 'trainee', name: '小王', createdAt: 1 },
      team: { id: 'team1', name: '小棉家', createdAt: 1 },
      joinedAt: 1,
      downloadCursor: null,
    } as never);
    await saveTeamPhrases({ teamId: 'team1', phrases: [{ id: 'greet', category: 'pre-sale', text: '亲,小棉家欢迎您~' }], version: 2, updatedAt: 5, updatedBy: '组长' });
    let lib = await phraseLibrary();
    expect(lib.base.source).toBe('team');
    const [phrase] = lib.phrases;
    const { editPhrase } = await import('@/db/phrases');
    await editPhrase(phrase!, '亲,小棉家欢迎您,有事随时找我哦~');
    // A new team library arrives: her edit of `greet` still shows over it.
    await saveTeamPhrases({ teamId: 'team1', phrases: [{ id: 'greet', category: 'pre-sale', text: '亲,欢迎光临~' }, { id: 'wait', category: 'in-sale', text: '亲,请稍等~' }], version: 3, updatedAt: 6, updatedBy: '组长' });
    lib = await phraseLibrary();
    expect(lib.phrases.map((p) => [p.key, p.text, p.edited])).toEqual([
      ['greet', '亲,小棉家欢迎您,有事随时找我哦~', true],
      ['wait', '亲,请稍等~', false],
    ]);
    // Another team's library is never the base.
    await saveTeamPhrases({ teamId: 'team2', phrases: [{ id: 'x', category: 'pre-sale', text: '别家的' }], version: 1, updatedAt: 7, updatedBy: '别人' });
    expect((await phraseLibrary()).base.source).toBe('starter');
  });

  it('puts a phrase of the chosen group into the reply box from the workbench panel', async () => {
    window.history.replaceState(null, '', '/?fast=1#/');
    await db.settings.put({ key: 'traineeName', value: '小王' });
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByRole('article', { name: '砍价的宝妈' });
    await user.click(within(card).getByRole('button', { name: '开始：砍价的宝妈' }));
    const box = await screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 });
    await user.click(screen.getByRole('tab', { name: '快捷短语' }));
    await user.click(await screen.findByRole('tab', { name: '售中' }));
    const wait = STARTER_PHRASES.find((p) => p.id === 'in-wait')!;
    await user.click(await screen.findByRole('button', { name: `插入：${wait.text}` }));
    expect(box).toHaveValue(wait.text);
    expect(screen.getByRole('link', { name: '管理话术库' })).toHaveAttribute('href', '#/phrases');
  });
});

describe('database upgrade from version 5 to 6', () => {
  const NAME = 'peilian-upgrade-v6';
  let opened: PeilianDb | null = null;
  afterEach(async () => {
    opened?.close();
    opened = null;
    await Dexie.delete(NAME);
  });

  it('keeps every flat phrase with its id and text under 我的常用, and adds the team table', async () => {
    const v5 = new Dexie(NAME);
    v5.version(1).stores({ sessions: 'id, scenarioId, status, startedAt, updatedAt', phrases: 'id, createdAt', settings: 'key' });
    v5.version(2).stores({
      sessions: 'id, scenarioId, status, startedAt, updatedAt, [scenarioId+startedAt], [status+startedAt], [scenarioId+summary.total]',
      messages: '[sessionId+index]',
      snapshots: 'sessionId',
    });
    v5.version(3).stores({ outbox: 'sessionId, pending', membership: 'id' });
    v5.version(4).stores({ buyers: 'id, updatedAt' });
    v5.version(5).stores({ drafts: 'sessionId', leases: 'sessionId' });
    await v5.table('phrases').bulkPut([
      { id: 'p1', text: '亲，您好~', createdAt: 1 },
      { id: 'p2', text: '亲，稍等哦', createdAt: 2 },
    ]);
    await v5.table('settings').put({ key: 'traineeName', value: '小王' });
    v5.close();

    opened = openDb(NAME);
    await opened.open();

    expect(opened.verno).toBeGreaterThanOrEqual(6);
    expect(await opened.phrases.orderBy('createdAt').toArray()).toEqual([
      { id: 'p1', text: '亲，您好~', createdAt: 1, category: 'mine' },
      { id: 'p2', text: '亲，稍等哦', createdAt: 2, category: 'mine' },
    ]);
    expect(await opened.phrases.where('category').equals('mine').count()).toBe(2);
    expect(await opened.teamPhrases.count()).toBe(0);
    expect((await opened.settings.get('traineeName'))?.value).toBe('小王');
  });
});
