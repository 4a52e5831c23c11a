// Every exam route checks token, role and team: no token → 401, the wrong role → 403, another
// team's or an unassigned mentor's view of an attempt → 404; concurrent replies queue up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraineeAttemptSchema } from '@/server/exam-contract';
import { call, engine, freshDb, join, otherTeam, setupTeam, startTest, type Joined, type TestDb, type TestServer } from './harness';

let db: TestDb;
let server: TestServer;
let lead: Joined;
let mentor: Joined;
let stranger: Joined;
let trainee: Joined;
let examId: string;
let attemptId: string;
let teamId: string;

beforeAll(async () => {
  db = await freshDb();
  server = await startTest(db);
  const setup = await setupTeam(server);
  lead = setup.lead;
  teamId = setup.teamId;
  mentor = await join(server, setup.teamId, 'mentor', '王老师');
  stranger = await join(server, setup.teamId, 'mentor', '赵老师');
  trainee = await join(server, setup.teamId, 'trainee', '小美');
  await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
  const exam = await call(server, 'POST', '/api/exams', { token: lead.token, body: { title: '考核', buyers: [{ ref: { kind: 'builtin', id: 'size-question' }, seed: 3 }], traineeIds: [trainee.member.id] } });
  expect(exam.status, JSON.stringify(exam.body)).toBe(201);
  examId = exam.body.id;
  attemptId = (await call(server, 'POST', `/api/exams/${examId}/attempt`, { token: trainee.token })).body.id;
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe(`exam access (${engine})`, () => {
  it('no token → 401 on every exam route', async () => {
    const routes: Array<[string, string]> = [
      ['GET', '/api/exam-scenarios'],
      ['POST', '/api/exams'],
      ['GET', '/api/exams'],
      ['GET', `/api/exams/${examId}`],
      ['GET', '/api/my/exams'],
      ['POST', `/api/exams/${examId}/attempt`],
      ['GET', `/api/attempts/${attemptId}`],
      ['POST', `/api/attempts/${attemptId}/reply`],
      ['PUT', `/api/attempts/${attemptId}/review`],
      ['POST', `/api/attempts/${attemptId}/sign`],
      ['GET', `/api/attempts/${attemptId}/export.json`],
      ['GET', '/api/team/disputes'],
    ];
    for (const [method, path] of routes) expect((await call(server, method, path, { token: 'not-a-token' })).status, path).toBe(401);
  });

  it('the wrong role → 403; another team or an unassigned mentor → 404', async () => {
    expect((await call(server, 'GET', '/api/exams', { token: trainee.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/my/exams', { token: mentor.token })).status).toBe(403);
    expect((await call(server, 'POST', `/api/attempts/${attemptId}/reply`, { token: mentor.token, body: { text: '你好' } })).status).toBe(403);
    expect((await call(server, 'PUT', `/api/attempts/${attemptId}/review`, { token: trainee.token, body: { items: [] } })).status).toBe(403);
    expect((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: stranger.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/exams/${examId}`, { token: stranger.token })).status).toBe(404);
    const outsider = await otherTeam(server);
    expect((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: outsider.lead.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/exams/${examId}/attempt`, { token: (await join(server, outsider.teamId, 'trainee', '外人')).token })).status).toBe(404);
  });

  it('two replies sent at once are both taken, one after the other', async () => {
    const [a, b] = await Promise.all([
      call(server, 'POST', `/api/attempts/${attemptId}/reply`, { token: trainee.token, body: { text: '亲，您好~' } }),
      call(server, 'POST', `/api/attempts/${attemptId}/reply`, { token: trainee.token, body: { text: '请问您的身高体重是多少呢' } }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const now = TraineeAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: trainee.token })).body);
    const mine = now.parts[0]!.turns.filter((t) => t.role === 'agent').map((t) => t.text);
    expect(mine.sort()).toEqual(['亲，您好~', '请问您的身高体重是多少呢'].sort());
  });

  it('the repository reads and writes an attempt\'s reviews, reports and disputes only within the team asked for', async () => {
    const exams = server.repo.exams;
    const at = Date.now();
    await exams.saveReview({ attempt_id: attemptId, reviewer_id: mentor.member.id, team_id: teamId, status: 'draft', body: '{}', updated_at: at, submitted_at: null });
    expect(await exams.addReport({ attempt_id: attemptId, version: 1, team_id: teamId, signed_by: mentor.member.id, signed_at: at, verdict: 'pass', body: '{"mentorTotal":90}', acknowledged_at: null })).toBe(true);
    await exams.addDisputes([{ id: 'd-access', attempt_id: attemptId, team_id: teamId, trainee_id: trainee.member.id, version: 1, part: 0, turn: 1, rule: 'tone-cold', reason: '我有回应', created_at: at, status: 'open', ruled_by: null, ruled_at: null, comment: null }]);
    const elsewhere = 'another-team';
    expect(await exams.reviewsOf(elsewhere, attemptId)).toEqual([]);
    expect(await exams.reportsOf(elsewhere, [attemptId])).toEqual([]);
    expect(await exams.disputesOf(elsewhere, attemptId)).toEqual([]);
    expect(await exams.acknowledge(elsewhere, attemptId, 1, at)).toBe(false);
    expect(await exams.rule(elsewhere, 'd-access', 'accept', mentor.member.id, '', at)).toBe(false);
    // The same calls with the attempt's own team see and change them.
    expect(await exams.reviewsOf(teamId, attemptId)).toHaveLength(1);
    expect((await exams.reportsOf(teamId, [attemptId])).map((r) => r.version)).toEqual([1]);
    expect(await exams.acknowledge(teamId, attemptId, 1, at)).toBe(true);
    expect(await exams.rule(teamId, 'd-access', 'reject', mentor.member.id, '评分无误', at)).toBe(true);
    expect((await exams.disputesOf(teamId, attemptId)).map((d) => d.status)).toEqual(['reject']);
  });
});
