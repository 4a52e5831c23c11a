// The staff's exam list carries each attempt's latest signed verdict, the mentor's total, who
// signed and when — nothing before it is signed; a mentor sees it for their own trainees only,
// and the trainee's own list is unchanged. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
import { beforeAll, describe, expect, it } from 'vitest';
import { ExamListSchema, ExamSchema, ReportSchema, TraineeExamListSchema, type Exam } from '@/server/exam-contract';
import { call, engine, join, useTeamServer, type Joined, type TestServer } from './harness';

let server: TestServer;
let teamId: string;
let lead: Joined;
let mentor: Joined;
let otherMentor: Joined;
let trainee: Joined;
let examId: string;
let attemptId: string;

useTeamServer((t) => ({ server, teamId, lead } = t));

beforeAll(async () => {
  mentor = await join(server, teamId, 'mentor', '王老师');
  otherMentor = await join(server, teamId, 'mentor', '赵老师');
  trainee = await join(server, teamId, 'trainee', '小美');
  await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
  // The other mentor made the exam, so they see it, but the trainee is not theirs.
  const exam = await call(server, 'POST', '/api/exams', { token: lead.token, body: { title: '第14天考核', buyers: [{ ref: { kind: 'builtin', id: 'size-question' }, seed: 3 }], traineeIds: [trainee.member.id] } });
  expect(exam.status, JSON.stringify(exam.body)).toBe(201);
  examId = ExamSchema.parse(exam.body).id;
  attemptId = (await call(server, 'POST', `/api/exams/${examId}/attempt`, { token: trainee.token })).body.id;
  expect((await call(server, 'POST', `/api/attempts/${attemptId}/end-part`, { token: trainee.token })).status).toBe(200);
});

async function attemptsSeenBy(who: Joined): Promise<Exam['trainees'][number]['attempts']> {
  const res = await call(server, 'GET', '/api/exams', { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return ExamListSchema.parse(res.body).exams.find((e) => e.id === examId)!.trainees[0]!.attempts;
}

describe(`the signed verdict in the staff's exam list (${engine})`, () => {
  it('is absent before sign-off, then shows the latest version with its total, signer and time', async () => {
    expect(await attemptsSeenBy(lead)).toEqual([{ id: attemptId, number: 1, status: 'submitted' }]);

    const v1 = ReportSchema.parse((await call(server, 'POST', `/api/attempts/${attemptId}/sign`, { token: mentor.token, body: { verdict: 'fail', summary: '没有问身高体重' } })).body);
    const [first] = await attemptsSeenBy(lead);
    expect(first!.signed).toEqual({ version: 1, verdict: 'fail', total: v1.mentorTotal, by: { id: mentor.member.id, name: '王老师' }, at: v1.signedAt });
    expect((await attemptsSeenBy(mentor))[0]!.signed).toMatchObject({ version: 1, verdict: 'fail' });

    const v2 = ReportSchema.parse((await call(server, 'POST', `/api/attempts/${attemptId}/sign`, { token: lead.token, body: { verdict: 'pass', summary: '复核后通过' } })).body);
    const exam = ExamSchema.parse((await call(server, 'GET', `/api/exams/${examId}`, { token: lead.token })).body);
    expect(exam.trainees[0]!.attempts[0]!.signed).toEqual({ version: 2, verdict: 'pass', total: v2.mentorTotal, by: { id: lead.member.id, name: lead.member.name }, at: v2.signedAt });
  });

  it('is left out for a mentor who does not have the trainee, and never reaches the trainee', async () => {
    // The other mentor makes an exam for the trainee while they are theirs, then loses them:
    // they still see their exam and the attempt, but not its verdict.
    await call(server, 'PUT', `/api/mentors/${otherMentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
    const made = await call(server, 'POST', '/api/exams', { token: otherMentor.token, body: { title: '另一场', buyers: [{ ref: { kind: 'builtin', id: 'size-question' }, seed: 4 }], traineeIds: [trainee.member.id] } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const second = (await call(server, 'POST', `/api/exams/${made.body.id}/attempt`, { token: trainee.token })).body.id as string;
    await call(server, 'POST', `/api/attempts/${second}/end-part`, { token: trainee.token });
    expect((await call(server, 'POST', `/api/attempts/${second}/sign`, { token: mentor.token, body: { verdict: 'pass', summary: '好' } })).status).toBe(201);
    await call(server, 'PUT', `/api/mentors/${otherMentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [] } });

    const theirs = ExamListSchema.parse((await call(server, 'GET', '/api/exams', { token: otherMentor.token })).body).exams;
    expect(theirs.map((e) => e.id)).toEqual([made.body.id]);
    expect(theirs[0]!.trainees[0]!.attempts).toEqual([{ id: second, number: 1, status: 'submitted' }]);
    const leads = ExamSchema.parse((await call(server, 'GET', `/api/exams/${made.body.id}`, { token: lead.token })).body);
    expect(leads.trainees[0]!.attempts[0]!.signed).toMatchObject({ verdict: 'pass', by: { name: '王老师' } });

    expect((await call(server, 'GET', '/api/exams', { token: trainee.token })).status).toBe(403);
    const mine = await call(server, 'GET', '/api/my/exams', { token: trainee.token });
    const card = TraineeExamListSchema.parse(mine.body).exams.find((e) => e.id === examId)!;
    expect(Object.keys(card).sort()).toEqual(['allowed', 'attempt', 'buyers', 'id', 'kind', 'timeLimitMinutes', 'title', 'used', 'reportVersion'].sort());
    expect(card.attempt).toEqual({ id: attemptId, status: 'submitted' });
    expect(JSON.stringify(mine.body)).not.toContain('verdict');
  });
});
