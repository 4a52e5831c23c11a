// A member's practice sessions: idempotent upload by session id and message index, download
// for another machine, and the reads behind the lead's screens. Rows are keyed by
// (member, session id), so one trainee's ids can never touch another's sessions.
import { sql, type DeleteQueryBuilder, type InsertQueryBuilder, type InsertResult, type Kysely, type QueryCreator, type Selectable, type Transaction, type UpdateQueryBuilder } from 'kysely';
import type { Database, SessionTable } from '@/server/db/schema';
import type { SessionFull, SessionMeta, SyncSession, SyncTurn, SyncViolation } from '@/server/api-contract';
import { precompiled } from '@/server/db/precompiled';
import type { Engine } from '@/server/db/migrations';

export type SessionRow = Selectable<SessionTable>;

export interface UploadResult {
  id: string;
  messageCount: number;
  status: 'ok' | 'gap';
  /** Whether anything changed (the rooms hear only about real changes). */
  changed: boolean;
  sessionStatus: 'active' | 'ended';
  updatedAt: number;
}

function metaColumns(s: SessionMeta) {
  return {
    scenario_id: s.scenarioId,
    scenario_title: s.scenarioTitle,
    variant: s.variant,
    seed: s.seed,
    started_at: s.startedAt,
    updated_at: s.updatedAt,
    status: s.status,
    outcome: s.outcome,
    scenario_hash: s.scenarioHash ?? null,
    scorer_version: s.scorerVersion ?? null,
    total: s.scores?.total ?? null,
    tone: s.scores?.tone ?? null,
    compliance: s.scores?.compliance ?? null,
    conversion: s.scores?.conversion ?? null,
    knowledge: s.scores?.knowledge ?? null,
    passed: s.scores ? (s.scores.passed ? 1 : 0) : null,
    points_deducted: s.scores?.pointsDeducted ?? null,
  };
}

export function metaOf(row: SessionRow, violations?: SyncViolation[]): SessionMeta {
  const meta: SessionMeta = {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    variant: row.variant,
    seed: row.seed,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    status: row.status,
    outcome: row.outcome as SessionMeta['outcome'],
  };
  if (row.scenario_hash !== null) meta.scenarioHash = row.scenario_hash;
  if (row.scorer_version !== null) meta.scorerVersion = row.scorer_version;
  if (row.total !== null && row.passed !== null) {
    meta.scores = {
      tone: row.tone ?? 0,
      compliance: row.compliance ?? 0,
      conversion: row.conversion ?? 0,
      total: row.total,
      passed: row.passed === 1,
      pointsDeducted: row.points_deducted ?? 0,
    };
    if (row.knowledge !== null) meta.scores.knowledge = row.knowledge;
  }
  if (violations) meta.violations = violations;
  return meta;
}

function turnOf(row: { role: 'buyer' | 'agent'; text: string; extra: string | null }): SyncTurn {
  const extra = row.extra ? (JSON.parse(row.extra) as Omit<SyncTurn, 'role' | 'text'>) : {};
  return { role: row.role, text: row.text, ...extra };
}

