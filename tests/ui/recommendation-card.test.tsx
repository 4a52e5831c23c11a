// The recommendation card reads the stored sessions (fake-indexeddb), re-grades them and shows
// the buyer, variant and reason; 开始 starts that buyer, 忽略 hides it and is remembered.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCatalog } from '@/app/scenario-catalog';
import { RecommendationCard } from '@/ui/home/recommendation-card';
import { buyerSkills } from '@/engine/skills/buyer-skills';
import { endedSession, storeSessions } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 0, 10, 8, 0);

/** A complaint chat where the trainee greeted and closed warmly but skipped the apology. */
function coldComplaint(id: string, daysAgo: number) {
  const at = NOW - daysAgo * DAY;
  return endedSession({
    id,
    scenarioId: 'complaint',
    scenarioTitle: '快递不动的生气买家',
    startedAt: at,
    updatedAt: at + 60_000,
    outcome: 'resolved',
    turns: [
      { role: 'buyer', text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
      { role: 'agent', text: '您好，单号发我。' },
      { role: 'buyer', text: '好吧 快点查', upset: false },
      { role: 'agent', text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
    ],
  });
}

describe('recommendation card', () => {
  it('sends a trainee who failed empathy twice to the complaint buyer on 难缠, with the reason', async () => {
    await storeSessions(coldComplaint('a', 3), coldComplaint('b', 1));
    const onStart = vi.fn();
    const user = userEvent.setup();
    render(<RecommendationCard scenarios={getCatalog().scenarios} disabled={false} onStart={onStart} now={() => NOW} />);

    const card = await screen.findByRole('region', { name: '推荐练习' });
    expect(card).toHaveTextContent('快递不动的生气买家');
    expect(card).toHaveTextContent('难缠');
    expect(card).toHaveTextContent('你最近2次都没做好“买家生气时先安抚”');
    await user.click(screen.getByRole('button', { name: '开始' }));
    expect(onStart).toHaveBeenCalledWith('complaint', 'hard');
  });

  it('hides the suggestion when ignored, keeps it hidden on the next visit, and can bring it back', async () => {
    await storeSessions(coldComplaint('a', 3), coldComplaint('b', 1));
    const user = userEvent.setup();
    const first = render(<RecommendationCard scenarios={getCatalog().scenarios} disabled={false} onStart={() => {}} now={() => NOW} />);
    await screen.findByRole('region', { name: '推荐练习' });
    await user.click(screen.getByRole('button', { name: '忽略' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '推荐练习' })).not.toBeInTheDocument());
    first.unmount();

    render(<RecommendationCard scenarios={getCatalog().scenarios} disabled={false} onStart={() => {}} now={() => NOW} />);
    await user.click(await screen.findByRole('button', { name: '显示推荐练习' }));
    expect(await screen.findByRole('region', { name: '推荐练习' })).toHaveTextContent('快递不动的生气买家');
  });

  it('sends a trainee who refused an invoice once back to a buyer who asks for one, on 一般, naming the invoice', async () => {
    const at = NOW - 2 * DAY;
    await storeSessions(
      endedSession({
        id: 'inv',
        startedAt: at,
        updatedAt: at + 60_000,
        turns: [
          { role: 'buyer', text: '这个四件套能开发票吗？公司报销要用' },
          { role: 'agent', text: '亲，您好~特价商品不开发票哦' },
          { role: 'buyer', text: '那算了' },
          { role: 'agent', text: '感谢亲的支持，祝您生活愉快~' },
        ],
        outcome: 'no-sale',
      }),
    );
    const onStart = vi.fn();
    const user = userEvent.setup();
    const scenarios = getCatalog().scenarios;
    render(<RecommendationCard scenarios={scenarios} disabled={false} onStart={onStart} now={() => NOW} />);

    const card = await screen.findByRole('region', { name: '推荐练习' });
    expect(card).toHaveTextContent('你上次没做好“开发票”，趁记得再去');
    expect(card).toHaveTextContent('一般');
    await user.click(screen.getByRole('button', { name: '开始' }));
    const [id, variant] = onStart.mock.calls[0]!;
    expect(variant).toBe('normal');
    // The buyer chosen is one whose script asks about the invoice.
    expect(buyerSkills(scenarios.find((s) => s.id === id)!).has('invoice')).toBe(true);
  });

  it('suggests a first skill to a new trainee with no sessions', async () => {
    render(<RecommendationCard scenarios={getCatalog().scenarios} disabled={false} onStart={() => {}} now={() => NOW} />);
    expect(await screen.findByRole('region', { name: '推荐练习' })).toHaveTextContent('你还没练过');
  });
});
