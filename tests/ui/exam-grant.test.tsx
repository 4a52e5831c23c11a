// The mentor's exam list in jsdom against a real team server: once a trainee's attempt is over,
// 允许补考 asks for a reason (none → a clear error, nothing sent), gives one more attempt, and
// the attempt's history shows the reason with who and when; it can be given only once.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { saveMembership } from '@/db/membership';
import { JoinResponseSchema, type JoinResponse } from '@/server/api-contract';
import { ExamSchema, TraineeAttemptSchema, TraineeExamListSchema } from '@/server/exam-contract';
import { request } from '@/app/team/api-client';
import { preloadScreen } from '@/ui/screens';
import { useTeamPage } from './team-page';

const page = useTeamPage();

beforeAll(async () => {
  await preloadScreen('exams');
}, 60_000);


/** A trainee who took the exam and ended it: the lead's exam list can grant them one more. */
async function examTaken(): Promise<{ trainee: JoinResponse; examId: string }> {
  const lead = { base: page.team.base, bearer: page.team.lead.token };
  const trainee = await request({ base: page.team.base, bearer: await page.team.invite('trainee') }, 'POST', '/api/join', JoinResponseSchema, { name: '小赵' });
  const exam = await request(lead, 'POST', '/api/exams', ExamSchema, { title: '第14天考核', buyers: [{ ref: { kind: 'builtin', id: 'price-haggle' }, seed: 7 }], traineeIds: [trainee.member.id] });
  const me = { base: page.team.base, bearer: trainee.token };
  const attempt = await request(me, 'POST', `/api/exams/${exam.id}/attempt`, TraineeAttemptSchema);
  await request(me, 'POST', `/api/attempts/${attempt.id}/end-part`, TraineeAttemptSchema);
  const l = page.team.lead;
  await saveMembership({ base: page.team.base, token: l.token, deviceId: l.deviceId, member: l.member, team: l.team, joinedAt: 1, downloadCursor: null });
  return { trainee, examId: exam.id };
}

describe('granting one more attempt', () => {
  it('asks for a reason, records it with who and when, and shows it in the attempt history once', async () => {
    const { trainee } = await examTaken();
    window.location.hash = '#/exams';
    const user = userEvent.setup();
    render(<App />);

    const card = await screen.findByRole('article', { name: '第14天考核' });
    const row = (await within(card).findByText('小赵')).closest('tr')!;
    expect(within(row).getByRole('link', { name: /第1次 · 已交卷/ })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '允许补考' }));
    const form = within(row).getByRole('form', { name: '给小赵补考' });
    await user.click(within(form).getByRole('button', { name: '确认补考' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('请填写补考原因');
    // Nothing was sent: the trainee still has one attempt.
    const mine = { base: page.team.base, bearer: trainee.token };
    expect((await request(mine, 'GET', '/api/my/exams', TraineeExamListSchema)).exams[0]).toMatchObject({ allowed: 1, used: 1 });

    await user.type(within(form).getByLabelText('补考原因'), '考试时网络断了<b>两次</b>');
    await user.click(within(form).getByRole('button', { name: '确认补考' }));
    const note = await within(row).findByText(/已允许补考/);
    expect(note).toHaveTextContent('已允许补考 · 王组长');
    // User text is text, never HTML.
    expect(note.querySelector('.grant-reason')!.textContent).toBe('考试时网络断了<b>两次</b>');
    expect(note.querySelector('b')).toBeNull();
    expect(within(row).queryByRole('button', { name: '允许补考' })).toBeNull();
    expect((await request(mine, 'GET', '/api/my/exams', TraineeExamListSchema)).exams[0]).toMatchObject({ allowed: 2, used: 1 });
  });
});
