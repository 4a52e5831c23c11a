import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ReportView } from '@/ui/review/report-view';
import type { Report } from '@/server/exam-contract';
import { disputable, itemKey } from '@/ui/review/rule-points';

function signedReport(items: Report['items']): Report {
  return {
    attemptId: 'a1', examId: 'e1', version: 1, signedBy: { id: 'm1', name: '陈导师' }, signedAt: 0, verdict: 'pass', summary: '整体不错',
    automatic: { total: 100, passed: true, passMark: 80, parts: [], gradedAt: 0 },
    mentorTotal: items.length ? 94 : 100, items, comments: [], parts: [{ index: 0, turns: [] }], resolves: [], acknowledgedAt: null,
  };
}

describe('the signed exam report', () => {
  it('says there is no deduction without an empty table beneath', () => {
    render(<ReportView report={signedReport([])} />);

    const section = screen.getByRole('region', { name: '扣分项' });
    expect(section).toHaveTextContent('没有扣分项。');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each deduction in a table with the rule in Chinese', () => {
    render(<ReportView report={signedReport([{ part: 0, turn: 1, rule: 'invoice-refuse', autoPoints: null, points: 6, action: 'add', comment: null }])} />);

    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('第1位 · 第2句');
    expect(table).toHaveTextContent('拒开发票');
    expect(table).toHaveTextContent('补充');
  });
});

describe('what a trainee may dispute', () => {
  const item = (turn: number, rule: string, action: Report['items'][number]['action'], points: number): Report['items'][number] => ({ part: 0, turn, rule, autoPoints: points, points, action, comment: null });
  it('every charged item, tone items (0 points) included, but not one the mentor removed or one already disputed', () => {
    const items = [item(1, 'invoice-refuse', 'agree', 6), item(2, 'tone-cold', 'agree', 0), item(3, 'off-platform', 'remove', 0), item(4, 'order-close', 'agree', 12)];
    const disputed = new Map([[itemKey(items[3]!), { status: 'open' }]]);
    expect(disputable(items, disputed).map((i) => i.rule)).toEqual(['invoice-refuse', 'tone-cold']);
    expect(disputable([item(3, 'off-platform', 'remove', 0)], new Map())).toEqual([]);
  });
});
