// Disputes: the trainee disputes items of a released signed report; the trainee's mentor or
// the lead rules on each (recorded only — the result changes through a new signed version);
// the lead's overview of open disputes and the share accepted per mentor and per rule.
import { Hono } from 'hono';
import { DisputeCreateSchema, RulingSchema, type Dispute, type DisputeOverview, type Report } from '@/server/exam-contract';
import { rooms } from '@/server/api-contract';
import { ApiError, notFound, readBody } from '@/server/http/errors';
import { requireRole } from '@/server/http/access';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import { newServerId } from '@/server/auth/secrets';
import { attemptFor, mayStaffSee } from '@/server/exam/access';
import { releasedVersion } from '@/server/http/routes-attempts';
import type { DisputeRow } from '@/server/repo/exam-repo';

export function disputeJson(d: DisputeRow, names: Map<string, string>): Dispute {
  return {
    id: d.id,
    attemptId: d.attempt_id,
    version: d.version,
    part: d.part,
    turn: d.turn,
    rule: d.rule,
    reason: d.reason,
    createdAt: d.created_at,
    status: d.status,
    ruling: d.ruled_by !== null ? { by: d.ruled_by, byName: names.get(d.ruled_by) ?? '', at: d.ruled_at ?? 0, comment: d.comment ?? '' } : null,
  };
}

const share = (rows: DisputeRow[]) => {
  const ruled = rows.filter((d) => d.status !== 'open');
  const accepted = ruled.filter((d) => d.status === 'accept').length;
  const partly = ruled.filter((d) => d.status === 'partly').length;
  return { rulings: ruled.length, accepted, partly, share: ruled.length ? (accepted + partly) / ruled.length : null };
};

export function disputeRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();
  const names = async (teamId: string) => new Map((await repo.people.listMembers(teamId)).map((m) => [m.id, m.name]));

  app.post('/attempts/:attemptId/disputes', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const body = await readBody(c, DisputeCreateSchema);
    const a = await attemptFor(repo, v, c.req.param('attemptId'));
    if ((await releasedVersion(repo, a)) === null) throw new ApiError('forbidden', '报告还没有公布');
    const report = (await repo.exams.reportsOf(v.team.id, [a.row.id])).find((r) => r.version === body.version);
    if (!report) throw notFound('签发的报告');
    const items = (JSON.parse(report.body) as Report).items;
    const existing = await repo.exams.disputesOf(v.team.id, a.row.id);
    const now = deps.now();
    const rows: DisputeRow[] = body.items.map((item, n) => {
      if (!items.some((i) => i.part === item.part && i.turn === item.turn && i.rule === item.rule)) {
        throw new ApiError('bad_request', '报告里没有这一条', { issues: [{ path: `items.${n}`, message: '没有这一条' }] });
      }
      if (existing.some((d) => d.status === 'open' && d.part === item.part && d.turn === item.turn && d.rule === item.rule)) throw new ApiError('conflict', '这一条已经在申诉中');
      return { id: newServerId(), attempt_id: a.row.id, team_id: v.team.id, trainee_id: v.member.id, version: body.version, part: item.part, turn: item.turn, rule: item.rule, reason: item.reason, created_at: now, status: 'open', ruled_by: null, ruled_at: null, comment: null };
    });
    await repo.exams.addDisputes(rows);
    await deps.rooms.publish([rooms.team(v.team.id), rooms.member(v.member.id)], { type: 'exam', examId: a.exam.id, attemptId: a.row.id, change: 'dispute' });
    const who = await names(v.team.id);
    return c.json({ disputes: (await repo.exams.disputesOf(v.team.id, a.row.id)).map((d) => disputeJson(d, who)) }, 201);
  });

  app.get('/attempts/:attemptId/disputes', async (c) => {
    const v = viewerOf(c);
    const a = await attemptFor(repo, v, c.req.param('attemptId'));
    const who = await names(v.team.id);
    return c.json({ disputes: (await repo.exams.disputesOf(v.team.id, a.row.id)).map((d) => disputeJson(d, who)) });
  });

  app.post('/disputes/:disputeId/ruling', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const body = await readBody(c, RulingSchema);
    const d = await repo.exams.getDispute(v.team.id, c.req.param('disputeId'));
    if (!d || !(await mayStaffSee(repo, v, d.trainee_id))) throw notFound('申诉');
    if (!(await repo.exams.rule(v.team.id, d.id, body.decision, v.member.id, body.comment, deps.now()))) throw new ApiError('conflict', '这条申诉已经裁定过了');
    const a = await attemptFor(repo, v, d.attempt_id);
    await deps.rooms.publish([rooms.team(v.team.id), rooms.member(d.trainee_id)], { type: 'exam', examId: a.exam.id, attemptId: a.row.id, change: 'dispute' });
    return c.json(disputeJson((await repo.exams.getDispute(v.team.id, d.id))!, await names(v.team.id)));
  });

  app.get('/team/disputes', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead');
    const all = await repo.exams.teamDisputes(v.team.id);
    const who = await names(v.team.id);
    const exams = new Map((await repo.exams.listExams(v.team.id)).map((e) => [e.id, e.title]));
    const attemptExam = new Map<string, string>();
    for (const id of new Set(all.map((d) => d.attempt_id))) {
      const row = await repo.exams.getAttempt(v.team.id, id);
      if (row) attemptExam.set(id, exams.get(row.exam_id) ?? '');
    }
    const mentors = [...new Set(all.filter((d) => d.ruled_by).map((d) => d.ruled_by!))];
    const rules = [...new Set(all.map((d) => d.rule))].sort();
    const out: DisputeOverview = {
      open: all.filter((d) => d.status === 'open').map((d) => ({ ...disputeJson(d, who), traineeId: d.trainee_id, traineeName: who.get(d.trainee_id) ?? '', examTitle: attemptExam.get(d.attempt_id) ?? '' })),
      byMentor: mentors.map((m) => ({ mentorId: m, name: who.get(m) ?? '', ...share(all.filter((d) => d.ruled_by === m)) })),
      byRule: rules.map((rule) => ({ rule, ...share(all.filter((d) => d.rule === rule)) })),
    };
    return c.json(out);
  });

  return app;
}
