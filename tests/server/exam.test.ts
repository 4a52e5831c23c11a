// The exam on the server (issue 12): composing, the server-authoritative attempt (buyer lines
// only, server time, resume, one attempt + a granted one, focus log, timeouts on the server's
// clock), grading with score(), review, sign-off versions, export, calibration and disputes.
// Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { SCORER_VERSION } from '@/engine/score/version';
import { startServer } from '@/server/start';
import {
  CalibrationSchema,
  DisputeOverviewSchema,
  ExamSchema,
  MentorAttemptSchema,
  ReportSchema,
  TraineeAttemptSchema,
  TraineeExamListSchema,
  type TraineeAttempt,
} from '@/server/exam-contract';
import { contentHash } from '@/server/exam/scenarios';
import { call, engine, freshDb, join, otherTeam, setupTeam, type Joined, type TestDb, type TestServer } from './harness';

const SOURCE = readFileSync('scenarios/price-haggle.yaml', 'utf8');
const scenario = loadScenario(SOURCE, 'scenarios/price-haggle.yaml').scenario as Scenario;
const SEED = 918_273;
const T0 = Date.UTC(2026, 11, 1, 2);

let db: TestDb;
let server: TestServer;
let clock = T0;
let lead: Joined;
let mentor: Joined;
let mentor2: Joined;
let trainee: Joined;
let other: Joined;
let teamId: string;
let examId: string;
let attemptId: string;
/** Every body a trainee received, for the secrecy check. */
const traineeSaw: string[] = [];

async function asTrainee(who: Joined, method: string, path: string, body?: unknown) {
  const res = await call(server, method, path, { token: who.token, body });
  traineeSaw.push(JSON.stringify(res.body));
  return res;
}

