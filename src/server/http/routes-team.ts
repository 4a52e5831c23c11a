// The lead's and mentors' screens: the team, one trainee's sessions, the rules broken most,
// trends, the CSV export, people and mentor assignments.
import { Hono } from 'hono';
import {
  AssignmentSchema,
  CSV_COLUMNS,
  MemberPatchSchema,
  RuleReportSchema,
  SessionListQuerySchema,
  TrendQuerySchema,
  rooms,
  type RuleReport,
  type TeamOverview,
  type Trend,
} from '@/server/api-contract';
import * as z from 'zod';
import { ApiError, forbidden, notFound, readBody, readQuery } from '@/server/http/errors';
import { requireRole, visibleIds, visibleMember } from '@/server/http/access';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import { memberJson } from '@/server/http/present';
import { csvLine } from '@/server/http/csv';

const RuleQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).optional(),
  since: z.coerce.number().int().optional(),
});

type RuleCount = RuleReport['team'][number];

function top(counts: RuleCount[], limit: number): RuleCount[] {
  return [...counts].sort((a, b) => b.count - a.count || b.points - a.points || a.rule.localeCompare(b.rule)).slice(0, limit);
}

export function teamRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  app.get('/team', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const ids = await visibleIds(repo, v);
    const [members, figures, mentors] = await Promise.all([
      repo.people.listMembers(v.team.id, ids),
      repo.reports.practice(v.team.id, ids),
      repo.people.mentorsByTrainee(v.team.id),
    ]);
    const byMember = new Map(figures.map((f) => [f.memberId, f]));
    const overview: TeamOverview = {
      team: { id: v.team.id, name: v.team.name, createdAt: v.team.created_at },
      members: members.map((m) => {
        const f = byMember.get(m.id);
        return {
          member: memberJson(m),
          sessions: f?.sessions ?? 0,
          ended: f?.ended ?? 0,
          passRate: f && f.scored ? f.passed / f.scored : null,
          averageTotal: f?.averageTotal ?? null,
          lastActivity: f?.lastActivity ?? null,
          mentorIds: mentors.get(m.id) ?? [],
        };
      }),
    };
    return c.json(overview);
  });

  app.get('/members', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    return c.json({ members: (await repo.people.listMembers(v.team.id, await visibleIds(repo, v))).map(memberJson) });
  });

  app.patch('/members/:memberId', async (c) => {
    const v = viewerOf(c);
    const memberId = c.req.param('memberId');
    const patch = await readBody(c, MemberPatchSchema);
    const self = memberId === v.member.id;
    if (v.member.role !== 'lead' && (!self || patch.role)) throw self ? forbidden() : notFound('成员');
    const member = await repo.people.getMember(v.team.id, memberId);
    if (!member) throw notFound('成员');
    if (patch.role && patch.role !== 'lead' && member.role === 'lead') {
      const leads = (await repo.people.listMembers(v.team.id)).filter((m) => m.role === 'lead');
      if (leads.length === 1) throw new ApiError('conflict', '团队至少要有一位组长');
    }
    await repo.people.updateMember(v.team.id, memberId, { ...(patch.name ? { name: patch.name } : {}), ...(patch.role ? { role: patch.role } : {}) });
    await deps.rooms.publish([rooms.team(v.team.id)], { type: 'team', change: 'member' });
    return c.json(memberJson((await repo.people.getMember(v.team.id, memberId))!));
  });

  app.delete('/members/:memberId', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead');
    const memberId = c.req.param('memberId');
    if (memberId === v.member.id) throw new ApiError('conflict', '不能把自己移出团队');
    const member = await repo.people.getMember(v.team.id, memberId);
    if (!member) throw notFound('成员');
    const devices = await repo.people.listDevices(v.team.id, memberId);
    await repo.people.removeMember(v.team.id, memberId);
    deps.log(`remove: member ${memberId} by member ${v.member.id}`);
    await deps.rooms.publish(devices.map((d) => rooms.device(d.id)), { type: 'revoked' });
    await deps.rooms.publish([rooms.team(v.team.id)], { type: 'team', change: 'member' });
    return c.body(null, 204);
  });

  app.get('/members/:memberId/sessions', async (c) => {
    const v = viewerOf(c);
    const member = await visibleMember(repo, v, c.req.param('memberId'));
    const query = readQuery(c, SessionListQuerySchema);
    return c.json({ sessions: await repo.sessions.list(v.team.id, member.id, query.limit ?? 100, query.before) });
  });

  app.get('/members/:memberId/sessions/:sessionId', async (c) => {
    const v = viewerOf(c);
    const member = await visibleMember(repo, v, c.req.param('memberId'));
    const session = await repo.sessions.get(v.team.id, member.id, c.req.param('sessionId'));
    if (!session) throw notFound('练习记录');
    return c.json(session);
  });

  app.get('/team/rules', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const query = readQuery(c, RuleQuerySchema);
    const limit = query.limit ?? 5;
    const figures = await repo.reports.rules(v.team.id, await visibleIds(repo, v), query.since);
    const perMember = new Map<string, RuleCount[]>();
    const team = new Map<string, RuleCount & { sessions: number }>();
    for (const f of figures) {
      const list = perMember.get(f.memberId) ?? [];
      list.push({ rule: f.rule, count: f.count, sessions: f.sessions, points: f.points });
      perMember.set(f.memberId, list);
      const t = team.get(f.rule) ?? { rule: f.rule, count: 0, sessions: 0, points: 0 };
      team.set(f.rule, { rule: f.rule, count: t.count + f.count, sessions: t.sessions + f.sessions, points: t.points + f.points });
    }
    const report: RuleReport = {
      trainees: [...perMember].map(([memberId, counts]) => ({ memberId, rules: top(counts, limit) })).sort((a, b) => a.memberId.localeCompare(b.memberId)),
      team: top([...team.values()], limit),
    };
    return c.json(RuleReportSchema.parse(report));
  });

  app.get('/team/trends', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const query = readQuery(c, TrendQuerySchema);
    let ids = await visibleIds(repo, v);
    if (query.memberId) {
      await visibleMember(repo, v, query.memberId);
      ids = [query.memberId];
    }
    const bucket = query.bucket ?? 'day';
    const points = await repo.reports.trends(v.team.id, ids, { bucket, since: query.since, offsetMs: (query.tzOffset ?? 0) * 60_000 });
    const trend: Trend = {
      bucket,
      points: points.map((p) => ({
        start: p.start,
        sessions: p.sessions,
        ended: p.ended,
        passRate: p.scored ? p.passed / p.scored : null,
        averageTotal: p.averageTotal,
      })),
    };
    return c.json(trend);
  });

  app.get('/team/export.csv', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const ids = await visibleIds(repo, v);
    const [rows, violations] = await Promise.all([repo.reports.csvRows(v.team.id, ids), repo.reports.violationCounts(v.team.id, ids)]);
    const iso = (ms: number) => new Date(ms).toISOString();
    const lines = [csvLine([...CSV_COLUMNS])];
    for (const r of rows) {
      lines.push(
        csvLine([
          r.member_name,
          r.member_id,
          r.id,
          r.scenario_id,
          r.scenario_title,
          r.variant,
          iso(r.started_at),
          iso(r.updated_at),
          r.status,
          r.outcome ?? '',
          r.message_count,
          r.total ?? '',
          r.tone ?? '',
          r.compliance ?? '',
          r.conversion ?? '',
          r.passed === null ? '' : r.passed === 1 ? 'yes' : 'no',
          r.points_deducted ?? '',
          violations.get(`${r.member_id}\u0000${r.id}`) ?? '',
        ]),
      );
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="peilian-team-${new Date().toISOString().slice(0, 10)}.csv"`);
    // The BOM makes Excel read the Chinese names as UTF-8.
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`);
  });

  app.get('/mentors/:mentorId/trainees', async (c) => {
    const v = viewerOf(c);
    const mentorId = c.req.param('mentorId');
    if (v.member.role !== 'lead' && mentorId !== v.member.id) throw notFound('成员');
    const mentor = await repo.people.getMember(v.team.id, mentorId);
    if (!mentor) throw notFound('成员');
    return c.json({ traineeIds: await repo.people.traineesOf(v.team.id, mentorId) });
  });

  app.put('/mentors/:mentorId/trainees', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead');
    const mentorId = c.req.param('mentorId');
    const body = await readBody(c, AssignmentSchema);
    const mentor = await repo.people.getMember(v.team.id, mentorId);
    if (!mentor) throw notFound('成员');
    if (mentor.role !== 'mentor') throw new ApiError('conflict', '只能给带教老师分配学员');
    const trainees = await repo.people.listMembers(v.team.id, [...new Set(body.traineeIds)]);
    const wrong = body.traineeIds.filter((id) => !trainees.some((t) => t.id === id && t.role === 'trainee'));
    if (wrong.length) throw new ApiError('bad_request', '有的学员不在团队里', { issues: wrong.slice(0, 20).map((id) => ({ path: 'traineeIds', message: `不是本团队的学员：${id}` })) });
    await repo.people.setTrainees(v.team.id, mentorId, body.traineeIds);
    await deps.rooms.publish([rooms.team(v.team.id), rooms.member(mentorId)], { type: 'team', change: 'assignment' });
    return c.json({ traineeIds: await repo.people.traineesOf(v.team.id, mentorId) });
  });

  return app;
}
