// The one repository of the team server: every read and write of the database goes through
// it, on SQLite and PostgreSQL alike.
import type { Store } from '@/server/db/open';
import { createAttemptsRepo } from '@/server/repo/attempts-repo';
import { createExamRepo } from '@/server/repo/exam-repo';
import { createLiveRepo } from '@/server/repo/live-repo';
import { createPeopleRepo } from '@/server/repo/people-repo';
import { createPhrasesRepo } from '@/server/repo/phrases-repo';
import { createReportRepo } from '@/server/repo/report-repo';
import { createSessionRepo } from '@/server/repo/session-repo';
import { createTeamBuyerRepo } from '@/server/repo/team-buyer-repo';

export function createRepository(store: Store) {
  return {
    engine: store.engine,
    people: createPeopleRepo(store.db),
    sessions: createSessionRepo(store.db, store.engine),
    reports: createReportRepo(store.db),
    attempts: createAttemptsRepo(store.db),
    exams: createExamRepo(store.db),
    teamBuyers: createTeamBuyerRepo(store.db),
    phrases: createPhrasesRepo(store.db),
    live: createLiveRepo(store.db),
  };
}

export type Repository = ReturnType<typeof createRepository>;