beforeAll(async () => {
  db = await freshDb();
  const logs: string[] = [];
  const s = await startServer({ port: 0, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: null, log: (l) => logs.push(l), clock: () => clock });
  server = Object.assign(s, { logs });
  ({ teamId, lead } = await setupTeam(server));
  mentor = await join(server, teamId, 'mentor', '王老师');
  mentor2 = await join(server, teamId, 'mentor', '李老师');
  trainee = await join(server, teamId, 'trainee', '小美');
  other = await join(server, teamId, 'trainee', '小林');
  for (const m of [mentor, mentor2]) {
    const res = await call(server, 'PUT', `/api/mentors/${m.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe(`exam (${engine})`, () => {
  it('composes an exam: a built-in buyer frozen in with its hash; a mentor only for their own trainees; a trainee may not', async () => {
    const body = { title: '第14天考核', buyers: [{ ref: { kind: 'builtin', id: 'price-haggle' }, seed: SEED }], traineeIds: [trainee.member.id], timeLimitMinutes: 30 };
    expect((await call(server, 'POST', '/api/exams', { token: trainee.token, body })).status).toBe(403);
    expect((await call(server, 'POST', '/api/exams', { token: mentor.token, body: { ...body, traineeIds: [other.member.id] } })).status).toBe(400);
    expect((await call(server, 'POST', '/api/exams', { token: mentor.token, body: { ...body, buyers: [{ ref: { kind: 'builtin', id: 'no-such' }, seed: 1 }] } })).status).toBe(400);
    const res = await call(server, 'POST', '/api/exams', { token: mentor.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const exam = ExamSchema.parse(res.body);
    examId = exam.id;
    expect(exam).toMatchObject({ passMark: 80, release: 'after-sign', timeLimitMinutes: 30 });
    expect(exam.buyers[0]).toMatchObject({ scenarioId: 'price-haggle', seed: SEED, hash: contentHash(SOURCE) });
    const outsider = await otherTeam(server);
    expect((await call(server, 'GET', `/api/exams/${examId}`, { token: outsider.lead.token })).status).toBe(404);
  });

  it('an uploaded scenario is validated with the loader: a broken file answers 400 with issues', async () => {
    const bad = await call(server, 'POST', '/api/exam-scenarios', { token: mentor.token, body: { file: 'shop.yaml', source: 'formatVersion: 1\nid: x\n' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.length).toBeGreaterThan(0);
    const good = await call(server, 'POST', '/api/exam-scenarios', { token: mentor.token, body: { file: 'shop-haggle.yaml', source: SOURCE.replace('id: price-haggle', 'id: shop-haggle') } });
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    const list = await call(server, 'GET', '/api/exam-scenarios', { token: mentor.token });
    expect(list.body.scenarios.map((s: { scenarioId: string }) => s.scenarioId)).toContain('shop-haggle');
    expect((await call(server, 'GET', '/api/exam-scenarios', { token: trainee.token })).status).toBe(403);
  });

  it('the trainee starts the attempt and gets the buyer lines with server time; a reload resumes the same attempt', async () => {
    const list = TraineeExamListSchema.parse((await asTrainee(trainee, 'GET', '/api/my/exams')).body);
    expect(list.exams).toEqual([expect.objectContaining({ id: examId, buyers: 1, used: 0, attempt: null, reportVersion: null })]);
    expect((await asTrainee(other, 'POST', `/api/exams/${examId}/attempt`)).status).toBe(404);
    const start = await asTrainee(trainee, 'POST', `/api/exams/${examId}/attempt`);
    expect(start.status, JSON.stringify(start.body)).toBe(201);
    const a = TraineeAttemptSchema.parse(start.body);
    attemptId = a.id;
    expect(a.deadline).toBe(T0 + 30 * 60_000);
    expect(a.parts[0]!.turns.length).toBeGreaterThan(0);
    expect(a.parts[0]!.turns.every((t) => t.role === 'buyer' && t.at === T0)).toBe(true);
    expect(a.parts[0]!.shop!.product).not.toHaveProperty('floor');
    clock += 1000;
    const again = TraineeAttemptSchema.parse((await asTrainee(trainee, 'POST', `/api/exams/${examId}/attempt`)).body);
    expect(again.id).toBe(attemptId);
    expect(again.parts[0]!.turns).toEqual(a.parts[0]!.turns);
  });

  it('replies carry server time; the waiting buyer nudges on the server clock; focus changes are logged', async () => {
    clock = T0 + 12_000;
    const r = TraineeAttemptSchema.parse((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/reply`, { text: '亲，您好，欢迎光临~这款四件套是纯棉A类面料的哦' })).body);
    const turns = r.parts[0]!.turns;
    const mine = turns.filter((t) => t.role === 'agent');
    expect(mine).toEqual([{ role: 'agent', text: '亲，您好，欢迎光临~这款四件套是纯棉A类面料的哦', at: T0 + 12_000 }]);
    const waits = r.parts[0]!.waitsUntil;
    expect(waits).not.toBeNull();
    clock = waits! + 5;
    const polled = TraineeAttemptSchema.parse((await asTrainee(trainee, 'GET', `/api/attempts/${attemptId}`)).body);
    const added = polled.parts[0]!.turns.slice(turns.length);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((t) => t.role === 'buyer' && t.at === waits)).toBe(true);
    expect((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/focus`, { events: [{ kind: 'hidden' }, { kind: 'visible' }] })).status).toBe(204);
    const staff = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor.token })).body);
    expect(staff.focus.map((f) => f.kind)).toEqual(['hidden', 'visible']);
    expect(staff.focus[0]!.at).toBe(clock);
    expect(staff.grade).toBeNull();
    expect((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: other.token })).status).toBe(404);
  });

  it('ending the buyer submits and grades with score(), the hash and the scorer version; the trainee sees no score before release', async () => {
    clock += 20_000;
    await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/reply`, { text: '加我微信吧，私下转账给您便宜二十' });
    clock += 5_000;
    const done = TraineeAttemptSchema.parse((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/end-part`)).body);
    expect(done.status).toBe('submitted');
    expect(done.current).toBeNull();
    expect(done.reportVersion).toBeNull();
    expect((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/reply`, { text: '还在吗' })).status).toBe(409);
    expect((await asTrainee(trainee, 'GET', `/api/attempts/${attemptId}/grade`)).status).toBe(403);
    expect((await asTrainee(trainee, 'GET', `/api/attempts/${attemptId}/report`)).status).toBe(403);
    const staff = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor.token })).body);
    const part = staff.grade!.parts[0]!;
    expect(part).toMatchObject({ scenarioHash: contentHash(SOURCE), scorerVersion: SCORER_VERSION });
    expect(part.items.map((i) => i.rule)).toContain('off-platform');
    expect(part.blocker).toBe(true);
    expect(staff.grade!.passed).toBe(false);
  });

  it('one attempt per trainee; a mentor grants one more with a reason, once', async () => {
    expect((await asTrainee(trainee, 'POST', `/api/exams/${examId}/attempt`)).status).toBe(409);
    expect((await call(server, 'POST', `/api/exams/${examId}/grants`, { token: mentor.token, body: { traineeId: trainee.member.id, reason: '' } })).status).toBe(400);
    const granted = await call(server, 'POST', `/api/exams/${examId}/grants`, { token: mentor.token, body: { traineeId: trainee.member.id, reason: '考试时停电' } });
    expect(granted.status).toBe(200);
    expect(ExamSchema.parse(granted.body).trainees[0]).toMatchObject({ allowed: 2, grant: { by: mentor.member.id, reason: '考试时停电' } });
    expect((await call(server, 'POST', `/api/exams/${examId}/grants`, { token: mentor.token, body: { traineeId: trainee.member.id, reason: '再来' } })).status).toBe(409);
    expect((await call(server, 'POST', `/api/exams/${examId}/grants`, { token: trainee.token, body: { traineeId: trainee.member.id, reason: 'x' } })).status).toBe(403);
  });

  it('a buyer left waiting leaves after her nudge: the attempt ends then; the time limit ends one at its deadline', async () => {
    clock = T0 + 3_600_000;
    const second = TraineeAttemptSchema.parse((await asTrainee(trainee, 'POST', `/api/exams/${examId}/attempt`)).body);
    expect(second.number).toBe(2);
    const nudgeAt = second.parts[0]!.waitsUntil!;
    clock = second.deadline! + 1;
    const left = TraineeAttemptSchema.parse((await asTrainee(trainee, 'GET', `/api/attempts/${second.id}`)).body);
    // She waited twice (a nudge, then leaving): over at her leaving, long before the deadline.
    expect(left).toMatchObject({ status: 'submitted', endedAt: nudgeAt + 60_000 });
    expect((await asTrainee(trainee, 'POST', `/api/exams/${examId}/attempt`)).status).toBe(409);

    const short = ExamSchema.parse(
      (await call(server, 'POST', '/api/exams', { token: mentor.token, body: { title: '一分钟', buyers: [{ ref: { kind: 'builtin', id: 'price-haggle' }, seed: SEED }], traineeIds: [trainee.member.id], timeLimitMinutes: 1 } })).body,
    );
    const third = TraineeAttemptSchema.parse((await asTrainee(trainee, 'POST', `/api/exams/${short.id}/attempt`)).body);
    clock = third.deadline! + 1;
    const over = TraineeAttemptSchema.parse((await asTrainee(trainee, 'GET', `/api/attempts/${third.id}`)).body);
    expect(over).toMatchObject({ status: 'expired', endedAt: third.deadline });
  });

  it('nothing a trainee received holds the scenario, the seed, the floor, coaching, moods or scores', () => {
    const all = traineeSaw.join('\n');
    // Tags are common words (发票) that the shop facts may hold: their absence is checked as a key.
    const secrets = [scenario.title, scenario.summary, ...Object.values(scenario.states).flatMap((s) => (s.coaching ? [s.coaching] : [])), String(SEED), 'price-haggle'];
    for (const secret of secrets) expect(all, secret).not.toContain(secret);
    // The floor (and the variants' floors) as a number, and any note that names the 底价.
    const floors = [scenario.shop.product.floor, ...Object.values(scenario.persona.variants ?? {}).flatMap((v) => (v.floor ? [v.floor] : []))];
    // Ids are random hex (…-a185f…): a floor's digits inside one are no floor.
    const withoutIds = all.replace(/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/gu, '<id>');
    for (const f of floors) expect(withoutIds, `floor ${f}`).not.toMatch(new RegExp(`(?<![\\d.])${f}(?![\\d])`));
    expect(all).not.toContain('底价');
    for (const key of ['"tags"', '"coaching"', '"summary"', '"floor"', '"mood"', '"state"', '"seed"', '"total"', '"violations"', '"items"', '"grade"', '"scenarioId"']) expect(all, key).not.toContain(key);
  });

  it('review: agree/remove/add with points in range and comments; the automatic grade stays beside the mentor total', async () => {
    const staff = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor.token })).body);
    const auto = staff.grade!.parts[0]!.items;
    const off = auto.find((i) => i.rule === 'off-platform')!;
    const agentTurn = staff.parts[0]!.turns.findIndex((t) => t.role === 'agent');
    const tooMany = await call(server, 'PUT', `/api/attempts/${attemptId}/review`, { token: mentor.token, body: { items: [{ part: 0, turn: agentTurn, rule: 'invoice-refuse', action: 'add', points: 99 }] } });
    expect(tooMany.status).toBe(400);
    const onBuyer = await call(server, 'PUT', `/api/attempts/${attemptId}/review`, { token: mentor.token, body: { items: [{ part: 0, turn: 0, rule: 'invoice-refuse', action: 'add', points: 6 }] } });
    expect(onBuyer.status).toBe(400);
    const review = await call(server, 'PUT', `/api/attempts/${attemptId}/review`, {
      token: mentor.token,
      body: {
        items: [
          { part: 0, turn: off.turn, rule: off.rule, action: 'agree', comment: '私下转账绝对不行' },
          { part: 0, turn: agentTurn, rule: 'invoice-refuse', action: 'add', points: 6, comment: '没主动说明发票' },
        ],
        comments: [{ part: 0, turn: agentTurn, text: '开场不错' }],
      },
    });
    expect(review.status, JSON.stringify(review.body)).toBe(200);
    expect(review.body.total).toBeLessThanOrEqual(staff.grade!.total);
    expect((await call(server, 'POST', `/api/attempts/${attemptId}/review/submit`, { token: mentor.token })).status).toBe(200);
    expect((await call(server, 'PUT', `/api/attempts/${attemptId}/review`, { token: mentor.token, body: { items: [] } })).status).toBe(409);
  });

  it('calibration is blind until both submit; the lead sees per-rule differences', async () => {
    const before = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor2.token })).body);
    expect(before.reviews).toEqual([]);
    expect(before.hiddenReviews).toBe(1);
    const off = before.grade!.parts[0]!.items.find((i) => i.rule === 'off-platform')!;
    await call(server, 'PUT', `/api/attempts/${attemptId}/review`, { token: mentor2.token, body: { items: [{ part: 0, turn: off.turn, rule: off.rule, action: 'points', points: 0 }] } });
    const draft = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor2.token })).body);
    expect(draft.reviews.map((r) => r.reviewerId)).toEqual([mentor2.member.id]);
    expect((await call(server, 'GET', `/api/attempts/${attemptId}/calibration`, { token: lead.token })).status).toBe(409);
    await call(server, 'POST', `/api/attempts/${attemptId}/review/submit`, { token: mentor2.token });
    const both = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}`, { token: mentor2.token })).body);
    expect(both.reviews).toHaveLength(2);
    const cal = CalibrationSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}/calibration`, { token: lead.token })).body);
    expect(cal.rules.find((r) => r.rule === 'off-platform')).toMatchObject({ differs: true });
    const order = cal.reviewers.map((r) => r.id);
    const expected = order.map((id) => (id === mentor.member.id ? 6 : 0));
    expect(cal.rules.find((r) => r.rule === 'invoice-refuse')).toMatchObject({ differs: true, points: expected });
  });

  it('sign makes a locked version; a change makes version 2 with who and when; JSON export holds both', async () => {
    clock += 60_000;
    const v1 = ReportSchema.parse((await call(server, 'POST', `/api/attempts/${attemptId}/sign`, { token: mentor.token, body: { verdict: 'fail', summary: '引导私下交易，不通过' } })).body);
    expect(v1).toMatchObject({ version: 1, verdict: 'fail', signedBy: { id: mentor.member.id }, signedAt: clock });
    expect(v1.automatic.total).not.toBe(v1.mentorTotal);
    const trainees = TraineeAttemptSchema.parse((await asTrainee(trainee, 'GET', `/api/attempts/${attemptId}`)).body);
    expect(trainees.reportVersion).toBe(1);
    const seen = ReportSchema.parse((await asTrainee(trainee, 'GET', `/api/attempts/${attemptId}/report`)).body);
    expect(seen.version).toBe(1);
    const exported = await call(server, 'GET', `/api/attempts/${attemptId}/export.json`, { token: lead.token });
    expect(exported.body.versions).toHaveLength(1);
  });

  it('the trainee disputes an item; the mentor rules; the result changes only through a new signed version; the lead sees shares', async () => {
    const report = ReportSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}/report`, { token: mentor.token })).body);
    const added = report.items.find((i) => i.rule === 'invoice-refuse')!;
    expect((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/disputes`, { version: 1, items: [{ part: 0, turn: 99, rule: 'x-y', reason: '无' }] })).status).toBe(400);
    const made = await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/disputes`, { version: 1, items: [{ part: 0, turn: added.turn, rule: added.rule, reason: '买家没问发票' }] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const dispute = made.body.disputes[0];
    const open = DisputeOverviewSchema.parse((await call(server, 'GET', '/api/team/disputes', { token: lead.token })).body);
    expect(open.open.map((d) => d.id)).toEqual([dispute.id]);
    expect((await call(server, 'GET', '/api/team/disputes', { token: mentor.token })).status).toBe(403);
    expect((await call(server, 'POST', `/api/disputes/${dispute.id}/ruling`, { token: trainee.token, body: { decision: 'accept', comment: '好' } })).status).toBe(403);
    const ruled = await call(server, 'POST', `/api/disputes/${dispute.id}/ruling`, { token: mentor.token, body: { decision: 'accept', comment: '确实没问发票，撤回' } });
    expect(ruled.status).toBe(200);
    expect(ruled.body).toMatchObject({ status: 'accept', ruling: { by: mentor.member.id, comment: '确实没问发票，撤回' } });
    const still = ReportSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}/report`, { token: mentor.token })).body);
    expect(still.version).toBe(1);
    const shares = DisputeOverviewSchema.parse((await call(server, 'GET', '/api/team/disputes', { token: lead.token })).body);
    expect(shares.open).toEqual([]);
    expect(shares.byMentor).toEqual([expect.objectContaining({ mentorId: mentor.member.id, rulings: 1, accepted: 1, share: 1 })]);
    expect(shares.byRule).toEqual([expect.objectContaining({ rule: 'invoice-refuse', share: 1 })]);
    clock += 60_000;
    const v2 = ReportSchema.parse((await call(server, 'POST', `/api/attempts/${attemptId}/sign`, { token: lead.token, body: { verdict: 'fail', summary: '申诉成立，撤回发票一条；仍不通过' } })).body);
    expect(v2).toMatchObject({ version: 2, signedBy: { id: lead.member.id }, resolves: [dispute.id] });
    const v1again = ReportSchema.parse((await call(server, 'GET', `/api/attempts/${attemptId}/report?version=1`, { token: lead.token })).body);
    expect(v1again.summary).toBe('引导私下交易，不通过');
    expect((await asTrainee(trainee, 'POST', `/api/attempts/${attemptId}/acknowledge`, { version: 2 })).status).toBe(204);
    const exported = await call(server, 'GET', `/api/attempts/${attemptId}/export.json`, { token: mentor.token });
    expect(exported.body.versions.map((v: TraineeAttempt['number'] & { version: number }) => v.version)).toEqual([1, 2]);
    expect(exported.body.disputes[0].status).toBe('accept');
  });
});
