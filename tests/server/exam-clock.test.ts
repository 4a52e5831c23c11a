// The exam's own clock on the server: a buyer who leaves after her nudge ends her part then (the
// next buyer opens), the server applies nudges and the time limit without any request (its
// sweep, on a timer), and a restart applies what fell due while it was down.
// Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExamSchema, TraineeAttemptSchema } from '@/server/exam-contract';
import type { AttemptState } from '@/server/exam/attempt-state';
import { startServer } from '@/server/start';
import { call, engine, freshDb, join, setupTeam, type Joined, type TestDb, type TestServer } from './harness';

const T0 = Date.UTC(2026, 11, 1, 3);
let db: TestDb;
let server: TestServer;
let clock = T0;
let lead: Joined;
let trainee: Joined;
let teamId: string;

const open = async (examSweepMs: number | null): Promise<TestServer> => {
  const logs: string[] = [];
  const s = await startServer({ port: 0, host: '127.0.0.1', dataDir: db.dataDir, databaseUrl: db.databaseUrl, distDir: null, log: (l) => logs.push(l), clock: () => clock, examSweepMs });
  return Object.assign(s, { logs });
};

async function compose(buyers: string[], timeLimitMinutes: number | null): Promise<string> {
  const body = { title: `考试${buyers.join('+')}`, buyers: buyers.map((id, i) => ({ ref: { kind: 'builtin', id }, seed: 100 + i })), traineeIds: [trainee.member.id], timeLimitMinutes };
  const res = await call(server, 'POST', '/api/exams', { token: lead.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return ExamSchema.parse(res.body).id;
}

async function start(examId: string) {
  const res = await call(server, 'POST', `/api/exams/${examId}/attempt`, { token: trainee.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return TraineeAttemptSchema.parse(res.body);
}

/** The attempt as stored: read from the database, so no request catches it up. */
async function stored(attemptId: string) {
  const row = (await server.repo.exams.getAttempt(teamId, attemptId))!;
  return { row, state: JSON.parse(row.state) as AttemptState };
}

beforeAll(async () => {
  db = await freshDb();
  server = await open(null);
  ({ teamId, lead } = await setupTeam(server));
  trainee = await join(server, teamId, 'trainee', '小周');
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe(`the exam clock on the server (${engine})`, () => {
  it('a buyer who leaves after her nudge ends her part then; the next buyer opens; the last one leaving submits and grades', async () => {
    clock = T0;
    const examId = await compose(['price-haggle', 'size-question'], null);
    const a = await start(examId);
    const firstWait = a.parts[0]!.waitsUntil!;
    expect(firstWait).toBe(T0 + 60_000);

    // Nothing is asked: the sweep alone applies the nudge at its own time.
    clock = firstWait + 1000;
    expect(await server.sweepExams()).toBe(1);
    let s = await stored(a.id);
    expect(s.state.parts[0]!.status).toBe('active');
    const nudge = s.state.parts[0]!.turns.at(-1)!;
    expect(nudge).toMatchObject({ role: 'buyer', timedOut: true, at: firstWait });
    expect(await server.sweepExams()).toBe(0);

    // Her second wait runs out: she leaves, her part is over, the next buyer opens at that time.
    const leftAt = firstWait + 60_000;
    clock = leftAt + 30_000;
    expect(await server.sweepExams()).toBe(1);
    s = await stored(a.id);
    expect(s.state.parts[0]).toMatchObject({ status: 'done', outcome: 'no-sale' });
    expect(s.state.parts[0]!.turns.at(-1)).toMatchObject({ timedOut: true, at: leftAt });
    expect(s.state.current).toBe(1);
    expect(s.state.parts[1]!.status).toBe('active');
    expect(s.state.parts[1]!.turns.every((t) => t.role === 'buyer' && t.at === leftAt)).toBe(true);
    expect(s.row.status).toBe('active');

    // A reply after she left goes to the second buyer, not the first.
    const r = TraineeAttemptSchema.parse((await call(server, 'POST', `/api/attempts/${a.id}/reply`, { token: trainee.token, body: { text: '亲，您好，请问您的身高体重是多少呢' } })).body);
    expect(r.current).toBe(1);
    expect(r.parts[0]!.turns.filter((t) => t.role === 'agent')).toEqual([]);

    // The second buyer waits twice too and leaves: the attempt is submitted at that moment.
    for (let i = 0; i < 2; i++) {
      const now = (await stored(a.id)).state.parts[1]!.turns.at(-1)!.at;
      clock = now + 60_000 + 5;
      expect(await server.sweepExams()).toBe(1);
    }
    s = await stored(a.id);
    expect(s.state.parts[1]).toMatchObject({ status: 'done', outcome: 'no-sale' });
    expect(s.row.status).toBe('submitted');
    const last = s.state.parts[1]!.turns.at(-1)!.at;
    expect(s.row.ended_at).toBe(last);
    expect(s.row.grade).not.toBeNull();
  });

  it('a reply racing the buyer who left answers 409 and says she left; the attempt stays as the server ended it', async () => {
    clock = T0 + 10 * 3_600_000;
    const examId = await compose(['price-haggle'], null);
    const a = await start(examId);
    clock = a.parts[0]!.waitsUntil! + 60_000 + 10;
    const late = await call(server, 'POST', `/api/attempts/${a.id}/reply`, { token: trainee.token, body: { text: '在的亲' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('买家已经离开');
    expect((await stored(a.id)).row.status).toBe('submitted');
  });

  it('the timer applies a nudge with no request at all', async () => {
    await server.close();
    server = await open(20);
    clock = T0 + 20 * 3_600_000;
    const examId = await compose(['price-haggle'], null);
    const a = await start(examId);
    clock = a.parts[0]!.waitsUntil! + 1;
    await expect.poll(async () => (await stored(a.id)).state.parts[0]!.turns.some((t) => t.timedOut), { timeout: 20_000 }).toBe(true);
  });

  it('restart-safe: an attempt whose time ran out while the server was down is ended on start, at its deadline', async () => {
    clock = T0 + 30 * 3_600_000;
    // One minute: the deadline comes with her first nudge, before she could leave.
    const examId = await compose(['price-haggle'], 1);
    const a = await start(examId);
    expect(a.deadline).toBe(clock + 60_000);
    await server.close();
    clock = a.deadline! + 3_600_000;
    server = await open(null);
    const s = await stored(a.id);
    expect(s.row).toMatchObject({ status: 'expired', ended_at: a.deadline });
    expect(s.row.grade).not.toBeNull();
  });
});
