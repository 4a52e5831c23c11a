import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { getSession } from '@/db/sessions';
import { findScenario } from '@/app/scenario-catalog';
import { resumeBuyer, ResumeError, snapshotFits } from '@/app/resume-buyer';
import { endedSession, storeSessions } from './fixtures';

/** A chat saved in a state the buyer file no longer has (the trainer renamed it since). */
const staleChat = () =>
  endedSession({
    id: 'stale',
    status: 'active',
    outcome: null,
    summary: undefined,
    snapshot: { status: 'active', value: 'state-removed-since', historyValue: {}, context: { mood: 50 }, children: {} },
  } as never);

beforeEach(async () => {
  window.history.replaceState(null, '', '/?fast=1#/');
  await db.settings.put({ key: 'traineeName', value: '小王' });
});

describe('a stored chat whose buyer file changed', () => {
  it('refuses the snapshot before XState sees it', () => {
    const scenario = findScenario('price-haggle')!;

    expect(snapshotFits(scenario, staleChat().snapshot)).toBe(false);
    expect(() => resumeBuyer(staleChat(), scenario)).toThrow(ResumeError);
  });

  it('explains in Chinese why it cannot continue and starts the buyer afresh on request', async () => {
    await storeSessions(staleChat());
    window.location.hash = '#/chat/stale';
    const user = userEvent.setup();
    render(<App />);

    const card = await screen.findByRole('alert', { name: '无法继续的对话' });
    expect(card).toHaveTextContent('买家剧本“砍价的宝妈”在这段对话开始之后被修改过');

    await user.click(screen.getByRole('button', { name: '重新接待这位买家' }));

    expect(await screen.findByRole('textbox', { name: '回复' })).toBeEnabled();
    expect(await db.sessions.count()).toBe(2);
  });

  it('closes the chat and shows its report on request', async () => {
    await storeSessions(staleChat());
    window.location.hash = '#/chat/stale';
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: '结束这段对话并查看报告' }));

    expect(await screen.findByRole('article', { name: '训练报告' })).toBeInTheDocument();
    expect((await getSession('stale'))?.status).toBe('ended');
  });
});
