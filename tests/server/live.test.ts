// Live sessions (issue 13): a mentor plays the buyer, the machine follows the trainee's replies
// on the server. Who may open, watch and steer; numbered messages in order through the rooms
// and resumed after a dropped connection; steers recorded for the staff only; the trainee's
// payloads hold only the lines; the grade is the exam scorer's and goes through review and
// sign-off unchanged. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { score } from '@/engine/score/score';
import { SCORER_VERSION } from '@/engine/score/version';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { Turn } from '@/engine/transcript';
import type { LiveMessage, ServerEvent } from '@/server/api-contract';
import { ExamListSchema, MentorAttemptSchema, ReportSchema, TraineeExamListSchema } from '@/server/exam-contract';
import { LiveListSchema, MentorLiveSchema, TraineeLiveListSchema, TraineeLiveSchema, type MentorLive } from '@/server/live-contract';
import { call, engine, freshDb, join, listenWs, otherTeam, scenarioSecrets, setupTeam, startTest, type Joined, type Listener, type TestDb, type TestServer } from './harness';

const SOURCE = readFileSync('scenarios/price-haggle.yaml', 'utf8');
const scenario = loadScenario(SOURCE, 'scenarios/price-haggle.yaml').scenario as Scenario;
const T0 = Date.UTC(2026, 11, 1, 3);

let db: TestDb;
let server: TestServer;
let clock = T0;
let lead: Joined;
let mentor: Joined;
let watcher: Joined;
let stranger: Joined;
let trainee: Joined;
let other: Joined;
let teamId: string;
let liveId: string;
let traineeWs: Listener;
let mentorWs: Listener;
/** Every HTTP body and WebSocket frame the trainee received. */
const traineeSaw: string[] = [];

async function asTrainee(method: string, path: string, body?: unknown) {
  const res = await call(server, method, path, { token: trainee.token, body });
  traineeSaw.push(JSON.stringify(res.body));
  return res;
}

async function traineeSocket(): Promise<Listener> {
  const ws = await listenWs(server, trainee.token);
  ws.socket.on('message', (data) => traineeSaw.push(String(data)));
  return ws;
}

const liveMessages = (ws: Listener) => ws.events.flatMap((e) => (e.type === 'live.message' && e.liveId === liveId ? [e.message] : []));
const joinedEvent = (ws: Listener) => ws.next((e) => e.type === 'live.joined' && e.liveId === liveId);
const messageEvent = (ws: Listener, seq: number) => ws.next((e) => e.type === 'live.message' && e.liveId === liveId && e.message.seq === seq);

