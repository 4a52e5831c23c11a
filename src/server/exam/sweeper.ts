// The server's own exam clock: a buyer's nudges, her leaving and the time limit happen at their
// server time even when no browser asks (a trainee who closed the tab). Every few seconds the
// active attempts whose next change is due are brought up to now, exactly as a poll would; on
// start the same sweep closes whatever fell due while the server was down (restart-safe: the
// due times come from the stored attempts, nothing is kept in memory but a cache of them).
import { rooms as roomNames } from '@/server/api-contract';
import { nextDue } from '@/server/exam/attempt-state';
import { advance, buyersOf, live } from '@/server/exam/attempts';
import { withLock } from '@/server/exam/lock';
import { ApiError } from '@/server/http/errors';
import type { Repository } from '@/server/repo/repository';
import type { Rooms } from '@/server/ws/rooms';
import type { AttemptState } from '@/server/exam/attempt-state';

export interface ExamSweeper {
  /** Brings every overdue active attempt up to now; resolves to how many changed. */
  sweep: () => Promise<number>;
  /** Stops the timer and waits for a sweep under way. */
  stop: () => Promise<void>;
}

export function createExamSweeper(deps: { repo: Repository; rooms: Rooms; now: () => number; log: (line: string) => void }, everyMs: number | null): ExamSweeper {
  const { repo } = deps;
  /** attempt id → [rev, due]: computing a due time restores the buyer machine, so once per revision. */
  const dues = new Map<string, [number, number | null]>();
  let running: Promise<number> | null = null;

  async function run(): Promise<number> {
    const now = deps.now();
    const active = await repo.exams.activeAttempts();
    const seen = new Set(active.map((a) => a.id));
    for (const id of dues.keys()) if (!seen.has(id)) dues.delete(id);
    let changed = 0;
    for (const row of active) {
      const exam = await repo.exams.getExam(row.team_id, row.exam_id);
      if (!exam) continue;
      let cached = dues.get(row.id);
      if (!cached || cached[0] !== row.rev) {
        cached = [row.rev, nextDue(JSON.parse(row.state) as AttemptState, buyersOf(exam), row.deadline)];
        dues.set(row.id, cached);
      }
      if (cached[1] === null || cached[1] > now) continue;
      try {
        const after = await withLock(row.id, async () => {
          const fresh = await repo.exams.getAttempt(row.team_id, row.id);
          return fresh ? { before: fresh.rev, a: await advance(repo, live(fresh, exam), deps.now()) } : null;
        });
        if (!after || after.a.row.rev === after.before) continue;
        changed++;
        await deps.rooms.publish([roomNames.team(row.team_id), roomNames.member(row.trainee_id)], { type: 'exam', examId: exam.id, attemptId: row.id, change: 'attempt' });
      } catch (error) {
        // Another process wrote first (409): it has caught the attempt up itself.
        if (!(error instanceof ApiError && error.code === 'conflict')) deps.log(`exam sweep: attempt ${row.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return changed;
  }

  const sweep = () => {
    // One sweep at a time: a slow one is never overlapped by the next tick.
    running ??= run().finally(() => (running = null));
    return running;
  };

  const timer = everyMs === null ? null : setInterval(() => void sweep().catch((e: unknown) => deps.log(`exam sweep: ${e instanceof Error ? e.message : String(e)}`)), everyMs);
  timer?.unref();
  return {
    sweep,
    stop: async () => {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
