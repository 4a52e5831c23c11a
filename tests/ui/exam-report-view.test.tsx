import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ReportView } from '@/ui/review/report-view';
import type { Report } from '@/server/exam-contract';

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
