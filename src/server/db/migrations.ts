// Versioned migrations, run in name order by Kysely's Migrator on both engines. Never edit a
// published migration: add the next one (its name sorts after the others).
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export type Engine = 'sqlite' | 'postgres';

/** Column type for millisecond times: 64-bit on PostgreSQL (SQLite integers are 64-bit anyway). */
const time = 'bigint' as const;

/** An auto-numbered key: SQLite's rowid alias, PostgreSQL's identity column. */
function serialKey(engine: Engine) {
  return engine === 'postgres'
    ? (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity()
    : (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement();
}

const m0001 = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('pin_hash', 'text')
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('removed_at', time)
      .execute();
    await db.schema.createIndex('members_team').on('members').columns(['team_id', 'role']).execute();
    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('last_seen_at', time, (c) => c.notNull())
      .addColumn('revoked_at', time)
      .execute();
    await db.schema.createIndex('devices_member').on('devices').column('member_id').execute();
    await db.schema
      .createTable('invites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('member_id', 'text', (c) => c.references('members.id'))
      .addColumn('created_by', 'text')
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('used_at', time)
      .addColumn('used_by_device', 'text')
      .execute();
    await db.schema.createIndex('invites_team').on('invites').columns(['team_id', 'used_at']).execute();
    await db.schema
      .createTable('assignments')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('mentor_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('trainee_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('created_at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('assignments_pk', ['mentor_id', 'trainee_id'])
      .execute();
    await db.schema.createIndex('assignments_trainee').on('assignments').column('trainee_id').execute();
    await db.schema
      .createTable('sessions')
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('scenario_id', 'text', (c) => c.notNull())
      .addColumn('scenario_title', 'text', (c) => c.notNull())
      .addColumn('variant', 'text', (c) => c.notNull())
      .addColumn('seed', time, (c) => c.notNull())
      .addColumn('started_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('scenario_hash', 'text')
      .addColumn('scorer_version', 'text')
      .addColumn('message_count', 'integer', (c) => c.notNull())
      .addColumn('total', 'double precision')
      .addColumn('tone', 'double precision')
      .addColumn('compliance', 'double precision')
      .addColumn('conversion', 'double precision')
      .addColumn('knowledge', 'double precision')
      .addColumn('passed', 'integer')
      .addColumn('points_deducted', 'double precision')
      .addColumn('snapshot', 'text')
      .addColumn('changed_at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('sessions_pk', ['member_id', 'id'])
      .execute();
    await db.schema.createIndex('sessions_team_started').on('sessions').columns(['team_id', 'started_at']).execute();
    await db.schema.createIndex('sessions_member_started').on('sessions').columns(['member_id', 'started_at']).execute();
    await db.schema.createIndex('sessions_member_changed').on('sessions').columns(['member_id', 'changed_at', 'id']).execute();
    await db.schema
      .createTable('messages')
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('extra', 'text')
      .addPrimaryKeyConstraint('messages_pk', ['member_id', 'session_id', 'idx'])
      .addForeignKeyConstraint('messages_session', ['member_id', 'session_id'], 'sessions', ['member_id', 'id'])
      .execute();
    await db.schema
      .createTable('violations')
      .addColumn('id', 'integer', serialKey(engine))
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('turn', 'integer', (c) => c.notNull())
      .addColumn('points', 'double precision', (c) => c.notNull())
      .addForeignKeyConstraint('violations_session', ['member_id', 'session_id'], 'sessions', ['member_id', 'id'])
      .execute();
    await db.schema.createIndex('violations_session').on('violations').columns(['member_id', 'session_id']).execute();
    await db.schema.createIndex('violations_team_rule').on('violations').columns(['team_id', 'member_id', 'rule']).execute();
    await db.schema
      .createTable('attempts')
      .addColumn('id', 'integer', serialKey(engine))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('attempts_key_at').on('attempts').columns(['key', 'at']).execute();
  },
});

/** Issue 12: exams, their scenarios, attempts (the buyer's state as JSON), reviews, signed reports, disputes. */
const m0002 = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('exam_scenarios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('scenario_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('exam_scenarios_team').on('exam_scenarios').column('team_id').execute();
    await db.schema
      .createTable('exams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('buyers', 'text', (c) => c.notNull())
      .addColumn('pass_mark', 'integer', (c) => c.notNull())
      .addColumn('time_limit_minutes', 'integer')
      .addColumn('release', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('exams_team').on('exams').columns(['team_id', 'created_at']).execute();
    await db.schema
      .createTable('exam_trainees')
      .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('trainee_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('allowed', 'integer', (c) => c.notNull())
      .addColumn('grant_by', 'text')
      .addColumn('grant_at', time)
      .addColumn('grant_reason', 'text')
      .addPrimaryKeyConstraint('exam_trainees_pk', ['exam_id', 'trainee_id'])
      .execute();
    await db.schema.createIndex('exam_trainees_trainee').on('exam_trainees').column('trainee_id').execute();
    await db.schema
      .createTable('exam_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('exam_id', 'text', (c) => c.notNull().references('exams.id'))
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('trainee_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('started_at', time, (c) => c.notNull())
      .addColumn('ended_at', time)
      .addColumn('deadline', time)
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('grade', 'text')
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addUniqueConstraint('exam_attempts_number', ['exam_id', 'trainee_id', 'number'])
      .execute();
    await db.schema
      .createTable('exam_focus')
      .addColumn('id', 'integer', serialKey(engine))
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('at', time, (c) => c.notNull())
      .addColumn('part', 'integer')
      .execute();
    await db.schema.createIndex('exam_focus_attempt').on('exam_focus').column('attempt_id').execute();
    await db.schema
      .createTable('exam_reviews')
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
      .addColumn('reviewer_id', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .addColumn('submitted_at', time)
      .addPrimaryKeyConstraint('exam_reviews_pk', ['attempt_id', 'reviewer_id'])
      .execute();
    await db.schema
      .createTable('exam_reports')
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('signed_by', 'text', (c) => c.notNull())
      .addColumn('signed_at', time, (c) => c.notNull())
      .addColumn('verdict', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('acknowledged_at', time)
      .addPrimaryKeyConstraint('exam_reports_pk', ['attempt_id', 'version'])
      .execute();
    await db.schema
      .createTable('exam_disputes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('trainee_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('turn', 'integer', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('ruled_by', 'text')
      .addColumn('ruled_at', time)
      .addColumn('comment', 'text')
      .execute();
    await db.schema.createIndex('exam_disputes_attempt').on('exam_disputes').column('attempt_id').execute();
    await db.schema.createIndex('exam_disputes_team').on('exam_disputes').columns(['team_id', 'status']).execute();
  },
});

/** Issue 14: trainers' buyers shared with the team, one row per published version. */
const m0003 = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('team_buyers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('scenario_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.notNull().references('members.id'))
      .addColumn('published_at', time, (c) => c.notNull())
      .addUniqueConstraint('team_buyers_version', ['team_id', 'scenario_id', 'version'])
      .execute();
  },
});

// The team's 话术库 (issue 15): one row per team, the whole library as JSON (it is read and
// replaced whole, never queried by phrase).
const m0005 = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('team_phrases')
      .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
  },
});

/** Live sessions (issue 13): an exam of kind 'live' holds one, its messages are numbered here. */
const m0004 = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('exams').addColumn('kind', 'text', (c) => c.notNull().defaultTo('exam')).execute();
    await db.schema
      .createTable('live_messages')
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('exam_attempts.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('tseq', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('at', time, (c) => c.notNull())
      .addPrimaryKeyConstraint('live_messages_pk', ['attempt_id', 'seq'])
      .execute();
    await db.schema.createIndex('live_messages_tseq').on('live_messages').columns(['attempt_id', 'tseq']).execute();
  },
});

const all: Record<string, (engine: Engine) => Migration> = {
  '0001-teams-sessions': m0001,
  '0002-exams': m0002,
  '0003-team-buyers': m0003,
  '0004-live': m0004,
  '0005-phrases': m0005,
};

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(Object.entries(all).map(([name, make]) => [name, make(engine)]));
}

/** The schema version health reports: how many migrations this build knows. */
export const SCHEMA_VERSION = Object.keys(all).length;
