// Exams: uploaded scenarios, composed exams and who takes them, attempts (the buyer's state as
// JSON, written with a revision check so two writers never both win), focus logs, reviews,
// signed report versions (insert only) and disputes. Every read takes the team id.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Database,
  ExamAttemptTable,
  ExamDisputeTable,
  ExamReportTable,
  ExamReviewTable,
  ExamScenarioTable,
  ExamTable,
  ExamTraineeTable,
} from '@/server/db/schema';

export type ExamRow = Selectable<ExamTable>;
export type ExamTraineeRow = Selectable<ExamTraineeTable>;
export type AttemptRow = Selectable<ExamAttemptTable>;
export type ReviewRow = Selectable<ExamReviewTable>;
export type ReportRow = Selectable<ExamReportTable>;
export type DisputeRow = Selectable<ExamDisputeTable>;
export type ExamScenarioRow = Selectable<ExamScenarioTable>;

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
  return /UNIQUE|unique|23505|PRIMARY KEY/.test(text);
}

export function createExamRepo(db: Kysely<Database>) {
  return {
    async addScenario(row: Insertable<ExamScenarioTable>): Promise<void> {
      await db.insertInto('exam_scenarios').values(row).execute();
    },
    listScenarios(teamId: string): Promise<ExamScenarioRow[]> {
      return db.selectFrom('exam_scenarios').selectAll().where('team_id', '=', teamId).orderBy('created_at').execute();
    },
    getScenario(teamId: string, id: string): Promise<ExamScenarioRow | undefined> {
      return db.selectFrom('exam_scenarios').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
    },

    async createExam(exam: Insertable<ExamTable>, traineeIds: string[]): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('exams').values(exam).execute();
        await tx
          .insertInto('exam_trainees')
          .values(traineeIds.map((id) => ({ exam_id: exam.id, team_id: exam.team_id, trainee_id: id, allowed: 1, grant_by: null, grant_at: null, grant_reason: null })))
          .execute();
      });
    },
    listExams(teamId: string): Promise<ExamRow[]> {
      return db.selectFrom('exams').selectAll().where('team_id', '=', teamId).orderBy('created_at', 'desc').execute();
    },
    getExam(teamId: string, id: string): Promise<ExamRow | undefined> {
      return db.selectFrom('exams').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
    },
    examTrainees(teamId: string, examIds: string[]): Promise<ExamTraineeRow[]> {
      if (examIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('exam_trainees').selectAll().where('team_id', '=', teamId).where('exam_id', 'in', examIds).execute();
    },
    examsOfTrainee(teamId: string, traineeId: string): Promise<ExamTraineeRow[]> {
      return db.selectFrom('exam_trainees').selectAll().where('team_id', '=', teamId).where('trainee_id', '=', traineeId).execute();
    },
    /** One more attempt, once: false when already granted (or not listed). */
    async grant(examId: string, traineeId: string, by: string, reason: string, at: number): Promise<boolean> {
      const res = await db
        .updateTable('exam_trainees')
        .set({ allowed: 2, grant_by: by, grant_at: at, grant_reason: reason })
        .where('exam_id', '=', examId)
        .where('trainee_id', '=', traineeId)
        .where('allowed', '=', 1)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    /** false when that attempt number already exists (another request made it first). */
    async addAttempt(row: Insertable<ExamAttemptTable>): Promise<boolean> {
      try {
        await db.insertInto('exam_attempts').values(row).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    attemptsOf(teamId: string, examIds: string[], traineeId?: string): Promise<AttemptRow[]> {
      if (examIds.length === 0) return Promise.resolve([]);
      let q = db.selectFrom('exam_attempts').selectAll().where('team_id', '=', teamId).where('exam_id', 'in', examIds);
      if (traineeId) q = q.where('trainee_id', '=', traineeId);
      return q.orderBy('number').execute();
    },
    /** Every team's attempts under way (the exam sweeper's list). */
    activeAttempts(): Promise<AttemptRow[]> {
      return db.selectFrom('exam_attempts').selectAll().where('status', '=', 'active').execute();
    },
    getAttempt(teamId: string, id: string): Promise<AttemptRow | undefined> {
      return db.selectFrom('exam_attempts').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
    },
    /** Writes the attempt if nobody else did since `rev` was read. */
    async saveAttempt(id: string, rev: number, patch: Partial<Pick<AttemptRow, 'status' | 'ended_at' | 'state' | 'grade'>>): Promise<boolean> {
      const res = await db.updateTable('exam_attempts').set({ ...patch, rev: rev + 1 }).where('id', '=', id).where('rev', '=', rev).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async addFocus(rows: Array<{ attempt_id: string; kind: string; at: number; part: number | null }>): Promise<void> {
      if (rows.length) await db.insertInto('exam_focus').values(rows).execute();
    },
    focusOf(attemptId: string) {
      return db.selectFrom('exam_focus').select(['kind', 'at', 'part']).where('attempt_id', '=', attemptId).orderBy('id').execute();
    },

    reviewsOf(teamId: string, attemptId: string): Promise<ReviewRow[]> {
      return db.selectFrom('exam_reviews').selectAll().where('team_id', '=', teamId).where('attempt_id', '=', attemptId).orderBy('updated_at').execute();
    },
    async saveReview(row: ReviewRow): Promise<void> {
      await db
        .insertInto('exam_reviews')
        .values(row)
        .onConflict((oc) => oc.columns(['attempt_id', 'reviewer_id']).doUpdateSet({ status: row.status, body: row.body, updated_at: row.updated_at, submitted_at: row.submitted_at }))
        .execute();
    },

    /** false when that version number exists already (a concurrent sign-off). */
    async addReport(row: ReportRow): Promise<boolean> {
      try {
        await db.insertInto('exam_reports').values(row).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    reportsOf(teamId: string, attemptIds: string[]): Promise<ReportRow[]> {
      if (attemptIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('exam_reports').selectAll().where('team_id', '=', teamId).where('attempt_id', 'in', attemptIds).orderBy('version').execute();
    },
    /** Each of these attempts' latest signed version, without the report body but its total (the staff's exam lists). */
    async latestReports(teamId: string, attemptIds: string[]): Promise<Array<Omit<ReportRow, 'body' | 'acknowledged_at'> & { total: number }>> {
      if (attemptIds.length === 0) return [];
      const latest = db
        .selectFrom('exam_reports')
        .where('team_id', '=', teamId)
        .where('attempt_id', 'in', attemptIds)
        .select((eb) => ['attempt_id', eb.fn.max('version').as('version')])
        .groupBy('attempt_id')
        .as('l');
      const rows = await db
        .selectFrom('exam_reports as r')
        .innerJoin(latest, (join) => join.onRef('l.attempt_id', '=', 'r.attempt_id').onRef('l.version', '=', 'r.version'))
        .where('r.team_id', '=', teamId)
        .select(['r.attempt_id', 'r.version', 'r.team_id', 'r.signed_by', 'r.signed_at', 'r.verdict', 'r.body'])
        .execute();
      return rows.map(({ body, ...r }) => ({ ...r, version: Number(r.version), signed_at: Number(r.signed_at), total: (JSON.parse(body) as { mentorTotal: number }).mentorTotal }));
    },
    async acknowledge(teamId: string, attemptId: string, version: number, at: number): Promise<boolean> {
      const res = await db
        .updateTable('exam_reports')
        .set({ acknowledged_at: at })
        .where('team_id', '=', teamId)
        .where('attempt_id', '=', attemptId)
        .where('version', '=', version)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async addDisputes(rows: DisputeRow[]): Promise<void> {
      if (rows.length) await db.insertInto('exam_disputes').values(rows).execute();
    },
    disputesOf(teamId: string, attemptId: string): Promise<DisputeRow[]> {
      return db.selectFrom('exam_disputes').selectAll().where('team_id', '=', teamId).where('attempt_id', '=', attemptId).orderBy('created_at').orderBy('id').execute();
    },
    getDispute(teamId: string, id: string): Promise<DisputeRow | undefined> {
      return db.selectFrom('exam_disputes').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
    },
    async rule(teamId: string, id: string, status: DisputeRow['status'], by: string, comment: string, at: number): Promise<boolean> {
      const res = await db
        .updateTable('exam_disputes')
        .set({ status, ruled_by: by, ruled_at: at, comment })
        .where('team_id', '=', teamId)
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    teamDisputes(teamId: string): Promise<DisputeRow[]> {
      return db.selectFrom('exam_disputes').selectAll().where('team_id', '=', teamId).orderBy('created_at').execute();
    },
  };
}