async function mentorDoes(path: string, body?: unknown, who = mentor): Promise<MentorLive> {
  const res = await call(server, 'POST', `/api/live/${liveId}/${path}`, { token: who.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return MentorLiveSchema.parse(res.body);
}

beforeAll(async () => {
  db = await freshDb();
  server = await startTest(db, { clock: () => clock });
  ({ teamId, lead } = await setupTeam(server));
  mentor = await join(server, teamId, 'mentor', '王老师');
  watcher = await join(server, teamId, 'mentor', '李老师');
  stranger = await join(server, teamId, 'mentor', '赵老师');
  trainee = await join(server, teamId, 'trainee', '小美');
  other = await join(server, teamId, 'trainee', '小林');
  for (const m of [mentor, watcher]) {
    const res = await call(server, 'PUT', `/api/mentors/${m.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  traineeWs?.socket.close();
  mentorWs?.socket.close();
  await server?.close();
  await db?.drop();
});

describe(`live session (${engine})`, () => {
  it('only a mentor of the trainee or the lead opens one; the mentor gets the machine, suggestions and steerable states', async () => {
    const body = { traineeId: trainee.member.id, ref: { kind: 'builtin', id: 'price-haggle' }, seed: 4242 };
    expect((await call(server, 'POST', '/api/live', { token: trainee.token, body })).status).toBe(403);
    expect((await call(server, 'POST', '/api/live', { token: stranger.token, body })).status).toBe(400);
    expect((await call(server, 'POST', '/api/live', { token: mentor.token, body: { ...body, ref: { kind: 'builtin', id: 'no-such' } } })).status).toBe(400);
    expect((await call(server, 'POST', '/api/live', { token: mentor.token, body: { ...body, traineeId: watcher.member.id } })).status).toBe(400);
    const res = await call(server, 'POST', '/api/live', { token: mentor.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const opened = MentorLiveSchema.parse(res.body);
    liveId = opened.id;
    expect(opened).toMatchObject({ status: 'active', role: 'driver', trainee: { name: '小美' }, mentor: { name: '王老师' }, messages: [], lastSeq: 0, reading: null });
    expect(opened.machine.state).toBe('opening');
    expect(opened.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(opened.suggestions).toContain('在不在 这套能少点不 钱真不好挣啊 🥲');
    expect(opened.steerable).toContain('counter');
    expect(opened.steerable).not.toContain('deal');
    // One session at a time per trainee.
    expect((await call(server, 'POST', '/api/live', { token: lead.token, body })).status).toBe(409);
  });

  it('the trainee is invited; watchers read, only the opener plays; anyone else answers 404', async () => {
    const invites = TraineeLiveListSchema.parse((await asTrainee('GET', '/api/my/live')).body);
    expect(invites.sessions).toEqual([{ id: liveId, mentorName: '王老师', startedAt: T0 }]);
    expect(TraineeLiveListSchema.parse((await call(server, 'GET', '/api/my/live', { token: other.token })).body).sessions).toEqual([]);
    expect((await call(server, 'GET', '/api/my/live', { token: mentor.token })).status).toBe(403);

    const watching = MentorLiveSchema.parse((await call(server, 'GET', `/api/live/${liveId}`, { token: watcher.token })).body);
    expect(watching.role).toBe('watcher');
    expect(MentorLiveSchema.parse((await call(server, 'GET', `/api/live/${liveId}`, { token: lead.token })).body).role).toBe('watcher');
    for (const who of [watcher, lead]) {
      expect((await call(server, 'POST', `/api/live/${liveId}/say`, { token: who.token, body: { text: '你好', source: 'own' } })).status).toBe(403);
      expect((await call(server, 'POST', `/api/live/${liveId}/steer`, { token: who.token, body: { kind: 'state', state: 'counter' } })).status).toBe(403);
      expect((await call(server, 'POST', `/api/live/${liveId}/end`, { token: who.token })).status).toBe(403);
    }
    expect((await call(server, 'POST', `/api/live/${liveId}/say`, { token: trainee.token, body: { text: '你好', source: 'own' } })).status).toBe(403);
    expect((await call(server, 'POST', `/api/live/${liveId}/reply`, { token: mentor.token, body: { text: '你好' } })).status).toBe(403);
    const outsider = await otherTeam(server);
    for (const who of [stranger, other, outsider.lead]) {
      expect((await call(server, 'GET', `/api/live/${liveId}`, { token: who.token })).status).toBe(404);
      expect((await call(server, 'GET', `/api/live/${liveId}/messages`, { token: who.token })).status).toBe(404);
    }
    expect((await call(server, 'POST', `/api/live/${liveId}/reply`, { token: other.token, body: { text: '你好' } })).status).toBe(404);
    const list = LiveListSchema.parse((await call(server, 'GET', '/api/live', { token: watcher.token })).body);
    expect(list.sessions.map((s) => s.id)).toEqual([liveId]);
    expect(LiveListSchema.parse((await call(server, 'GET', '/api/live', { token: stranger.token })).body).sessions).toEqual([]);
    // A socket of someone who may not see it is refused.
    const ws = await listenWs(server, stranger.token);
    ws.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 0 }));
    expect(await ws.next((e) => e.type === 'live.refused')).toEqual({ type: 'live.refused', liveId });
    ws.socket.close();
  });

  it('lines travel through the rooms in order, with typing both ways; the machine reads the reply for the mentor', async () => {
    traineeWs = await traineeSocket();
    mentorWs = await listenWs(server, mentor.token);
    traineeWs.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 0 }));
    mentorWs.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 0 }));
    expect(await joinedEvent(traineeWs)).toMatchObject({ lastSeq: 0, side: 'trainee' });
    expect(await joinedEvent(mentorWs)).toMatchObject({ lastSeq: 0, side: 'driver' });

    // A watcher's typing reaches nobody; the mentor's reaches the trainee, the trainee's the mentor.
    const watcherWs = await listenWs(server, watcher.token);
    watcherWs.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 0 }));
    expect(await joinedEvent(watcherWs)).toMatchObject({ side: 'watcher' });
    watcherWs.socket.send(JSON.stringify({ type: 'live.typing', liveId, typing: true }));
    mentorWs.socket.send(JSON.stringify({ type: 'live.typing', liveId, typing: false }));
    expect(await traineeWs.next((e) => e.type === 'live.typing')).toEqual({ type: 'live.typing', liveId, side: 'buyer', typing: false });
    traineeWs.socket.send(JSON.stringify({ type: 'live.typing', liveId, typing: true }));
    expect(await mentorWs.next((e) => e.type === 'live.typing' && e.side === 'agent')).toEqual({ type: 'live.typing', liveId, side: 'agent', typing: true });

    clock = T0 + 5_000;
    const suggested = (MentorLiveSchema.parse((await call(server, 'GET', `/api/live/${liveId}`, { token: mentor.token })).body)).suggestions[0]!;
    await mentorDoes('say', { text: suggested, source: 'suggested' });
    expect((await messageEvent(traineeWs, 1)) as Extract<ServerEvent, { type: 'live.message' }>).toEqual({ type: 'live.message', liveId, message: { seq: 1, kind: 'buyer', text: suggested, at: T0 + 5_000 } });
    expect(await messageEvent(watcherWs, 1)).toMatchObject({ message: { kind: 'buyer', source: 'suggested', by: mentor.member.id, turn: 0 } });

    clock = T0 + 17_000;
    const reply = await asTrainee('POST', `/api/live/${liveId}/reply`, { text: '亲，您好，欢迎光临~这款四件套已经是活动价了，纯棉A类面料，品质有保证的哦' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const mine = TraineeLiveSchema.parse(reply.body);
    expect(mine.messages.map((m) => [m.seq, m.kind])).toEqual([[1, 'buyer'], [2, 'agent']]);
    expect(await messageEvent(mentorWs, 2)).toMatchObject({ message: { kind: 'agent', at: T0 + 17_000, turn: 1 } });
    const view = MentorLiveSchema.parse((await call(server, 'GET', `/api/live/${liveId}`, { token: mentor.token })).body);
    expect(view.reading).toMatchObject({ turn: 1, step: { kind: 'transition', from: 'opening', to: 'push-harder' } });
    expect(view.reading!.understanding.moves).toEqual(expect.arrayContaining(['greet', 'hold-price']));
    expect(view.machine.state).toBe('push-harder');
    // The suggestions follow the machine: what push-harder's buyer would say.
    const pushLines = scenario.states['push-harder']!.lines ?? [];
    expect(view.suggestions.some((s) => pushLines.includes(s) || (view.machine.context.said as string[]).includes(s))).toBe(true);
    watcherWs.socket.close();
  });

  it('a dropped trainee connection resumes after its last number: nothing lost, nothing twice', async () => {
    traineeWs.socket.close();
    await traineeWs.closed;
    clock = T0 + 30_000;
    await mentorDoes('say', { text: '那送点什么吗 🤔', source: 'edited' });
    clock = T0 + 31_000;
    await mentorDoes('say', { text: '我再看看别家', source: 'own' });
    const seen = liveMessages(traineeWs).map((m) => m.seq);
    // The socket saw the mentor's line and the trainee's own reply; it asks for what came after 2.
    expect(seen).toEqual([1, 2]);
    traineeWs = await traineeSocket();
    traineeWs.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 2 }));
    expect(await joinedEvent(traineeWs)).toMatchObject({ lastSeq: 4 });
    expect(liveMessages(traineeWs)).toEqual([
      { seq: 3, kind: 'buyer', text: '那送点什么吗 🤔', at: T0 + 30_000 },
      { seq: 4, kind: 'buyer', text: '我再看看别家', at: T0 + 31_000 },
    ]);
    const http = (await asTrainee('GET', `/api/live/${liveId}/messages?after=2`)).body;
    expect(http).toEqual({ messages: liveMessages(traineeWs), lastSeq: 4 });
    // The mentor's side too.
    mentorWs.socket.close();
    mentorWs = await listenWs(server, mentor.token);
    mentorWs.socket.send(JSON.stringify({ type: 'live.join', liveId, after: 3 }));
    await joinedEvent(mentorWs);
    expect(liveMessages(mentorWs)).toEqual([expect.objectContaining({ seq: 4, kind: 'buyer', source: 'own' })]);
  });

  it('a steer moves the machine and is recorded for the staff only; the trainee’s numbering has no gap', async () => {
    const bad = await call(server, 'POST', `/api/live/${liveId}/steer`, { token: mentor.token, body: { kind: 'state', state: 'deal' } });
    expect(bad.status).toBe(400);
    expect((await call(server, 'POST', `/api/live/${liveId}/steer`, { token: mentor.token, body: { kind: 'state', state: 'nowhere' } })).status).toBe(400);
    clock = T0 + 40_000;
    const steered = await mentorDoes('steer', { kind: 'state', state: 'hesitate' });
    expect(steered.machine.state).toBe('hesitate');
    const steer = steered.messages.at(-1)!;
    expect(steer).toMatchObject({ seq: 5, kind: 'steer', turn: 4, steer: { kind: 'state', from: 'push-harder', to: 'hesitate' }, by: mentor.member.id });
    await messageEvent(mentorWs, 5);
    clock = T0 + 45_000;
    await mentorDoes('say', { text: '嗯…那我再想想', source: 'own' });
    const next = await messageEvent(traineeWs, 5);
    expect(next).toMatchObject({ message: { seq: 5, kind: 'buyer', text: '嗯…那我再想想' } });
    expect(liveMessages(traineeWs).map((m) => m.kind)).not.toContain('steer');
  });

  it('ending with an outcome grades the transcript with the exam scorer; the trainee can no longer reply', async () => {
    clock = T0 + 60_000;
    expect((await asTrainee('POST', `/api/live/${liveId}/reply`, { text: '亲，现在下单还送一个枕套哦，今天就能发货' })).status).toBe(200);
    clock = T0 + 70_000;
    const ended = await mentorDoes('steer', { kind: 'outcome', outcome: 'sale' });
    expect(ended.status).toBe('ended');
    expect(ended.messages.slice(-2).map((m) => m.kind)).toEqual(['steer', 'end']);
    expect(ended.grade).not.toBeNull();
    const grade = ended.grade!;
    expect(grade.parts[0]).toMatchObject({ outcome: 'sale', scorerVersion: SCORER_VERSION });
    const end = await traineeWs.next((e) => e.type === 'live.message' && e.message.kind === 'end');
    expect(end).toMatchObject({ message: { kind: 'end', text: '' } });
    expect((await asTrainee('POST', `/api/live/${liveId}/reply`, { text: '还在吗' })).status).toBe(409);
    expect((await call(server, 'POST', `/api/live/${liveId}/say`, { token: mentor.token, body: { text: '好', source: 'own' } })).status).toBe(409);

    // The same scorer on the same transcript: the mentor's view of the attempt, scored directly.
    const attempt = MentorAttemptSchema.parse((await call(server, 'GET', `/api/attempts/${liveId}`, { token: mentor.token })).body);
    // The wire's optional fields arrive as absent keys: drop the undefined ones zod's type allows.
    const turns = attempt.parts[0]!.turns.map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as Turn);
    expect(turns.map((t) => t.role)).toEqual(['buyer', 'agent', 'buyer', 'buyer', 'buyer', 'agent']);
    const direct = score({ turns: turns as Turn[], outcome: 'sale' as OutcomeKind, scenarioId: scenario.id, seed: 4242, lowestOffer: null }, scenario, { passMark: 80 });
    expect(grade.parts[0]!.total).toBe(direct.scores.total);
    expect(grade.parts[0]!.items.map((i) => i.rule)).toEqual(direct.violations.map((v) => v.rule));
    // The steers are in the attempt the review reads.
    expect(attempt.live!.messages.filter((m: LiveMessage) => m.kind === 'steer').map((m) => m.steer)).toEqual([
      { kind: 'state', from: 'push-harder', to: 'hesitate' },
      { kind: 'outcome', outcome: 'sale' },
    ]);
  });

  it('the session is reviewed and signed like an exam, and the trainee reads the signed report', async () => {
    const exams = ExamListSchema.parse((await call(server, 'GET', '/api/exams', { token: mentor.token })).body);
    const exam = exams.exams.find((e) => e.kind === 'live')!;
    expect(exam.trainees[0]!.attempts).toEqual([{ id: liveId, number: 1, status: 'submitted' }]);
    expect((await asTrainee('POST', `/api/exams/${exam.id}/attempt`)).status).toBe(404);
    expect((await call(server, 'POST', `/api/exams/${exam.id}/grants`, { token: mentor.token, body: { traineeId: trainee.member.id, reason: '再来' } })).status).toBe(409);
    const before = TraineeExamListSchema.parse((await asTrainee('GET', '/api/my/exams')).body).exams;
    expect(before).toEqual([expect.objectContaining({ kind: 'live', title: '真人扮演 · 王老师', reportVersion: null })]);
    expect((await asTrainee('GET', `/api/attempts/${liveId}/report`)).status).toBe(403);

    clock = T0 + 100_000;
    const review = await call(server, 'PUT', `/api/attempts/${liveId}/review`, { token: mentor.token, body: { items: [], comments: [{ part: 0, turn: 1, text: '守价守得好' }] } });
    expect(review.status, JSON.stringify(review.body)).toBe(200);
    const signed = await call(server, 'POST', `/api/attempts/${liveId}/sign`, { token: mentor.token, body: { verdict: 'pass', summary: '真人扮演表现稳定' } });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    const report = ReportSchema.parse(signed.body);
    expect(report).toMatchObject({ version: 1, verdict: 'pass', comments: [{ part: 0, turn: 1, text: '守价守得好' }] });
    expect(report.parts[0]!.turns).toHaveLength(6);

    const after = TraineeExamListSchema.parse((await asTrainee('GET', '/api/my/exams')).body).exams;
    expect(after[0]).toMatchObject({ reportVersion: 1, attempt: { id: liveId } });
    expect((await asTrainee('GET', `/api/attempts/${liveId}/report`)).status).toBe(200);
    expect(TraineeLiveSchema.parse((await asTrainee('GET', `/api/live/${liveId}`)).body)).toMatchObject({ status: 'ended', reportVersion: 1 });
    expect(TraineeLiveListSchema.parse((await asTrainee('GET', '/api/my/live')).body).sessions).toEqual([]);
  });

  it('nothing the trainee received before the report holds the state, mood, suggestions, steers or scenario text', async () => {
    // Only what came before the released report: the report itself may name the outcome.
    const upTo = traineeSaw.findIndex((s) => s.includes('"verdict"'));
    const saw = traineeSaw.slice(0, upTo).join('\n');
    const spoken = ['在不在 这套能少点不 钱真不好挣啊 🥲', ...liveMessages(traineeWs).map((m) => m.text)];
    const said = [...saw.matchAll(/"kind":"buyer","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const secrets = scenarioSecrets('price-haggle.yaml').filter((s) => ![...spoken, ...said].includes(s));
    expect(secrets.length).toBeGreaterThan(5);
    expect(secrets.filter((s) => saw.includes(s))).toEqual([]);
    expect(saw).not.toMatch(/"(state|mood|suggestions|steer|steerable|reading|machine|context|source|floor|seed|grade|outcome|by|turn)"/);
    expect(saw).not.toMatch(/push-harder|hesitate|price-haggle/);
    expect(saw).toContain('"kind":"buyer"');
  });
});
