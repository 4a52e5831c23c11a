import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { endedSession, storeSessions } from './fixtures';
import { getSession } from '@/db/sessions';

async function seed() {
  await storeSessions(...[
    endedSession({ id: 'one', startedAt: Date.UTC(2026, 0, 1, 1), scenarioId: 'price-haggle', scenarioTitle: '砍价的宝妈' }),
    endedSession({ id: 'two', startedAt: Date.UTC(2026, 0, 2, 1), scenarioId: 'complaint', scenarioTitle: '投诉的顾客', outcome: 'resolved' }),
    endedSession({ id: 'three', startedAt: Date.UTC(2026, 0, 3, 1), status: 'active', outcome: null, summary: undefined } as never),
  ]);
}

describe('history screen', () => {
  it('lists every past session and draws the score chart', async () => {
    await seed();
    window.location.hash = '#/history';

    render(<App />);

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('投诉的顾客')).toBeInTheDocument();
    expect(within(table).getByText('未完成')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /^最近 2 次对话的总分和三项得分/ })).toBeInTheDocument();
  });

  it('filters the sessions by buyer', async () => {
    await seed();
    window.location.hash = '#/history';
    const user = userEvent.setup();
    render(<App />);

    await user.selectOptions(await screen.findByLabelText('按买家筛选'), 'complaint');

    expect(await screen.findByText('全部对话（1）')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryByText('砍价的宝妈')).not.toBeInTheDocument();
  });

  it('deletes one session after confirmation', async () => {
    await seed();
    window.location.hash = '#/history';
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const user = userEvent.setup();
    render(<App />);

    const table = await screen.findByRole('table');
    await user.click(within(table).getAllByRole('button', { name: /^删除 .*投诉的顾客/ })[0]!);

    expect(await screen.findByText('全部对话（2）')).toBeInTheDocument();
    expect(await getSession('two')).toBeUndefined();
  });

  it('shows 50 sessions at a time and loads more on request', async () => {
    const records = Array.from({ length: 60 }, (_, i) => endedSession({ id: `s${i}`, startedAt: Date.UTC(2026, 0, 1) + i * 60_000 }));
    await storeSessions(...records);
    window.location.hash = '#/history';
    const user = userEvent.setup();
    render(<App />);

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('全部对话（60）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载更多' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(61));
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });
});
