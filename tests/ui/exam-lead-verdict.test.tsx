// The lead's exam overview in jsdom against a real team server: an attempt shows only its status
// until a mentor signs it, then the signed verdict, the mentor's total and who signed.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '@/ui/app';
import { ExamSchema, ReportSchema, TraineeAttemptSchema } from '@/server/exam-contract';
import { request, requestEmpty } from '@/app/team/api-client';
import { preloadScreen } from '@/ui/screens';
import { useTeamPage } from './team-page';

const page = useTeamPage();

beforeAll(async () => {
  await preloadScreen('exam-lead');
}, 60_000);

/** Two trainees took the exam; the mentor signs 小赵's attempt only. */
async function oneSigned(): Promise<{ total: number }> {
  const lead = { base: page.team.base, bearer: page.team.lead.token };
  const mentor = await page.join('mentor', '王老师');
  const zhao = await page.join('trainee', '小赵');
  const qian = await page.join('trainee', '小钱');
  await requestEmpty(lead, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { traineeIds: [zhao.member.id, qian.member.id] });
  const exam = await request(lead, 'POST', '/api/exams', ExamSchema, { title: '第14天考核', buyers: [{ ref: { kind: 'builtin', id: 'price-haggle' }, seed: 7 }], traineeIds: [zhao.member.id, qian.member.id] });
  const attempts: string[] = [];
  for (const t of [zhao, qian]) {
    const me = { base: page.team.base, bearer: t.token };
    const attempt = await request(me, 'POST', `/api/exams/${exam.id}/attempt`, TraineeAttemptSchema);
    await request(me, 'POST', `/api/attempts/${attempt.id}/end-part`, TraineeAttemptSchema);
    attempts.push(attempt.id);
  }
  const report = await request({ base: page.team.base, bearer: mentor.token }, 'POST', `/api/attempts/${attempts[0]}/sign`, ReportSchema, { verdict: 'fail', summary: '没有报价就结束了' });
  await page.remember(page.team.lead);
  return { total: report.mentorTotal };
}

describe("the lead's exam overview", () => {
  it('shows the signed verdict, total and signer beside a signed attempt, and nothing beside an unsigned one', async () => {
    const { total } = await oneSigned();
    window.location.hash = '#/exams/lead';
    render(<App />);

    const results = await screen.findByRole('region', { name: '考试结果' });
    const signedRow = (await within(results).findByText('小赵')).closest('tr')!;
    expect(within(signedRow).getByRole('link', { name: '第1次 · 已交卷' })).toBeInTheDocument();
    expect(await within(signedRow).findByText(new RegExp(`^未通过 · ${total}分 · 王老师签字`))).toBeInTheDocument();

    const unsignedRow = within(results).getByText('小钱').closest('tr')!;
    expect(within(unsignedRow).getByRole('link', { name: '第1次 · 已交卷' })).toBeInTheDocument();
    expect(within(unsignedRow).queryByText(/通过|签字/)).toBeNull();
  });
});
