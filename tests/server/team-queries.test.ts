// The lead's and mentors' queries: figures per trainee, rules broken most, trends, CSV, and
// who may see whom.
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, RuleReportSchema, TeamOverviewSchema, TrendSchema, type SyncSession } from '@/server/api-contract';
import { call, ended, engine, join, otherTeam, session, turns, type Joined, type TestServer, useTeamServer } from './harness';

let server: TestServer;
let teamId: string;
let lead: Joined;
let mentor: Joined;
let a: Joined;
let b: Joined;
let c: Joined;

const DAY = 86_400_000;
// 2026-03-02 is a Monday; 00:00 at UTC+8 is 16:00 UTC the day before.
const MONDAY_CN = Date.UTC(2026, 2, 1, 16);

async function upload(token: string, sessions: SyncSession[]) {
  const res = await call(server, 'PUT', '/api/sync/sessions', { token, body: { sessions } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

useTeamServer((f) => ({ server, teamId, lead } = f));

beforeAll(async () => {
  mentor = await join(server, teamId, 'mentor', '王老师');
  a = await join(server, teamId, 'trainee', '小甲');
  b = await join(server, teamId, 'trainee', '小乙');
  c = await join(server, teamId, 'trainee', '小丙');
  const at = (day: number, hour = 2) => MONDAY_CN + day * DAY + hour * 3_600_000;
  await upload(a.token, [
    ended('a1', 85, [{ rule: 'cold-tone', turn: 1, points: 0 }], { startedAt: at(0), updatedAt: at(0, 3), messages: turns(4) }),
    ended('a2', 50, [
      { rule: 'invoice-refuse', turn: 1, points: 6 },
      { rule: 'invoice-refuse', turn: 3, points: 6 },
      { rule: 'cold-tone', turn: 5, points: 0 },
    ], { startedAt: at(1), updatedAt: at(1, 3), messages: turns(6) }),
    session('a3', { startedAt: at(8), updatedAt: at(8, 1), messages: turns(2) }),
  ]);
  await upload(b.token, [ended('b1', 40, [{ rule: 'order-close', turn: 1, points: 12 }], { startedAt: at(1, 23), updatedAt: at(2), messages: turns(2) })]);
  const assigned = await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [a.member.id] } });
  expect(assigned.status).toBe(200);
});

