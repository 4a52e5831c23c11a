// Loading an attempt always brings it up to the server's clock first (nudges due, the time
// limit), grades it once it is over, and writes it back under the revision check.
import type { Grade } from '@/server/exam-contract';
import { catchUp, type AttemptState, type StoredBuyer } from '@/server/exam/attempt-state';
import { gradeAttempt } from '@/server/exam/grade';
import { ApiError } from '@/server/http/errors';
import type { Repository } from '@/server/repo/repository';
import type { AttemptRow, ExamRow } from '@/server/repo/exam-repo';

export interface LiveAttempt {
  row: AttemptRow;
  exam: ExamRow;
  buyers: StoredBuyer[];
  state: AttemptState;
  grade: Grade | null;
}

export const buyersOf = (exam: ExamRow): StoredBuyer[] => JSON.parse(exam.buyers) as StoredBuyer[];

export function live(row: AttemptRow, exam: ExamRow): LiveAttempt {
  return { row, exam, buyers: buyersOf(exam), state: JSON.parse(row.state) as AttemptState, grade: row.grade ? (JSON.parse(row.grade) as Grade) : null };
}

/**
 * Applies `change` (if any) to the attempt after catching up with `now`, ends and grades it
 * when it is over, and stores it. A lost race (another process wrote first) → 409.
 */
export async function advance(repo: Repository, attempt: LiveAttempt, now: number, change?: (a: LiveAttempt) => { over: boolean }): Promise<LiveAttempt> {
  if (attempt.row.status !== 'active') {
    if (change) throw new ApiError('conflict', '这次考试已经结束');
    return attempt;
  }
  // A live session's buyer is the mentor: she never nudges on her own, and there is no time limit.
  const caught = attempt.exam.kind === 'live' ? { changed: false, over: null, endedAt: null } : catchUp(attempt.state, attempt.buyers, now, attempt.row.deadline);
  let changed = caught.changed;
  let status: AttemptRow['status'] = caught.over ?? 'active';
  if (!caught.over && change) {
    const { over } = change(attempt);
    changed = true;
    if (over) status = 'submitted';
  }
  if (!changed) return attempt;
  const ended = status !== 'active';
  // Ended by itself (the time limit, the last buyer leaving): at that moment, not at this call.
  const endedAt = ended ? (caught.endedAt ?? now) : null;
  const grade = ended ? gradeAttempt(attempt.state, attempt.buyers, attempt.exam.pass_mark, endedAt!) : null;
  const patch = { status, ended_at: endedAt, state: JSON.stringify(attempt.state), grade: grade ? JSON.stringify(grade) : null };
  if (!(await repo.exams.saveAttempt(attempt.row.id, attempt.row.rev, patch))) throw new ApiError('conflict', '考试刚被另一处更新了，请刷新后再试');
  const row = { ...attempt.row, ...patch, rev: attempt.row.rev + 1 };
  if (caught.over && change) throw new ApiError('conflict', caught.over === 'expired' ? '考试时间到了，已自动交卷' : '买家已经离开，这次考试已自动交卷');
  return { ...attempt, row, grade };
}
