// The history screen's two pictures on seeded histories: the score chart keeps many chats of
// one day apart (one slot each, a line between days, the day's count), shows the variant of each
// chat and the pass line, compares one buyer's chats; the skills picture marks each skill right
// or wrong per chat, with its rate, and says the same in text.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import type { SessionRecord } from '@/db/records';
import { SCORER_VERSION } from '@/engine/score/version';
import { endedSession, storeSessions } from './fixtures';

// Local times, so the day a chat falls on is the same whatever the machine's time zone.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 0, day, hour, minute).getTime();

function scored(id: string, start: number, variant: string, total: number, over: Partial<SessionRecord> = {}): SessionRecord {
  return endedSession({
    id,
    startedAt: start,
    updatedAt: start + 600_000,
    variant,
    summary: { tone: total, compliance: 100, conversion: total - 10, total, passed: total >= 80, pointsDeducted: 0, scorerVersion: SCORER_VERSION },
    ...over,
  });
}

/** A complaint chat in which the trainee answered the angry buyer without a word of comfort. */
function coldComplaint(id: string, start: number): SessionRecord {
  return scored(id, start, 'hard', 55, {
    scenarioId: 'complaint',
    scenarioTitle: '快递不动的生气买家',
    outcome: 'resolved',
    turns: [
      { role: 'buyer', text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
      { role: 'agent', text: '您好，单号发我。' },
      { role: 'buyer', text: '好吧 快点查', upset: false },
      { role: 'agent', text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
    ],
  });
}

/** Nine chats on 12 January between 09:00 and 17:00, then three on the 14th. */
async function seedBusyDay() {
  const variants = ['easy', 'normal', 'hard'];
  const busy = Array.from({ length: 9 }, (_, i) => scored(`d12-${i}`, at(12, 9, i * 50), variants[i % 3]!, 60 + i * 4));
  await storeSessions(...busy, coldComplaint('c1', at(12, 17, 30)), coldComplaint('c2', at(14, 10)), scored('d14', at(14, 11), 'normal', 92));
}

describe('history charts', () => {
  it('gives each of many chats on one day its own slot, with a line between days, the variants and the pass line', async () => {
    await seedBusyDay();
    window.location.hash = '#/history';
    render(<App />);

    const chart = await screen.findByRole('img', { name: /最近 12 次对话的总分和三项得分，2 天，\d+ 次及格（及格线 80 分）/ });
    // One separator between the two days, the busy day's date with its count under its slots.
    expect(chart.querySelectorAll('.day-separator')).toHaveLength(1);
    expect(within(chart).getByText('1月12日（10次）')).toBeInTheDocument();
    expect(within(chart).getByText('1月14日（2次）')).toBeInTheDocument();
    expect(within(chart).getByText('及格线 80')).toBeInTheDocument();
    expect(chart.querySelector('.pass-line')).not.toBeNull();
    // Every chat has its own marker: twelve distinct x positions, not one pile on the 12th.
    const marks = [...chart.querySelectorAll('title')].map((t) => t.textContent ?? '').filter((t) => t.includes('总分'));
    expect(marks).toHaveLength(12);
    expect(marks.filter((t) => t.includes('难缠'))).toHaveLength(5);
    const legend = screen.getByText('横轴：每次对话一格，按时间排列，虚线分开不同的日子').parentElement!;
    for (const name of ['好说话', '一般', '难缠', '总分', '及格线 80']) expect(within(legend).getByText(name)).toBeInTheDocument();
    // Triangles for 难缠, squares for 一般, circles for 好说话.
    expect(chart.querySelectorAll('polygon')).toHaveLength(5);
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
  });

  it('compares one buyer’s chats over time once she is chosen', async () => {
    await seedBusyDay();
    window.location.hash = '#/history';
    const user = userEvent.setup();
    render(<App />);

    await user.selectOptions(await screen.findByLabelText('按买家筛选'), 'complaint');

    expect(await screen.findByRole('heading', { name: '得分趋势：快递不动的生气买家' })).toBeInTheDocument();
    const chart = await screen.findByRole('img', { name: /^「快递不动的生气买家」的最近 2 次对话/ });
    expect(chart.querySelectorAll('.day-separator')).toHaveLength(1);
  });

  it('draws each skill right or wrong per chat with its rate, and writes it out as text', async () => {
    await seedBusyDay();
    window.location.hash = '#/history';
    render(<App />);

    const region = await screen.findByRole('region', { name: '技能进步' });
    const picture = await within(region).findByRole('img', { name: /最近 12 次对话里每项技能做对没有/ });
    // The two cold complaint chats: empathy missed twice, drawn as two crosses in its row.
    const rows = [...picture.querySelectorAll('.skill-row')];
    const empathy = rows.find((r) => r.textContent?.includes('买家生气时先安抚'))!;
    expect(empathy.querySelectorAll('.mark-miss')).toHaveLength(2);
    expect(empathy.querySelectorAll('.mark-ok')).toHaveLength(0);
    expect(within(empathy as HTMLElement).getByText('最近2次 0% · 共2次')).toBeInTheDocument();
    // The greeting arose in every chat: twelve marks.
    const greet = rows.find((r) => r.textContent?.includes('开场问候'))!;
    expect(greet.querySelectorAll('.mark-ok, .mark-miss')).toHaveLength(12);

    const text = within(region).getByRole('list', { name: '各项技能的文字说明' });
    expect(within(text).getByText('买家生气时先安抚：遇到 2 次，做对 0 次（0%），最近 2 次做对 0%；按时间先后：错错。')).toBeInTheDocument();
    expect(within(text).getByText(/^开场问候：遇到 12 次/)).toBeInTheDocument();
  });
});
