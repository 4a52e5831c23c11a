// The lead's (and mentors') figures: practice per trainee, the rules each breaks most, trends
// and the CSV export. Aggregates run in SQL that both engines speak; `memberIds` narrows a
// mentor's view to their trainees.
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/server/db/schema';

const DAY = 86_400_000;

export interface PracticeFigures {
  memberId: string;
  sessions: number;
  ended: number;
  scored: number;
  passed: number;
  averageTotal: number | null;
  lastActivity: number | null;
}

export interface RuleFigures {
  memberId: string;
  rule: string;
  count: number;
  sessions: number;
  points: number;
}

export interface TrendFigures {
  start: number;
  sessions: number;
  ended: number;
  scored: number;
  passed: number;
  averageTotal: number | null;
}

export interface CsvSessionRow {
  member_name: string;
  member_id: string;
  id: string;
  scenario_id: string;
  scenario_title: string;
  variant: string;
  started_at: number;
  updated_at: number;
  status: string;
  outcome: string | null;
  message_count: number;
  total: number | null;
  tone: number | null;
  compliance: number | null;
  conversion: number | null;
  passed: number | null;
  points_deducted: number | null;
}

export function createReportRepo(db: Kysely<Database>) {
  return {
    async practice(teamId: string, memberIds?: readonly string[]): Promise<PracticeFigures[]> {
      if (memberIds && !memberIds.length) return [];
      let q = db
        .selectFrom('sessions')
        .where('team_id', '=', teamId)
        .select((eb) => [
          'member_id',
          eb.fn.countAll<number>().as('sessions'),
          eb.fn.sum<number>(eb.case().when('status', '=', 'ended').then(1).else(0).end()).as('ended'),
          eb.fn.count<number>('passed').as('scored'),
          eb.fn.sum<number>(eb.case().when('passed', '=', 1).then(1).else(0).end()).as('passed'),
          eb.fn.avg<number>('total').as('average_total'),
          eb.fn.max('updated_at').as('last_activity'),
        ])
        .groupBy('member_id');
      if (memberIds) q = q.where('member_id', 'in', memberIds);
      const rows = await q.execute();
      return rows.map((r) => ({
        memberId: r.member_id,
        sessions: Number(r.sessions),
        ended: Number(r.ended ?? 0),
        scored: Number(r.scored),
        passed: Number(r.passed ?? 0),
        averageTotal: r.average_total === null ? null : Number(r.average_total),
        lastActivity: r.last_activity === null ? null : Number(r.last_activity),
      }));
    },

    async rules(teamId: string, memberIds: readonly string[] | undefined, since?: number): Promise<RuleFigures[]> {
      if (memberIds && !memberIds.length) return [];
      let q = db
        .selectFrom('violations as v')
        .where('v.team_id', '=', teamId)
        .select((eb) => [
          'v.member_id',
          'v.rule',
          eb.fn.countAll<number>().as('count'),
          eb.fn.count<number>('v.session_id').distinct().as('sessions'),
          eb.fn.sum<number>('v.points').as('points'),
        ])
        .groupBy(['v.member_id', 'v.rule']);
      if (memberIds) q = q.where('v.member_id', 'in', memberIds);
      if (since !== undefined) {
        q = q.innerJoin('sessions as s', (join) => join.onRef('s.member_id', '=', 'v.member_id').onRef('s.id', '=', 'v.session_id')).where('s.started_at', '>=', since);
      }
      const rows = await q.execute();
      return rows.map((r) => ({ memberId: r.member_id, rule: r.rule, count: Number(r.count), sessions: Number(r.sessions), points: Number(r.points ?? 0) }));
    },

    /**
     * Sessions per day or week by start time. `offsetMs` shifts the day boundary to the
     * viewer's time zone (China: +8 h); weeks start on Monday (1970-01-01 was a Thursday).
     */
    async trends(
      teamId: string,
      memberIds: readonly string[] | undefined,
      options: { bucket: 'day' | 'week'; since?: number | undefined; offsetMs: number },
    ): Promise<TrendFigures[]> {
      if (memberIds && !memberIds.length) return [];
      const size = options.bucket === 'day' ? DAY : 7 * DAY;
      // Thursday → Monday: shift by 3 days before dividing into weeks.
      const shift = options.offsetMs + (options.bucket === 'week' ? 3 * DAY : 0);
      // Whole buckets on both engines (libsql binds numbers as reals, so cast); the numbers are
      // computed here from validated integers, inlined so GROUP BY matches SELECT on PostgreSQL.
      const bucket = sql<number>`cast(((started_at + ${sql.lit(shift)}) / ${sql.lit(size)}) as bigint)`;
      let q = db
        .selectFrom('sessions')
        .where('team_id', '=', teamId)
        .select((eb) => [
          bucket.as('bucket'),
          eb.fn.countAll<number>().as('sessions'),
          eb.fn.sum<number>(eb.case().when('status', '=', 'ended').then(1).else(0).end()).as('ended'),
          eb.fn.count<number>('passed').as('scored'),
          eb.fn.sum<number>(eb.case().when('passed', '=', 1).then(1).else(0).end()).as('passed'),
          eb.fn.avg<number>('total').as('average_total'),
        ])
        .groupBy(bucket)
        .orderBy(bucket);
      if (memberIds) q = q.where('member_id', 'in', memberIds);
      if (options.since !== undefined) q = q.where('started_at', '>=', options.since);
      const rows = await q.execute();
      return rows.map((r) => ({
        start: Number(r.bucket) * size - shift,
        sessions: Number(r.sessions),
        ended: Number(r.ended ?? 0),
        scored: Number(r.scored),
        passed: Number(r.passed ?? 0),
        averageTotal: r.average_total === null ? null : Number(r.average_total),
      }));
    },

    async csvRows(teamId: string, memberIds: readonly string[] | undefined): Promise<CsvSessionRow[]> {
      if (memberIds && !memberIds.length) return [];
      let q = db
        .selectFrom('sessions as s')
        .innerJoin('members as m', 'm.id', 's.member_id')
        .where('s.team_id', '=', teamId)
        .select([
          'm.name as member_name',
          's.member_id',
          's.id',
          's.scenario_id',
          's.scenario_title',
          's.variant',
          's.started_at',
          's.updated_at',
          's.status',
          's.outcome',
          's.message_count',
          's.total',
          's.tone',
          's.compliance',
          's.conversion',
          's.passed',
          's.points_deducted',
        ])
        .orderBy('s.started_at')
        .orderBy('s.id');
      if (memberIds) q = q.where('s.member_id', 'in', memberIds);
      return q.execute();
    },

    /** Rule counts per session for the CSV's last column: `rule×n; …`. */
    async violationCounts(teamId: string, memberIds: readonly string[] | undefined): Promise<Map<string, string>> {
      if (memberIds && !memberIds.length) return new Map();
      let q = db
        .selectFrom('violations')
        .where('team_id', '=', teamId)
        .select((eb) => ['member_id', 'session_id', 'rule', eb.fn.countAll<number>().as('n')])
        .groupBy(['member_id', 'session_id', 'rule'])
        .orderBy('member_id')
        .orderBy('session_id')
        .orderBy('rule');
      if (memberIds) q = q.where('member_id', 'in', memberIds);
      const map = new Map<string, string>();
      for (const r of await q.execute()) {
        const key = `${r.member_id}\u0000${r.session_id}`;
        const part = `${r.rule}×${Number(r.n)}`;
        map.set(key, map.has(key) ? `${map.get(key)}; ${part}` : part);
      }
      return map;
    },
  };
}

export type ReportRepo = ReturnType<typeof createReportRepo>;