function extraOf(turn: SyncTurn): string | null {
  const { role: _role, text: _text, ...extra } = turn;
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

/** Download cursor: the server's change time and the session id, opaque to the client. */
function encodeCursor(changedAt: number, id: string): string {
  return `${changedAt}.${id}`;
}

function decodeCursor(cursor: string | undefined): { at: number; id: string } | null {
  if (!cursor) return null;
  const dot = cursor.indexOf('.');
  const at = Number(cursor.slice(0, dot));
  return dot > 0 && Number.isSafeInteger(at) ? { at, id: cursor.slice(dot + 1) } : null;
}

/** The stored state an upload continues (compiled once: every upload reads it). */
function currentQuery(db: Kysely<Database>) {
  return precompiled(2, (memberId: string, id: string) =>
    db.selectFrom('sessions').select(['message_count', 'updated_at', 'status']).where('member_id', '=', memberId).where('id', '=', id),
  );
}

type StoredState = Pick<SessionRow, 'message_count' | 'updated_at' | 'status'>;
type Executor = Kysely<Database> | Transaction<Database>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a write of any table
type Write = InsertQueryBuilder<Database, any, any> | UpdateQueryBuilder<Database, any, any, any> | DeleteQueryBuilder<Database, any, any>;

/**
 * An upload's writes in order, in steps: the session's own (its new messages, its row) and the
 * report's (violations replaced). A step is one statement on PostgreSQL (below).
 */
interface Planned {
  result: UploadResult;
  steps: Write[][];
  /** Whether violations are replaced (a step that must follow the row's update, in a transaction). */
  reports: boolean;
  /**
   * A session not stored yet: its row as it ends up (ON CONFLICT DO NOTHING), written before the
   * steps (messages reference it). The plan holds only if this insert is the one that stores the
   * row; when a racing twin stored it first, the upload is planned again from the stored row.
   */
  insert?: InsertQueryBuilder<Database, 'sessions', InsertResult>;
}

/**
 * What one session's upload answers and writes, decided from the row it continues (nothing
 * written when nothing changes); `row` null: no row is stored, the plan inserts it, with the
 * upload's meta and final message count (one write instead of an empty row read back and updated).
 */
function plan(x: Executor, teamId: string, memberId: string, s: SyncSession, stored: StoredState | null, now: number): Planned {
  const { snapshot, violations } = s;
  // A new row starts empty with this upload's meta: the answer is the one for such a stored row.
  const row: StoredState = stored ?? { message_count: 0, updated_at: s.updatedAt, status: s.status };
  const held = row.message_count;
  const base = { id: s.id, sessionStatus: row.status, updatedAt: row.updated_at };
  const insertRow = (count: number) =>
    x
      .insertInto('sessions')
      .values({ member_id: memberId, id: s.id, team_id: teamId, ...metaColumns(s), message_count: count, snapshot: snapshot === undefined ? null : JSON.stringify(snapshot), changed_at: now })
      .onConflict((oc) => oc.columns(['member_id', 'id']).doNothing());
  if (s.from > held) {
    // A new session's upload past its start: the row is stored empty, and the answer asks for the start.
    return { result: { ...base, messageCount: held, status: 'gap', changed: false }, steps: [], reports: false, ...(stored ? {} : { insert: insertRow(0) }) };
  }

  const own: Write[] = [];
  // Indexes below `held` are already stored and stay as they are: re-sending never duplicates.
  const fresh = s.messages.map((turn, i) => ({ idx: s.from + i, turn })).filter((m) => m.idx >= held);
  if (fresh.length) {
    own.push(
      x
        .insertInto('messages')
        .values(
          fresh.map(({ idx, turn }) => ({
            member_id: memberId,
            session_id: s.id,
            idx,
            team_id: teamId,
            role: turn.role,
            text: turn.text,
            extra: extraOf(turn),
          })),
        )
        .onConflict((oc) => oc.columns(['member_id', 'session_id', 'idx']).doNothing()),
    );
  }
  const count = Math.max(held, s.from + s.messages.length);
  // Meta only moves forward in time, and an ended session never becomes active again.
  const metaApplies = s.updatedAt >= row.updated_at && !(row.status === 'ended' && s.status === 'active');
  const metaChanged = metaApplies && (s.updatedAt > row.updated_at || s.status !== row.status || s.scores !== undefined);
  if (stored && (count > held || metaChanged)) {
    const snapshotJson = snapshot === undefined ? null : JSON.stringify(snapshot);
    own.push(
      x
        .updateTable('sessions')
        .set({
          ...(metaApplies ? metaColumns(s) : {}),
          ...(metaApplies && snapshotJson !== null ? { snapshot: snapshotJson } : {}),
          message_count: count,
          changed_at: now,
        })
        .where('member_id', '=', memberId)
        .where('id', '=', s.id)
        .where('message_count', '<=', count),
    );
  }
  const report: Write[] = [];
  if (metaApplies && violations) {
    // The report's violations replace the previous report's (a re-graded session).
    report.push(x.deleteFrom('violations').where('member_id', '=', memberId).where('session_id', '=', s.id));
    if (violations.length) {
      report.push(
        x.insertInto('violations').values(violations.map((v) => ({ team_id: teamId, member_id: memberId, session_id: s.id, rule: v.rule, turn: v.turn, points: v.points }))),
      );
    }
  }
  return {
    result: {
      id: s.id,
      messageCount: count,
      status: 'ok',
      changed: count > held || metaChanged,
      sessionStatus: metaApplies ? s.status : row.status,
      updatedAt: metaApplies ? s.updatedAt : row.updated_at,
    },
    steps: [own, report].filter((step) => step.length > 0),
    reports: report.length > 0,
    ...(stored ? {} : { insert: insertRow(count) }),
  };
}

/**
 * Runs one step. SQLite: its statements one after the other (in-process, cheap; the upload's
 * transaction holds them together). PostgreSQL: one statement, every write a data-modifying
 * WITH clause (they run to completion whatever the main query reads, on one snapshot, so none
 * may read another's rows: a step's writes touch different tables). One round trip instead
 * of one per write, and atomic by itself.
 */
async function runStep(x: Executor, engine: Engine, step: readonly Write[]): Promise<void> {
  if (engine === 'sqlite' || step.length === 1) {
    for (const write of step) await write.execute();
    return;
  }
  let creator: QueryCreator<Database> = x;
  step.forEach((write, i) => {
    creator = creator.with(`w${i}`, () => write) as unknown as QueryCreator<Database>;
  });
  await creator.selectNoFrom(sql<number>`1`.as('done')).execute();
}

/**
 * PostgreSQL: a new session's row and its first step in one statement (the messages' foreign
 * key is checked at the statement's end, after the row's insert). Whether the insert stored the row.
 */
async function runInsertWithStep(x: Executor, insert: NonNullable<Planned['insert']>, step: readonly Write[]): Promise<boolean> {
  let creator = x.with('stored', () => insert.returning('id')) as unknown as QueryCreator<Database & { stored: { id: string } }>;
  step.forEach((write, i) => {
    creator = creator.with(`w${i}`, () => write) as unknown as typeof creator;
  });
  const rows = await creator.selectFrom('stored').select('id').execute();
  return rows.length === 1;
}

/** One session of an upload inside the upload's transaction. */
async function uploadOne(
  trx: Transaction<Database>,
  engine: Engine,
  query: ReturnType<typeof currentQuery>,
  teamId: string,
  memberId: string,
  s: SyncSession,
  now: number,
  /** The row as read just before the transaction (null: there was none); undefined: read it here. */
  known?: StoredState | null,
): Promise<UploadResult> {
  const current = async () => (await trx.executeQuery(query(memberId, s.id))).rows[0];
  // Most uploads continue a stored session: read first; a new one's row is inserted as it ends up.
  const row = known === undefined ? await current() : known;
  let planned = plan(trx, teamId, memberId, s, row ?? null, now);
  if (planned.insert && Number((await planned.insert.executeTakeFirst()).numInsertedOrUpdatedRows ?? 0) === 0) {
    // A concurrent twin stored the row first (its insert made ours a no-op): continue what it stored.
    const stored = await current();
    if (!stored) throw new Error(`session ${s.id} could not be stored`);
    planned = plan(trx, teamId, memberId, s, stored, now);
  }
  // In order: the row's update takes its lock, so a racing twin's report step reads after it.
  for (const step of planned.steps) await runStep(trx, engine, step);
  return planned.result;
}

export function createSessionRepo(db: Kysely<Database>, engine: Engine) {
  const current = currentQuery(db);

  async function violationsOf(memberId: string, sessionIds: readonly string[]): Promise<Map<string, SyncViolation[]>> {
    const map = new Map<string, SyncViolation[]>();
    if (!sessionIds.length) return map;
    const rows = await db
      .selectFrom('violations')
      .select(['session_id', 'rule', 'turn', 'points'])
      .where('member_id', '=', memberId)
      .where('session_id', 'in', sessionIds)
      .orderBy('session_id')
      .orderBy('turn')
      .orderBy('id')
      .execute();
    for (const r of rows) map.set(r.session_id, [...(map.get(r.session_id) ?? []), { rule: r.rule, turn: r.turn, points: r.points }]);
    return map;
  }

  async function fullOf(memberId: string, rows: SessionRow[]): Promise<SessionFull[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [messages, violations] = await Promise.all([
      db
        .selectFrom('messages')
        .select(['session_id', 'idx', 'role', 'text', 'extra'])
        .where('member_id', '=', memberId)
        .where('session_id', 'in', ids)
        .orderBy('session_id')
        .orderBy('idx')
        .execute(),
      violationsOf(memberId, ids),
    ]);
    const bySession = new Map<string, SyncTurn[]>();
    for (const m of messages) {
      // Only the contiguous prefix counts (a row past message_count from a racing upload waits for its gap to fill).
      const list = bySession.get(m.session_id) ?? [];
      if (m.idx === list.length) list.push(turnOf(m));
      bySession.set(m.session_id, list);
    }
    return rows.map((row) => ({
      ...metaOf(row, violations.get(row.id) ?? []),
      messages: (bySession.get(row.id) ?? []).slice(0, row.message_count),
      snapshot: row.snapshot === null ? null : (JSON.parse(row.snapshot) as unknown),
    }));
  }

  return {
    /** One upload, all of it or none. */
    async upload(teamId: string, memberId: string, sessions: readonly SyncSession[], now = Date.now()): Promise<UploadResult[]> {
      const only = sessions.length === 1 ? sessions[0]! : null;
      let known: StoredState | null | undefined;
      if (engine === 'postgres' && only) {
        // The usual upload: one session continuing a stored row. Its read needs no transaction
        // (PostgreSQL's read committed let a racing upload commit between this read and the
        // writes inside one too; the update's own guard and the inserts' conflict clauses are
        // what keep such twins apart), and its writes are one statement, atomic by itself.
        known = (await db.executeQuery(current(memberId, only.id))).rows[0] ?? null;
        const { result, steps, reports, insert } = plan(db, teamId, memberId, only, known, now);
        if (!reports && !insert) {
          if (steps[0]) await runStep(db, engine, steps[0]);
          return [result];
        }
        // A new session without a report: its row and messages in one statement, atomic by itself.
        // When a racing twin stored the row first, the transaction below continues what it stored.
        if (!reports && insert) {
          if (await runInsertWithStep(db, insert, steps[0] ?? [])) return [result];
          known = undefined;
        }
      }
      // Several sessions, a new session or a report: in one transaction.
      return db.transaction().execute(async (trx) => {
        const results: UploadResult[] = [];
        for (const s of sessions) results.push(await uploadOne(trx, engine, current, teamId, memberId, s, now, s === only ? known : undefined));
        return results;
      });
    },

    async download(memberId: string, after: string | undefined, limit: number): Promise<{ sessions: SessionFull[]; next: string | null }> {
      const cursor = decodeCursor(after);
      let q = db.selectFrom('sessions').selectAll().where('member_id', '=', memberId);
      if (cursor) {
        q = q.where((eb) => eb.or([eb('changed_at', '>', cursor.at), eb.and([eb('changed_at', '=', cursor.at), eb('id', '>', cursor.id)])]));
      }
      const rows = await q.orderBy('changed_at').orderBy('id').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { sessions: await fullOf(memberId, page), next: rows.length > limit && last ? encodeCursor(last.changed_at, last.id) : null };
    },

    async list(teamId: string, memberId: string, limit: number, before?: number): Promise<Array<SessionMeta & { messageCount: number }>> {
      let q = db.selectFrom('sessions').selectAll().where('team_id', '=', teamId).where('member_id', '=', memberId);
      if (before !== undefined) q = q.where('started_at', '<', before);
      const rows = await q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      const violations = await violationsOf(memberId, rows.map((r) => r.id));
      return rows.map((r) => ({ ...metaOf(r, violations.get(r.id) ?? []), messageCount: r.message_count }));
    },

    async get(teamId: string, memberId: string, sessionId: string): Promise<SessionFull | null> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('member_id', '=', memberId)
        .where('id', '=', sessionId)
        .executeTakeFirst();
      return row ? ((await fullOf(memberId, [row]))[0] ?? null) : null;
    },

    /** A member's latest `limit` ended sessions without their messages, newest first: what decides whether a cached grading still holds. */
    async latestEndedStamps(teamId: string, memberId: string, limit: number): Promise<Array<Pick<SessionRow, 'id' | 'changed_at' | 'message_count' | 'updated_at' | 'status' | 'scenario_id'>>> {
      return db
        .selectFrom('sessions')
        .select(['id', 'changed_at', 'message_count', 'updated_at', 'status', 'scenario_id'])
        .where('team_id', '=', teamId)
        .where('member_id', '=', memberId)
        .where('status', '=', 'ended')
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /** These sessions of a member, whole, in the order of `ids` (missing ones left out). */
    async fullByIds(teamId: string, memberId: string, ids: readonly string[]): Promise<SessionFull[]> {
      if (!ids.length) return [];
      const rows = await db.selectFrom('sessions').selectAll().where('team_id', '=', teamId).where('member_id', '=', memberId).where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return fullOf(memberId, ids.flatMap((id) => byId.get(id) ?? []));
    },
  };
}

export type SessionRepo = ReturnType<typeof createSessionRepo>;
