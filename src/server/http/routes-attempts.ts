// Taking an exam: start or resume the one attempt, reply, end a buyer, log focus changes. The
// buyer runs here; the trainee gets TraineeAttempt only. Staff reading an attempt get it all.
import { Hono } from 'hono';
import { FocusReportSchema, ReplySchema, type MentorAttempt } from '@/server/exam-contract';
import { rooms } from '@/server/api-contract';
import { ApiError, notFound, readBody } from '@/server/http/errors';
import { requireRole } from '@/server/http/access';
import { viewerOf, type Ctx, type Env, type ServerDeps } from '@/server/http/context';
import { newServerId } from '@/server/auth/secrets';
import { endPart, replyTo, startState } from '@/server/exam/attempt-state';
import { advance, buyersOf, live, type LiveAttempt } from '@/server/exam/attempts';
import { attemptFor } from '@/server/exam/access';
import { mentorAttemptBase, traineeAttemptJson } from '@/server/exam/present';
import { withLock } from '@/server/exam/lock';
import { staffMessage } from '@/server/exam/live-present';
import { reviewJson, visibleReviews } from '@/server/exam/review-math';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';

/** The report version a trainee may read now: the latest signed one, or 0 (automatic) when released at once; null otherwise. */
export async function releasedVersion(repo: Repository, a: LiveAttempt): Promise<number | null> {
  if (a.row.status === 'active') return null;
  const reports = await repo.exams.reportsOf(a.row.team_id, [a.row.id]);
  const last = reports.at(-1);
  if (last) return last.version;
  return a.exam.release === 'immediate' ? 0 : null;
}

export async function mentorAttemptJson(repo: Repository, v: Viewer, a: LiveAttempt): Promise<MentorAttempt> {
  const [trainee, focus, reviews, reports, members, live] = await Promise.all([
    repo.people.getMember(v.team.id, a.row.trainee_id),
    repo.exams.focusOf(a.row.id),
    repo.exams.reviewsOf(a.row.team_id, a.row.id),
    repo.exams.reportsOf(a.row.team_id, [a.row.id]),
    repo.people.listMembers(v.team.id),
    a.exam.kind === 'live' ? repo.live.messagesAfter(a.row.id, 0, 'staff') : null,
  ]);
  if (!trainee) throw notFound('学员');
  const names = new Map(members.map((m) => [m.id, m.name]));
  const seen = visibleReviews(reviews, v.member.id, v.member.role === 'lead');
  return {
    ...mentorAttemptBase(a, trainee, focus),
    ...(live ? { live: { messages: live.map(staffMessage) } } : {}),
    reviews: seen.map((r) => reviewJson(r, a.grade, names)),
    hiddenReviews: reviews.length - seen.length,
    versions: reports.map((r) => ({ version: r.version, signedBy: r.signed_by, signedByName: names.get(r.signed_by) ?? '', signedAt: r.signed_at, verdict: r.verdict })),
  };
}

export function attemptRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  const notify = (v: Viewer, a: LiveAttempt) =>
    deps.rooms.publish([rooms.team(v.team.id), rooms.member(a.row.trainee_id)], { type: 'exam', examId: a.exam.id, attemptId: a.row.id, change: 'attempt' });

  const traineeAnswer = async (a: LiveAttempt) => traineeAttemptJson(a, deps.now(), await releasedVersion(repo, a));

  app.post('/exams/:examId/attempt', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const examId = c.req.param('examId');
    return withLock(`start:${examId}:${v.member.id}`, async () => {
      const listed = (await repo.exams.examsOfTrainee(v.team.id, v.member.id)).find((t) => t.exam_id === examId);
      const exam = listed && (await repo.exams.getExam(v.team.id, examId));
      // A live session's attempt is opened by its mentor (routes-live.ts), never here.
      if (!listed || !exam || exam.kind === 'live') throw notFound('考试');
      const mine = await repo.exams.attemptsOf(v.team.id, [examId], v.member.id);
      const active = mine.find((a) => a.status === 'active');
      if (active) {
        const a = await withLock(active.id, () => advance(repo, live(active, exam), deps.now()));
        return c.json(await traineeAnswer(a));
      }
      if (mine.length >= listed.allowed) throw new ApiError('conflict', '这场考试你已经考过了；如需补考，请找带教老师');
      const now = deps.now();
      const buyers = buyersOf(exam);
      const row = {
        id: newServerId(),
        exam_id: exam.id,
        team_id: v.team.id,
        trainee_id: v.member.id,
        number: mine.length + 1,
        status: 'active' as const,
        started_at: now,
        ended_at: null,
        deadline: exam.time_limit_minutes !== null ? now + exam.time_limit_minutes * 60_000 : null,
        state: JSON.stringify(startState(buyers, now)),
        grade: null,
        rev: 0,
      };
      if (!(await repo.exams.addAttempt(row))) throw new ApiError('conflict', '考试刚刚已经开始了，请刷新');
      const a = live(row, exam);
      await notify(v, a);
      return c.json(await traineeAnswer(a), 201);
    });
  });

  app.get('/attempts/:attemptId', async (c) => {
    const v = viewerOf(c);
    const found = await attemptFor(repo, v, c.req.param('attemptId'));
    const a = await withLock(found.row.id, async () => advance(repo, await attemptFor(repo, v, found.row.id), deps.now()));
    if (a.row.rev !== found.row.rev) await notify(v, a);
    return c.json(v.member.role === 'trainee' ? await traineeAnswer(a) : await mentorAttemptJson(repo, v, a));
  });

  const act = (change: (a: LiveAttempt, now: number, body: { text: string } | null) => { over: boolean }, withText: boolean) =>
    async (c: Ctx) => {
      const v = viewerOf(c);
      requireRole(v, 'trainee');
      const body = withText ? await readBody(c, ReplySchema) : null;
      const id = c.req.param('attemptId') ?? '';
      const a = await withLock(id, async () => {
        const fresh = await attemptFor(repo, v, id);
        if (fresh.exam.kind === 'live') throw new ApiError('conflict', '这是真人扮演：请在真人扮演页面回复');
        const now = deps.now();
        return advance(repo, fresh, now, (x) => change(x, now, body));
      });
      await notify(v, a);
      return c.json(await traineeAnswer(a));
    };

  app.post('/attempts/:attemptId/reply', act((a, now, body) => replyTo(a.state, a.buyers, body!.text, now), true));
  app.post('/attempts/:attemptId/end-part', act((a, now) => endPart(a.state, a.buyers, now), false));

  app.post('/attempts/:attemptId/focus', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const body = await readBody(c, FocusReportSchema);
    const a = await attemptFor(repo, v, c.req.param('attemptId'));
    if (a.row.status !== 'active') throw new ApiError('conflict', '这次考试已经结束');
    const at = deps.now();
    await repo.exams.addFocus(body.events.map((e) => ({ attempt_id: a.row.id, kind: e.kind, at, part: a.state.current })));
    return c.body(null, 204);
  });

  app.get('/attempts/:attemptId/grade', async (c) => {
    const v = viewerOf(c);
    const a = await attemptFor(repo, v, c.req.param('attemptId'));
    if (v.member.role === 'trainee' && (await releasedVersion(repo, a)) === null) throw new ApiError('forbidden', '成绩还没有公布');
    if (!a.grade) throw new ApiError('conflict', '考试还没结束，还没有成绩');
    return c.json(a.grade);
  });

  return app;
}
