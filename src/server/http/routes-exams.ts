// Exams: the scenarios a mentor can pick (built-in and uploaded), composing an exam, granting
// one more attempt, and the trainee's list of exams.
import { Hono } from 'hono';
import {
  ExamCreateSchema,
  GrantSchema,
  ScenarioUploadSchema,
  type ExamScenario,
  type TraineeExamList,
} from '@/server/exam-contract';
import { rooms } from '@/server/api-contract';
import { ApiError, notFound, readBody } from '@/server/http/errors';
import { requireRole, visibleIds } from '@/server/http/access';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import { newServerId } from '@/server/auth/secrets';
import { builtinScenarios, loadSource, variantsOf, type LoadedSource } from '@/server/exam/scenarios';
import { resolveBuyer } from '@/server/exam/resolve-buyer';
import type { StoredBuyer } from '@/server/exam/attempt-state';
import { examJson } from '@/server/exam/present';
import { mayStaffSee, staffExam } from '@/server/exam/access';
import type { ExamRow } from '@/server/repo/exam-repo';
import type { TeamBuyerRow } from '@/server/repo/team-buyer-repo';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';

function scenarioJson(ref: ExamScenario['ref'], s: LoadedSource, uploadedAt: number | null, version?: number): ExamScenario {
  return { ref, scenarioId: s.scenario.id, title: s.scenario.title, summary: s.scenario.summary, variants: variantsOf(s.scenario), hash: s.hash, uploadedAt, ...(version !== undefined ? { version } : {}) };
}

/** The latest version of each buyer published to the team: what the composer offers. */
function latestTeamBuyers(rows: TeamBuyerRow[]): TeamBuyerRow[] {
  const last = new Map<string, TeamBuyerRow>();
  for (const r of rows) if ((last.get(r.scenario_id)?.version ?? 0) < r.version) last.set(r.scenario_id, r);
  return [...last.values()];
}

/** Staff only (every caller checks lead or mentor of the team first): exams with each attempt's signed verdict (a mentor: their trainees'). */
export async function examsJson(repo: Repository, v: Viewer, exams: ExamRow[]) {
  const ids = exams.map((e) => e.id);
  const [trainees, attempts, members] = await Promise.all([
    repo.exams.examTrainees(v.team.id, ids),
    repo.exams.attemptsOf(v.team.id, ids),
    repo.people.listMembers(v.team.id),
  ]);
  // A mentor reads the verdicts of their own trainees only (as with the attempt itself, GET /api/attempts/:id).
  const mine = v.member.role === 'mentor' ? new Set(await visibleIds(repo, v)) : null;
  const signed = await repo.exams.latestReports(v.team.id, attempts.filter((a) => !mine || mine.has(a.trainee_id)).map((a) => a.id));
  const names = new Map(members.map((m) => [m.id, m.name]));
  return exams.map((e) => examJson(e, trainees, attempts, names, signed));
}

