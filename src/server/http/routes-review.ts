// Review, sign-off and the signed reports: a reviewer's draft and submission, blind
// calibration, locked report versions, the JSON export, and the trainee's acknowledgement.
import { Hono } from 'hono';
import * as z from 'zod';
import { ReviewDraftSchema, SignSchema, type Report } from '@/server/exam-contract';
import { rooms } from '@/server/api-contract';
import { ApiError, notFound, readBody, readQuery } from '@/server/http/errors';
import { requireRole } from '@/server/http/access';
import { viewerOf, type Ctx, type Env, type ServerDeps } from '@/server/http/context';
import { attemptFor } from '@/server/exam/access';
import { applyReview, bodyOf, calibration, checkReview, reviewJson } from '@/server/exam/review-math';
import { releasedVersion } from '@/server/http/routes-attempts';
import { disputeJson } from '@/server/http/routes-disputes';
import type { LiveAttempt } from '@/server/exam/attempts';
import type { ReportRow } from '@/server/repo/exam-repo';
import type { Viewer } from '@/server/repo/people-repo';

export const reportJson = (r: ReportRow): Report => ({ ...(JSON.parse(r.body) as Omit<Report, 'acknowledgedAt'>), acknowledgedAt: r.acknowledged_at });

export function reviewRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  const names = async (v: Viewer) => new Map((await repo.people.listMembers(v.team.id)).map((m) => [m.id, m.name]));
  const notify = (v: Viewer, a: LiveAttempt, change: 'review' | 'report') =>
    deps.rooms.publish([rooms.team(v.team.id), rooms.member(a.row.trainee_id)], { type: 'exam', examId: a.exam.id, attemptId: a.row.id, change });

  async function gradedForStaff(c: Ctx) {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const a = await attemptFor(repo, v, c.req.param('attemptId') ?? '');
    if (!a.grade) throw new ApiError('conflict', '考试还没结束，不能评审');
    return { v, a, grade: a.grade };
  }

  app.put('/attempts/:attemptId/review', async (c) => {
    const { v, a, grade } = await gradedForStaff(c);
    const body = await readBody(c, ReviewDraftSchema);
    checkReview(body, grade, a.state.parts);
    const own = (await repo.exams.reviewsOf(v.team.id, a.row.id)).find((r) => r.reviewer_id === v.member.id);
    if (own?.status === 'submitted') throw new ApiError('conflict', '评审已经提交，不能再改；要改结果请重新签发');
    const row = { attempt_id: a.row.id, reviewer_id: v.member.id, team_id: v.team.id, status: 'draft' as const, body: JSON.stringify(body), updated_at: deps.now(), submitted_at: null };
    await repo.exams.saveReview(row);
    return c.json(reviewJson(row, grade, await names(v)));
  });

  app.post('/attempts/:attemptId/review/submit', async (c) => {
    const { v, a, grade } = await gradedForStaff(c);
    const own = (await repo.exams.reviewsOf(v.team.id, a.row.id)).find((r) => r.reviewer_id === v.member.id);
    if (!own) throw new ApiError('conflict', '还没有评审内容');
    const row = own.status === 'submitted' ? own : { ...own, status: 'submitted' as const, submitted_at: deps.now(), updated_at: deps.now() };
    if (own.status !== 'submitted') await repo.exams.saveReview(row);
    await notify(v, a, 'review');
    return c.json(reviewJson(row, grade, await names(v)));
  });

  app.get('/attempts/:attemptId/calibration', async (c) => {
    const { v, a, grade } = await gradedForStaff(c);
    const reviews = await repo.exams.reviewsOf(v.team.id, a.row.id);
    const submitted = reviews.filter((r) => r.status === 'submitted').sort((x, y) => (x.submitted_at ?? 0) - (y.submitted_at ?? 0) || x.reviewer_id.localeCompare(y.reviewer_id));
    const own = reviews.find((r) => r.reviewer_id === v.member.id);
    if (v.member.role !== 'lead' && (!own || own.status !== 'submitted')) throw new ApiError('forbidden', '提交自己的评审后才能看对比');
    if (submitted.length < 2) throw new ApiError('conflict', '需要两位评审都提交后才能对比');
    return c.json(calibration(grade, submitted, await names(v)));
  });

  app.post('/attempts/:attemptId/sign', async (c) => {
    const { v, a, grade } = await gradedForStaff(c);
    const body = await readBody(c, SignSchema);
    const own = (await repo.exams.reviewsOf(v.team.id, a.row.id)).find((r) => r.reviewer_id === v.member.id);
    const review = own ? bodyOf(own) : { items: [], comments: [] };
    const applied = applyReview(grade, review);
    const previous = await repo.exams.reportsOf(v.team.id, [a.row.id]);
    const version = (previous.at(-1)?.version ?? 0) + 1;
    const since = previous.at(-1)?.signed_at ?? 0;
    const resolves = (await repo.exams.disputesOf(v.team.id, a.row.id)).filter((d) => d.status !== 'open' && (d.ruled_at ?? 0) >= since && previous.length > 0).map((d) => d.id);
    const now = deps.now();
    const report: Omit<Report, 'acknowledgedAt'> = {
      attemptId: a.row.id,
      examId: a.exam.id,
      version,
      signedBy: { id: v.member.id, name: v.member.name },
      signedAt: now,
      verdict: body.verdict,
      summary: body.summary,
      automatic: grade,
      mentorTotal: applied.total,
      items: applied.items,
      comments: review.comments,
      parts: a.state.parts.map((p, index) => ({ index, turns: p.turns.map((t) => ({ role: t.role, text: t.text, at: t.at })) })),
      resolves,
    };
    const row = { attempt_id: a.row.id, version, team_id: v.team.id, signed_by: v.member.id, signed_at: now, verdict: body.verdict, body: JSON.stringify(report), acknowledged_at: null };
    if (!(await repo.exams.addReport(row))) throw new ApiError('conflict', '另一位老师刚刚签发了新版本，请刷新');
    await notify(v, a, 'report');
    return c.json(reportJson(row), 201);
  });

  async function readable(c: Ctx) {
    const v = viewerOf(c);
    const a = await attemptFor(repo, v, c.req.param('attemptId') ?? '');
    const reports = await repo.exams.reportsOf(v.team.id, [a.row.id]);
    if (v.member.role === 'trainee' && (await releasedVersion(repo, a)) === null) throw new ApiError('forbidden', '报告还没有公布');
    return { v, a, reports };
  }

  app.get('/attempts/:attemptId/report', async (c) => {
    const { reports } = await readable(c);
    const { version } = readQuery(c, z.object({ version: z.coerce.number().int().min(1).optional() }));
    const row = version === undefined ? reports.at(-1) : reports.find((r) => r.version === version);
    if (!row) throw notFound('签发的报告');
    return c.json(reportJson(row));
  });

  app.get('/attempts/:attemptId/export.json', async (c) => {
    const { v, a, reports } = await readable(c);
    const trainee = await repo.people.getMember(v.team.id, a.row.trainee_id);
    const disputes = await repo.exams.disputesOf(v.team.id, a.row.id);
    const who = await names(v);
    c.header('Content-Disposition', `attachment; filename="exam-${a.row.id}.json"`);
    return c.json({
      exportedAt: deps.now(),
      exam: { id: a.exam.id, title: a.exam.title, passMark: a.exam.pass_mark },
      trainee: { id: a.row.trainee_id, name: trainee?.name ?? '' },
      versions: reports.map(reportJson),
      disputes: disputes.map((d) => disputeJson(d, who)),
    });
  });

  app.post('/attempts/:attemptId/acknowledge', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const { version } = await readBody(c, z.object({ version: z.number().int().min(1) }));
    const { a, reports } = await readable(c);
    if (!reports.some((r) => r.version === version)) throw notFound('签发的报告');
    if (!(await repo.exams.acknowledge(v.team.id, a.row.id, version, deps.now()))) throw new ApiError('conflict', '已经确认过了');
    await notify(v, a, 'report');
    return c.body(null, 204);
  });

  return app;
}