describe(`team queries (${engine})`, () => {
  it('the team: practice counts, pass rates, averages and last activity per person', async () => {
    const overview = TeamOverviewSchema.parse((await call(server, 'GET', '/api/team', { token: lead.token })).body);
    const byName = new Map(overview.members.map((m) => [m.member.name, m]));
    expect(overview.members).toHaveLength(5);
    expect(byName.get('小甲')).toMatchObject({ sessions: 3, ended: 2, passRate: 0.5, averageTotal: 67.5, mentorIds: [mentor.member.id] });
    expect(byName.get('小甲')!.lastActivity).toBe(MONDAY_CN + 8 * DAY + 3_600_000);
    expect(byName.get('小乙')).toMatchObject({ sessions: 1, ended: 1, passRate: 0, averageTotal: 40, mentorIds: [] });
    expect(byName.get('小丙')).toMatchObject({ sessions: 0, ended: 0, passRate: null, averageTotal: null, lastActivity: null });
  });

  it('one trainee: sessions newest first with their scores and violations', async () => {
    const res = await call(server, 'GET', `/api/members/${a.member.id}/sessions`, { token: lead.token });
    expect(res.body.sessions.map((s: { id: string }) => s.id)).toEqual(['a3', 'a2', 'a1']);
    expect(res.body.sessions[1]).toMatchObject({ messageCount: 6, scores: { total: 50, passed: false } });
    expect(res.body.sessions[1].violations).toHaveLength(3);
    const page = await call(server, 'GET', `/api/members/${a.member.id}/sessions?limit=1&before=${res.body.sessions[0].startedAt}`, { token: lead.token });
    expect(page.body.sessions.map((s: { id: string }) => s.id)).toEqual(['a2']);
  });

  it('the rules each trainee breaks most, and the team together', async () => {
    const report = RuleReportSchema.parse((await call(server, 'GET', '/api/team/rules', { token: lead.token })).body);
    const ofA = report.trainees.find((t) => t.memberId === a.member.id)!;
    // Most often first; between equals, the costlier first.
    expect(ofA.rules).toEqual([
      { rule: 'invoice-refuse', count: 2, sessions: 1, points: 12 },
      { rule: 'cold-tone', count: 2, sessions: 2, points: 0 },
    ]);
    expect(report.team[0]).toEqual({ rule: 'invoice-refuse', count: 2, sessions: 1, points: 12 });
    expect(report.team.map((r) => r.rule).sort()).toEqual(['cold-tone', 'invoice-refuse', 'order-close']);
    const one = RuleReportSchema.parse((await call(server, 'GET', '/api/team/rules?limit=1', { token: lead.token })).body);
    expect(one.team).toHaveLength(1);
    // Only sessions since a time.
    const later = RuleReportSchema.parse((await call(server, 'GET', `/api/team/rules?since=${MONDAY_CN + DAY}`, { token: lead.token })).body);
    expect(later.trainees.find((t) => t.memberId === a.member.id)!.rules.find((r) => r.rule === 'cold-tone')!.count).toBe(1);
  });

  it('trends by day and by week in the viewer\'s time zone', async () => {
    const days = TrendSchema.parse((await call(server, 'GET', '/api/team/trends?bucket=day&tzOffset=480', { token: lead.token })).body);
    expect(days.points.map((p) => [(p.start - MONDAY_CN) / DAY, p.sessions, p.ended, p.passRate])).toEqual([
      [0, 1, 1, 1],
      [1, 2, 2, 0],
      [8, 1, 0, null],
    ]);
    const weeks = TrendSchema.parse((await call(server, 'GET', '/api/team/trends?bucket=week&tzOffset=480', { token: lead.token })).body);
    expect(weeks.points.map((p) => [(p.start - MONDAY_CN) / DAY, p.sessions, p.averageTotal])).toEqual([
      [0, 3, (85 + 50 + 40) / 3],
      [7, 1, null],
    ]);
    const utc = TrendSchema.parse((await call(server, 'GET', '/api/team/trends?bucket=day', { token: lead.token })).body);
    // b1 started 23:00 China time on day 1 = 15:00 UTC day 1 → still day 1 in UTC; a1 at 02:00 China = 18:00 UTC the day before.
    expect(utc.points[0]!.start).toBe(Date.UTC(2026, 2, 1));
    const mine = TrendSchema.parse((await call(server, 'GET', `/api/team/trends?memberId=${b.member.id}&tzOffset=480`, { token: lead.token })).body);
    expect(mine.points.map((p) => p.sessions)).toEqual([1]);
  });

  it('a CSV export of every session, Excel-ready, formulas defused', async () => {
    await call(server, 'PATCH', `/api/members/${c.member.id}`, { token: lead.token, body: { name: '=HYPERLINK("x")' } });
    await upload(c.token, [session('c1', { scenarioTitle: '带,逗号"和引号', messages: turns(1) })]);
    const res = await call(server, 'GET', '/api/team/export.csv', { token: lead.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    // The BOM (fetch's text() drops it, so read the bytes).
    const bytes = new Uint8Array(await (await fetch(`${server.url}/api/team/export.csv`, { headers: { authorization: `Bearer ${lead.token}` } })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (res.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(6);
    const a2 = lines.find((l) => l.includes(',a2,'))!;
    expect(a2).toContain('小甲');
    expect(a2).toMatch(/,50,50,50,50,no,12,cold-tone×1; invoice-refuse×2$/);
    expect(lines.find((l) => l.includes(',c1,'))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines.find((l) => l.includes(',c1,'))).toContain('"带,逗号""和引号"');
  });

  it('a mentor sees only the trainees assigned to them; a trainee sees none of it', async () => {
    const overview = TeamOverviewSchema.parse((await call(server, 'GET', '/api/team', { token: mentor.token })).body);
    expect(overview.members.map((m) => m.member.name).sort()).toEqual(['小甲', '王老师'].sort());
    expect((await call(server, 'GET', `/api/members/${a.member.id}/sessions`, { token: mentor.token })).status).toBe(200);
    expect((await call(server, 'GET', `/api/members/${b.member.id}/sessions`, { token: mentor.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/members/${b.member.id}/sessions/b1`, { token: mentor.token })).status).toBe(404);
    const rules = RuleReportSchema.parse((await call(server, 'GET', '/api/team/rules', { token: mentor.token })).body);
    expect(rules.trainees.map((t) => t.memberId)).toEqual([a.member.id]);
    expect(rules.team.map((r) => r.rule)).not.toContain('order-close');
    const csv = (await call(server, 'GET', '/api/team/export.csv', { token: mentor.token })).body as string;
    expect(csv).toContain(',a1,');
    expect(csv).not.toContain(',b1,');
    expect((await call(server, 'GET', `/api/team/trends?memberId=${b.member.id}`, { token: mentor.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/mentors/${mentor.member.id}/trainees`, { token: mentor.token })).body).toEqual({ traineeIds: [a.member.id] });
    expect((await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: mentor.token, body: { traineeIds: [] } })).status).toBe(403);
    for (const path of ['/api/team', '/api/members', '/api/team/rules', '/api/team/trends', '/api/team/export.csv', '/api/invites']) {
      expect((await call(server, 'GET', path, { token: a.token })).status, path).toBe(403);
    }
  });

  it('assignments take only this team\'s trainees; another team sees none of this team', async () => {
    const other = await otherTeam(server);
    const outsider = await join(server, other.teamId, 'trainee', '外店学员');
    const wrong = await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [a.member.id, outsider.member.id] } });
    expect(wrong.status).toBe(400);
    expect((await call(server, 'PUT', `/api/mentors/${a.member.id}/trainees`, { token: lead.token, body: { traineeIds: [] } })).status).toBe(409);
    expect((await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: other.lead.token, body: { traineeIds: [outsider.member.id] } })).status).toBe(404);
    const theirs = TeamOverviewSchema.parse((await call(server, 'GET', '/api/team', { token: other.lead.token })).body);
    expect(theirs.members.map((m) => m.member.id).sort()).toEqual([other.lead.member.id, outsider.member.id].sort());
    expect(RuleReportSchema.parse((await call(server, 'GET', '/api/team/rules', { token: other.lead.token })).body).team).toEqual([]);
    expect(TrendSchema.parse((await call(server, 'GET', '/api/team/trends', { token: other.lead.token })).body).points).toEqual([]);
    const csv = (await call(server, 'GET', '/api/team/export.csv', { token: other.lead.token })).body as string;
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1);
    expect((await call(server, 'GET', `/api/members/${a.member.id}/sessions/a1`, { token: other.lead.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/team/trends?memberId=${a.member.id}`, { token: other.lead.token })).status).toBe(404);
  });
});
