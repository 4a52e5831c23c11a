// Team buyers on the server (issue 14): a mentor or the lead publishes a buyer checked by the same
// loader and checker as `peilian check` (errors with codes and FILE:LINE:COL), each publish a new
// version with who, when and the hash; members read them (trainees only practice ones); another
// team never; the exam composer lists them and an exam freezes the exact version.
// Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExamScenarioListSchema, ExamSchema, TraineeAttemptSchema, type ExamScenario } from '@/server/exam-contract';
import { TeamBuyerListSchema, TeamBuyerSchema } from '@/server/team-buyer-contract';
import { contentHash } from '@/server/exam/scenarios';
import { call, engine, join, otherTeam, useTeamServer, type Joined, type TestServer } from './harness';

const BASE = readFileSync('scenarios/price-haggle.yaml', 'utf8');
/** A trainer's buyer: the built-in haggler under her own id and title (and file name). */
const buyer = (title: string, extra = '') => BASE.replace('id: price-haggle', 'id: shop-haggle').replace('title: 砍价的宝妈', `title: ${title}`) + extra;
const FILE = 'shop-haggle.yaml';

let server: TestServer;
let lead: Joined;
let mentor: Joined;
let trainee: Joined;
let teamId: string;
let stranger: Joined;
let strangerTrainee: Joined;

useTeamServer((t) => ({ server, teamId, lead } = t));
beforeAll(async () => {
  mentor = await join(server, teamId, 'mentor', '陈老师');
  trainee = await join(server, teamId, 'trainee', '小吴');
  const other = await otherTeam(server);
  stranger = other.lead;
  strangerTrainee = await join(server, other.teamId, 'trainee', '别家学员');
  const res = await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
  expect(res.status).toBe(200);
});

const publish = (who: Joined, source: string, audience?: 'team' | 'staff', file = FILE) => call(server, 'POST', '/api/team-buyers', { token: who.token, body: { file, source, ...(audience ? { audience } : {}) } });
const list = async (who: Joined) => TeamBuyerListSchema.parse((await call(server, 'GET', '/api/team-buyers', { token: who.token })).body).buyers;

describe(`team buyers (${engine})`, () => {
  it('publishes a checked buyer as version 1 with who, when and the hash; the same text again is no new version', async () => {
    const res = await publish(mentor, buyer('店里的砍价王'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = TeamBuyerSchema.parse(res.body);
    expect(b).toMatchObject({ scenarioId: 'shop-haggle', title: '店里的砍价王', file: FILE });
    expect(b.latest).toMatchObject({ version: 1, hash: contentHash(buyer('店里的砍价王')), audience: 'team', publishedBy: mentor.member.id, publishedByName: '陈老师' });
    const again = await publish(mentor, buyer('店里的砍价王'));
    expect(again.status).toBe(200);
    expect(TeamBuyerSchema.parse(again.body).versions).toHaveLength(1);
  });

  it('refuses a file the checker rejects, with each error’s code and FILE:LINE:COL; a built-in id; a trainee; nothing is stored', async () => {
    const broken = await publish(mentor, buyer('坏文件').replace('start: opening', 'start: nowhere'));
    expect(broken.status).toBe(400);
    expect(broken.body.error.issues.map((i: { code: string }) => i.code)).toContain('unknown-state');
    expect(broken.body.error.issues[0].path).toMatch(/^shop-haggle\.yaml:\d+:\d+/);
    // Loads, but the checker finds a state nothing leads to.
    const unreachable = await publish(mentor, buyer('多余状态', '  orphan:\n    outcome: no-sale\n    lines:\n      - 走了\n'));
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.error.issues.map((i: { code: string }) => i.code)).toContain('unreachable-state');
    expect((await publish(mentor, BASE, 'team', 'price-haggle.yaml')).status).toBe(409);
    expect((await publish(trainee, buyer('学员发的'))).status).toBe(403);
    expect((await list(lead)).map((b) => b.versions.length)).toEqual([1]);
  });

  it('a changed text is version 2; staff-only versions never reach a trainee; another team sees nothing', async () => {
    const v2 = await publish(lead, buyer('店里的砍价王（第二版）'));
    expect(v2.status).toBe(201);
    expect(TeamBuyerSchema.parse(v2.body).latest).toMatchObject({ version: 2, publishedBy: lead.member.id, publishedByName: '组长' });
    const v3 = await publish(mentor, buyer('考试专用砍价王'), 'staff');
    expect(TeamBuyerSchema.parse(v3.body).latest).toMatchObject({ version: 3, audience: 'staff' });

    const staff = (await list(mentor))[0]!;
    expect(staff.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(staff.title).toBe('考试专用砍价王');
    const mine = await list(trainee);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(mine[0]!.title).toBe('店里的砍价王（第二版）');
    const raw = JSON.stringify((await call(server, 'GET', '/api/team-buyers', { token: trainee.token })).body);
    expect(raw).not.toContain('考试专用');
    expect(await list(stranger)).toEqual([]);
    expect((await call(server, 'GET', '/api/team-buyers')).status).toBe(401);
  });

  it('the composer lists the latest version beside the built-in buyers; an exam freezes the exact version; another team cannot use it', async () => {
    const scenarios = ExamScenarioListSchema.parse((await call(server, 'GET', '/api/exam-scenarios', { token: mentor.token })).body).scenarios;
    const shared = scenarios.filter((s) => s.ref.kind === 'team');
    expect(shared).toEqual([expect.objectContaining({ scenarioId: 'shop-haggle', title: '考试专用砍价王', version: 3 })]);
    expect(scenarios.some((s) => s.ref.kind === 'builtin' && s.scenarioId === 'price-haggle')).toBe(true);
    const ref = (shared[0] as ExamScenario).ref;

    const res = await call(server, 'POST', '/api/exams', { token: mentor.token, body: { title: '店铺买家考核', buyers: [{ ref, seed: 42 }], traineeIds: [trainee.member.id] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const exam = ExamSchema.parse(res.body);
    expect(exam.buyers[0]).toMatchObject({ ref, version: 3, hash: contentHash(buyer('考试专用砍价王')), scenarioTitle: '考试专用砍价王' });

    // A later publish changes nothing of the exam already set.
    expect((await publish(mentor, buyer('第四版'), 'staff')).status).toBe(201);
    const after = ExamSchema.parse((await call(server, 'GET', `/api/exams/${exam.id}`, { token: mentor.token })).body);
    expect(after.buyers[0]).toMatchObject({ version: 3, hash: contentHash(buyer('考试专用砍价王')) });

    // The trainee meets her through the server only: no title, no version, no id.
    const attempt = await call(server, 'POST', `/api/exams/${exam.id}/attempt`, { token: trainee.token });
    expect(attempt.status).toBe(201);
    const text = JSON.stringify(attempt.body);
    expect(TraineeAttemptSchema.parse(attempt.body).parts[0]!.turns.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/考试专用|shop-haggle|"version"/);

    const theirs = await call(server, 'POST', '/api/exams', { token: stranger.token, body: { title: '偷用', buyers: [{ ref, seed: 1 }], traineeIds: [strangerTrainee.member.id] } });
    expect(theirs.status).toBe(400);
    expect(theirs.body.error.issues[0].path).toBe('buyers.0.ref');
  });
});