export function examRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  app.get('/exam-scenarios', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const builtin = builtinScenarios().map((s) => scenarioJson({ kind: 'builtin', id: s.scenario.id }, s, null));
    const uploaded = (await repo.exams.listScenarios(v.team.id)).map((row) => scenarioJson({ kind: 'upload', id: row.id }, loadSource(row.file, row.source), row.created_at));
    const shared = latestTeamBuyers(await repo.teamBuyers.list(v.team.id)).map((row) => scenarioJson({ kind: 'team', id: row.id }, loadSource(row.file, row.source), row.published_at, row.version));
    return c.json({ scenarios: [...builtin, ...shared, ...uploaded] });
  });

  app.post('/exam-scenarios', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const body = await readBody(c, ScenarioUploadSchema);
    const loaded = loadSource(body.file, body.source);
    const row = { id: newServerId(), team_id: v.team.id, file: body.file, source: body.source, scenario_id: loaded.scenario.id, title: loaded.scenario.title, hash: loaded.hash, created_by: v.member.id, created_at: deps.now() };
    await repo.exams.addScenario(row);
    return c.json(scenarioJson({ kind: 'upload', id: row.id }, loaded, row.created_at), 201);
  });

  app.post('/exams', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const body = await readBody(c, ExamCreateSchema);
    const traineeIds = [...new Set(body.traineeIds)];
    const members = await repo.people.listMembers(v.team.id, traineeIds);
    for (const id of traineeIds) {
      const m = members.find((x) => x.id === id);
      if (!m || !(await mayStaffSee(repo, v, id))) throw new ApiError('bad_request', '考生不在你的学员里', { issues: [{ path: 'traineeIds', message: `找不到学员 ${id}` }] });
      if (m.role !== 'trainee') throw new ApiError('bad_request', '只能给学员安排考试', { issues: [{ path: 'traineeIds', message: `${m.name} 不是学员` }] });
    }
    const buyers: StoredBuyer[] = [];
    for (const [i, b] of body.buyers.entries()) buyers.push(await resolveBuyer(repo, v.team.id, b, `buyers.${i}.`));
    const exam = {
      id: newServerId(),
      team_id: v.team.id,
      title: body.title,
      buyers: JSON.stringify(buyers),
      pass_mark: body.passMark,
      time_limit_minutes: body.timeLimitMinutes,
      release: body.release,
      created_by: v.member.id,
      created_at: deps.now(),
      kind: 'exam' as const,
    };
    await repo.exams.createExam(exam, traineeIds);
    await deps.rooms.publish([rooms.team(v.team.id), ...traineeIds.map(rooms.member)], { type: 'exam', examId: exam.id, change: 'exam' });
    return c.json((await examsJson(repo, v, [exam]))[0], 201);
  });

  app.get('/exams', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    let exams = await repo.exams.listExams(v.team.id);
    if (v.member.role === 'mentor') {
      const mine = new Set(await visibleIds(repo, v));
      const listed = await repo.exams.examTrainees(v.team.id, exams.map((e) => e.id));
      exams = exams.filter((e) => e.created_by === v.member.id || listed.some((t) => t.exam_id === e.id && mine.has(t.trainee_id)));
    }
    return c.json({ exams: await examsJson(repo, v, exams) });
  });

  app.get('/exams/:examId', async (c) => {
    const v = viewerOf(c);
    const exam = await staffExam(repo, v, c.req.param('examId'));
    return c.json((await examsJson(repo, v, [exam]))[0]);
  });

  app.post('/exams/:examId/grants', async (c) => {
    const v = viewerOf(c);
    const exam = await staffExam(repo, v, c.req.param('examId'));
    if (exam.kind === 'live') throw new ApiError('conflict', '真人扮演不能补考：请再开一场');
    const body = await readBody(c, GrantSchema);
    if (!(await mayStaffSee(repo, v, body.traineeId))) throw notFound('学员');
    const listed = (await repo.exams.examTrainees(v.team.id, [exam.id])).find((t) => t.trainee_id === body.traineeId);
    if (!listed) throw notFound('考生');
    if (!(await repo.exams.grant(exam.id, body.traineeId, v.member.id, body.reason, deps.now()))) throw new ApiError('conflict', '已经给过一次补考机会了');
    await deps.rooms.publish([rooms.team(v.team.id), rooms.member(body.traineeId)], { type: 'exam', examId: exam.id, change: 'exam' });
    return c.json((await examsJson(repo, v, [exam]))[0]);
  });

  app.get('/my/exams', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const listed = await repo.exams.examsOfTrainee(v.team.id, v.member.id);
    const ids = listed.map((t) => t.exam_id);
    const [exams, attempts] = await Promise.all([repo.exams.listExams(v.team.id), repo.exams.attemptsOf(v.team.id, ids, v.member.id)]);
    const reports = await repo.exams.reportsOf(v.team.id, attempts.map((a) => a.id));
    const out: TraineeExamList = {
      exams: exams
        .filter((e) => ids.includes(e.id))
        .map((e) => {
          const mine = attempts.filter((a) => a.exam_id === e.id);
          const last = mine.at(-1);
          const signed = last ? reports.filter((r) => r.attempt_id === last.id).at(-1) : undefined;
          const immediate = e.release === 'immediate' && last && last.status !== 'active';
          return {
            id: e.id,
            kind: e.kind,
            title: e.title,
            buyers: (JSON.parse(e.buyers) as unknown[]).length,
            timeLimitMinutes: e.time_limit_minutes,
            allowed: listed.find((t) => t.exam_id === e.id)!.allowed,
            used: mine.length,
            attempt: last ? { id: last.id, status: last.status } : null,
            reportVersion: signed ? signed.version : immediate ? 0 : null,
          };
        }),
    };
    return c.json(out);
  });

  return app;
}
