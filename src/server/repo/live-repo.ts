// Live sessions' messages (issue 13): numbered per session, insert only. A number taken twice
// (two server processes racing) fails on the primary key and the caller answers 409; the
// session's attempt row is written first under its revision check, so that race is rare.
import type { Kysely, Selectable } from 'kysely';
import type { Database, LiveMessageTable } from '@/server/db/schema';

export type LiveMessageRow = Selectable<LiveMessageTable>;

export function createLiveRepo(db: Kysely<Database>) {
  return {
    async addMessages(rows: LiveMessageRow[]): Promise<void> {
      if (rows.length) await db.insertInto('live_messages').values(rows).execute();
    },
    /** The staff's messages after `seq`, or (trainee) the trainee's after their own number `tseq`. */
    messagesAfter(attemptId: string, after: number, side: 'staff' | 'trainee'): Promise<LiveMessageRow[]> {
      const q = db.selectFrom('live_messages').selectAll().where('attempt_id', '=', attemptId);
      return side === 'staff'
        ? q.where('seq', '>', after).orderBy('seq').execute()
        : q.where('tseq', 'is not', null).where('tseq', '>', after).orderBy('tseq').execute();
    },
    async last(attemptId: string): Promise<{ seq: number; tseq: number }> {
      const row = await db
        .selectFrom('live_messages')
        .select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.max('tseq').as('tseq')])
        .where('attempt_id', '=', attemptId)
        .executeTakeFirst();
      return { seq: Number(row?.seq ?? 0), tseq: Number(row?.tseq ?? 0) };
    },
    /** The live sessions' attempts of a team (optionally of some trainees), newest first. */
    sessions(teamId: string, traineeIds?: readonly string[]) {
      if (traineeIds && traineeIds.length === 0) return Promise.resolve([]);
      let q = db
        .selectFrom('exam_attempts')
        .innerJoin('exams', 'exams.id', 'exam_attempts.exam_id')
        .select(['exam_attempts.id', 'exam_attempts.trainee_id', 'exam_attempts.status', 'exam_attempts.started_at', 'exam_attempts.ended_at', 'exams.created_by', 'exams.buyers'])
        .where('exams.kind', '=', 'live')
        .where('exam_attempts.team_id', '=', teamId);
      if (traineeIds) q = q.where('exam_attempts.trainee_id', 'in', traineeIds);
      return q.orderBy('exam_attempts.started_at', 'desc').limit(200).execute();
    },
  };
}
