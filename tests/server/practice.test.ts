// The team's 话术库 and the lead's skills on a real database (SQLite, or PostgreSQL when
// DATABASE_URL is set): who may write and read, no team sees another's, a phrase that breaks a
// rule is refused; the skills are the engine's own grading of the uploaded chats.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TeamPhrasesSchema, TeamSkillsSchema } from '@/server/practice-contract';
import type { SyncSession } from '@/server/api-contract';
import { loadScenario } from '@/engine/scenario/load';
import { sessionSkills } from '@/engine/skills/session-skills';
import { skillFigures } from '@/engine/skills/skill-summary';
import { call, engine, join, otherTeam, session, type Joined, type TestServer, useTeamServer } from './harness';

let server: TestServer;
let teamId: string;
let lead: Joined;
let mentor: Joined;
let a: Joined;
let b: Joined;
let other: { teamId: string; lead: Joined };

const T0 = Date.UTC(2026, 2, 2, 2);
const coldTurns = [
  { role: 'buyer' as const, text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
  { role: 'agent' as const, text: '您好，单号发我。' },
  { role: 'buyer' as const, text: '好吧 快点查', upset: false },
  { role: 'agent' as const, text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
];
const warmTurns = [
  { role: 'buyer' as const, text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
  { role: 'agent' as const, text: '亲，您好，非常理解您的心情，让您久等了真的很抱歉，我马上帮您查物流哦~' },
  { role: 'buyer' as const, text: '好吧 快点查', upset: false },
  { role: 'agent' as const, text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
];
const complaint = (id: string, day: number, turns: typeof coldTurns): SyncSession =>
  session(id, { scenarioId: 'complaint', scenarioTitle: '快递不动的生气买家', variant: 'hard', status: 'ended', outcome: 'resolved', startedAt: T0 + day * 86_400_000, updatedAt: T0 + day * 86_400_000 + 60_000, messages: turns });

const library = [
  { id: 'greet', category: 'pre-sale', text: '亲,您好呀~欢迎光临小店,有什么需要随时告诉我哦~' },
  { id: 'comfort', category: 'after-sale', text: '亲,非常理解您的心情,真的很抱歉,我这就帮您处理哦~' },
];

useTeamServer((f) => ({ server, teamId, lead } = f));

beforeAll(async () => {
  mentor = await join(server, teamId, 'mentor', '王老师');
  a = await join(server, teamId, 'trainee', '小甲');
  b = await join(server, teamId, 'trainee', '小乙');
  other = await otherTeam(server);
  for (const [who, sessions] of [
    [a, [complaint('a1', 0, coldTurns), complaint('a2', 1, coldTurns)]],
    [b, [complaint('b1', 0, warmTurns)]],
  ] as const) {
    const res = await call(server, 'PUT', '/api/sync/sessions', { token: who.token, body: { sessions } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  expect((await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [b.member.id] } })).status).toBe(200);
});

describe(`the team's 话术库 (${engine})`, () => {
  it('is the starter library (null) until a lead or mentor publishes one; trainees read, never write', async () => {
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body).library).toBeNull();
    expect((await call(server, 'PUT', '/api/team/phrases', { token: a.token, body: { phrases: library } })).status).toBe(403);
    expect((await call(server, 'DELETE', '/api/team/phrases', { token: a.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/team/phrases')).status).toBe(401);

    const put = await call(server, 'PUT', '/api/team/phrases', { token: lead.token, body: { phrases: library } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ version: 1 });
    const seen = TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body);
    expect(seen.library).toMatchObject({ phrases: library, version: 1, updatedBy: { id: lead.member.id, name: '组长' } });

    const byMentor = await call(server, 'PUT', '/api/team/phrases', { token: mentor.token, body: { phrases: library.slice(0, 1) } });
    expect(byMentor.body).toEqual({ version: 2 });
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: b.token })).body).library?.phrases).toEqual(library.slice(0, 1));
  });

  it('never shows or changes another team’s library', async () => {
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: other.lead.token })).body).library).toBeNull();
    const theirs = [{ id: 'x', category: 'in-sale', text: '亲,我帮您查一下哦,请稍等~' }];
    expect((await call(server, 'PUT', '/api/team/phrases', { token: other.lead.token, body: { phrases: theirs } })).body).toEqual({ version: 1 });
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body).library?.version).toBe(2);
    expect((await call(server, 'DELETE', '/api/team/phrases', { token: other.lead.token })).status).toBe(204);
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body).library?.phrases).toEqual(library.slice(0, 1));
  });

  it('refuses a phrase that breaks a rule, or a bad body, naming the phrase, and keeps the library as it was', async () => {
    const bad = await call(server, 'PUT', '/api/team/phrases', {
      token: lead.token,
      body: { phrases: [...library, { id: 'wx', category: 'pre-sale', text: '亲，加我微信聊，私下转账更便宜哦' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('有的短语违反平台或服务规则，请修改后再发布');
    expect(bad.body.error.issues[0]).toMatchObject({ path: 'phrases[2]' });
    expect(bad.body.error.issues[0].message).toContain('引导站外交易');
    const dup = await call(server, 'PUT', '/api/team/phrases', { token: lead.token, body: { phrases: [library[0], library[0]] } });
    expect(dup.status).toBe(400);
    const empty = await call(server, 'PUT', '/api/team/phrases', { token: lead.token, body: { phrases: [{ id: 'e', category: 'pre-sale', text: '  ' }] } });
    expect(empty.status).toBe(400);
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body).library?.version).toBe(2);
  });

  it('goes back to the starter library when the lead resets it', async () => {
    expect((await call(server, 'DELETE', '/api/team/phrases', { token: lead.token })).status).toBe(204);
    expect(TeamPhrasesSchema.parse((await call(server, 'GET', '/api/team/phrases', { token: a.token })).body).library).toBeNull();
    // The reset was version 3: a later library counts on, so browsers see it is new.
    expect((await call(server, 'PUT', '/api/team/phrases', { token: lead.token, body: { phrases: library } })).body).toEqual({ version: 4 });
  });
});

describe(`the lead's skills per trainee and for the team (${engine})`, () => {
  const file = 'scenarios/complaint.yaml';
  const scenario = loadScenario(readFileSync(file, 'utf8'), file).scenario!;
  const expected = (turnsList: (typeof coldTurns)[]) =>
    skillFigures(
      turnsList.map((turns, i) => ({
        scenarioId: 'complaint',
        variant: 'hard',
        at: T0 + i * 86_400_000,
        outcomes: sessionSkills({ turns, outcome: 'resolved', scenarioId: 'complaint', variant: 'hard', seed: 7 }, scenario),
      })),
    );

  it('grades the uploaded chats with the engine: empathy missed twice by one trainee, done by the other', async () => {
    const res = await call(server, 'GET', '/api/team/skills', { token: lead.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const skills = TeamSkillsSchema.parse(res.body);
    const ofA = skills.trainees.find((t) => t.memberId === a.member.id)!;
    const ofB = skills.trainees.find((t) => t.memberId === b.member.id)!;
    expect(ofA.sessions).toBe(2);
    expect(ofA.figures.find((f) => f.skill === 'empathy')).toMatchObject({ attempts: 2, ok: 0, recentRate: 0 });
    expect(ofB.figures.find((f) => f.skill === 'empathy')).toMatchObject({ attempts: 1, ok: 1, recentRate: 1 });
    // The same figures the trainee's own browser computes from the same chats.
    expect(ofA.figures).toEqual(expected([coldTurns, coldTurns]));
    expect(skills.team.find((f) => f.skill === 'empathy')).toMatchObject({ attempts: 3, ok: 1 });
    // Only trainees are listed, and a team-wide answer carries no per-chat history.
    expect(skills.trainees.map((t) => t.memberId).sort()).toEqual([a.member.id, b.member.id].sort());
    expect(ofA.history).toBeUndefined();
  });

  it('gives one trainee’s chats for the picture, to the lead and to that trainee’s mentor only', async () => {
    const one = TeamSkillsSchema.parse((await call(server, 'GET', `/api/team/skills?memberId=${a.member.id}`, { token: lead.token })).body);
    expect(one.trainees).toHaveLength(1);
    expect(one.trainees[0]!.history?.map((h) => [h.id, h.outcomes.find((o) => o.skill === 'empathy')?.ok])).toEqual([
      ['a1', false],
      ['a2', false],
    ]);
    // The mentor has only 小乙.
    const mentorView = TeamSkillsSchema.parse((await call(server, 'GET', '/api/team/skills', { token: mentor.token })).body);
    expect(mentorView.trainees.map((t) => t.memberId)).toEqual([b.member.id]);
    expect((await call(server, 'GET', `/api/team/skills?memberId=${a.member.id}`, { token: mentor.token })).status).toBe(404);
    expect((await call(server, 'GET', '/api/team/skills', { token: a.token })).status).toBe(403);
    expect((await call(server, 'GET', `/api/team/skills?memberId=${a.member.id}`, { token: other.lead.token })).status).toBe(404);
    const theirs = TeamSkillsSchema.parse((await call(server, 'GET', '/api/team/skills', { token: other.lead.token })).body);
    expect(theirs.trainees).toEqual([]);
    expect(theirs.team.every((f) => f.attempts === 0)).toBe(true);
  });

  it('answers the same again from its cache, and grades a chat again once more of it is uploaded', async () => {
    const ask = async () => TeamSkillsSchema.parse((await call(server, 'GET', `/api/team/skills?memberId=${a.member.id}`, { token: lead.token })).body);
    const first = await ask();
    expect(await ask()).toEqual(first);
    // a2 goes on: the buyer asks for an invoice, so the chat now tests the invoice skill too.
    const more = [
      { role: 'buyer' as const, text: '对了 能开发票吗', upset: false },
      { role: 'agent' as const, text: '可以开的亲，下单后把抬头和税号发我就行~' },
    ];
    const longer = { ...complaint('a2', 1, [...coldTurns, ...more]), updatedAt: T0 + 86_400_000 + 120_000 };
    const res = await call(server, 'PUT', '/api/sync/sessions', { token: a.token, body: { sessions: [{ ...longer, from: coldTurns.length, messages: more }] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await ask();
    const a2 = after.trainees[0]!.history!.find((h) => h.id === 'a2')!;
    const fresh = sessionSkills({ turns: [...coldTurns, ...more], outcome: 'resolved', scenarioId: 'complaint', variant: 'hard', seed: 7 }, scenario);
    expect(a2.outcomes).toEqual(fresh);
    expect(a2.outcomes.some((o) => o.skill === 'invoice')).toBe(true);
    // The untouched chat is the same as before.
    expect(after.trainees[0]!.history!.find((h) => h.id === 'a1')).toEqual(first.trainees[0]!.history!.find((h) => h.id === 'a1'));
  });
});
