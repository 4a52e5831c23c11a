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

const all: Record<string, (engine: Engine) => Migration> = {
  '0001-teams-sessions': m0001,
};

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(Object.entries(all).map(([name, make]) => [name, make(engine)]));
}

/** The schema version health reports: how many migrations this build knows. */
export const SCHEMA_VERSION = Object.keys(all).length;
