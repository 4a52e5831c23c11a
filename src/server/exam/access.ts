// Who may act on an exam or an attempt. A lead: the whole team. A mentor: exams they made or
// that list a trainee assigned to them, and those trainees' attempts. A trainee: the exams
// that list them and their own attempts. Anything else answers 404, as if absent.
import { requireRole, visibleIds } from '@/server/http/access';
import { notFound } from '@/server/http/errors';
import { live, type LiveAttempt } from '@/server/exam/attempts';
import type { ExamRow } from '@/server/repo/exam-repo';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';

export async function staffExam(repo: Repository, v: Viewer, examId: string): Promise<ExamRow> {
  requireRole(v, 'lead', 'mentor');
  const exam = await repo.exams.getExam(v.team.id, examId);
  if (!exam) throw notFound('考试');
  if (v.member.role === 'mentor' && exam.created_by !== v.member.id) {
    const mine = new Set(await visibleIds(repo, v));
    const listed = await repo.exams.examTrainees(v.team.id, [exam.id]);
    if (!listed.some((t) => mine.has(t.trainee_id))) throw notFound('考试');
  }
  return exam;
}

/** The attempt, if the viewer may see it: the trainee's own, or staff who may see the trainee. */
export async function attemptFor(repo: Repository, v: Viewer, attemptId: string): Promise<LiveAttempt> {
  const row = await repo.exams.getAttempt(v.team.id, attemptId);
  if (!row) throw notFound('考试记录');
  if (v.member.role === 'trainee' ? row.trainee_id !== v.member.id : !(await mayStaffSee(repo, v, row.trainee_id))) throw notFound('考试记录');
  const exam = await repo.exams.getExam(v.team.id, row.exam_id);
  if (!exam) throw notFound('考试');
  return live(row, exam);
}

export async function mayStaffSee(repo: Repository, v: Viewer, traineeId: string): Promise<boolean> {
  const ids = await visibleIds(repo, v);
  return ids === undefined || ids.includes(traineeId);
}
