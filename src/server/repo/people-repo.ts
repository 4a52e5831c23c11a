// Teams, members, devices, invites and mentor assignments. Every read takes the team id, so a
// caller can never reach another team's rows by guessing an id.
import type { Kysely, Selectable } from 'kysely';
import type { Database, DeviceTable, InviteTable, MemberTable, TeamTable } from '@/server/db/schema';
import type { Role } from '@/server/api-contract';
import { precompiled } from '@/server/db/precompiled';
import { hashSecret, newCode, newServerId, newToken } from '@/server/auth/secrets';

export type TeamRow = Selectable<TeamTable>;
export type MemberRow = Selectable<MemberTable>;
export type DeviceRow = Selectable<DeviceTable>;
export type InviteRow = Selectable<InviteTable>;

export interface Viewer {
  team: TeamRow;
  member: MemberRow;
  device: DeviceRow;
}

const HOUR = 3_600_000;
/** A device's last_seen_at is written at most this often (a read per call, not a write). */
const SEEN_EVERY = 60_000;

export function createPeopleRepo(db: Kysely<Database>) {
  // Every request runs it: compiled once (precompiled.ts).
  const viewerQuery = precompiled(1, (tokenHash: string) =>
    db
      .selectFrom('devices as d')
      .innerJoin('members as m', (j) => j.onRef('m.id', '=', 'd.member_id').onRef('m.team_id', '=', 'd.team_id'))
      .innerJoin('teams as t', 't.id', 'd.team_id')
      .where('d.token_hash', '=', tokenHash)
      .where('d.revoked_at', 'is', null)
      .where('m.removed_at', 'is', null)
      .select([
        'd.id as d_id',
        'd.label as d_label',
        'd.created_at as d_created_at',
        'd.last_seen_at as d_last_seen_at',
        'd.token_hash as d_token_hash',
        'm.id as m_id',
        'm.role as m_role',
        'm.name as m_name',
        'm.created_at as m_created_at',
        't.id as t_id',
        't.name as t_name',
        't.pin_hash as t_pin_hash',
        't.created_at as t_created_at',
      ]),
  );

  async function newDevice(teamId: string, memberId: string, label: string, now: number) {
    const token = newToken();
    const device = {
      id: newServerId(),
      team_id: teamId,
      member_id: memberId,
      token_hash: hashSecret(token),
      label: label || '浏览器',
      created_at: now,
      last_seen_at: now,
      revoked_at: null,
    };
    await db.insertInto('devices').values(device).execute();
    return { token, device };
  }

  return {
    async createTeam(name: string, now = Date.now()): Promise<TeamRow> {
      const team = { id: newServerId(), name, pin_hash: null, created_at: now };
      await db.insertInto('teams').values(team).execute();
      return team;
    },

    listTeams(): Promise<TeamRow[]> {
      return db.selectFrom('teams').selectAll().orderBy('created_at').execute();
    },

    /** Whether any team has a lead yet (health's `setup` is the opposite). */
    async anyLead(): Promise<boolean> {
      const row = await db.selectFrom('members').select('id').where('role', '=', 'lead').where('removed_at', 'is', null).limit(1).executeTakeFirst();
      return row !== undefined;
    },

    getTeam(teamId: string): Promise<TeamRow | undefined> {
      return db.selectFrom('teams').selectAll().where('id', '=', teamId).executeTakeFirst();
    },

    async setPin(teamId: string, pinHash: string): Promise<void> {
      await db.updateTable('teams').set({ pin_hash: pinHash }).where('id', '=', teamId).execute();
    },

    getMember(teamId: string, memberId: string): Promise<MemberRow | undefined> {
      return db
        .selectFrom('members')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('id', '=', memberId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
    },

    listMembers(teamId: string, ids?: readonly string[]): Promise<MemberRow[]> {
      let q = db.selectFrom('members').selectAll().where('team_id', '=', teamId).where('removed_at', 'is', null);
      if (ids) {
        if (ids.length === 0) return Promise.resolve([]);
        q = q.where('id', 'in', ids);
      }
      return q.orderBy('created_at').orderBy('id').execute();
    },

    async updateMember(teamId: string, memberId: string, patch: { name?: string; role?: Role }): Promise<void> {
      if (!patch.name && !patch.role) return;
      await db.updateTable('members').set(patch).where('team_id', '=', teamId).where('id', '=', memberId).execute();
    },

    async removeMember(teamId: string, memberId: string, now = Date.now()): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('members').set({ removed_at: now }).where('team_id', '=', teamId).where('id', '=', memberId).execute();
        await trx
          .updateTable('devices')
          .set({ revoked_at: now })
          .where('team_id', '=', teamId)
          .where('member_id', '=', memberId)
          .where('revoked_at', 'is', null)
          .execute();
        await trx
          .deleteFrom('assignments')
          .where('team_id', '=', teamId)
          .where((eb) => eb.or([eb('mentor_id', '=', memberId), eb('trainee_id', '=', memberId)]))
          .execute();
      });
    },

    /** The viewer behind a device token, or null (unknown, revoked, or the member removed). */
    async viewerByToken(token: string, now = Date.now()): Promise<Viewer | null> {
      // One query per call.
      const row = (await db.executeQuery(viewerQuery(hashSecret(token)))).rows[0];
      if (!row) return null;
      const team: TeamRow = { id: row.t_id, name: row.t_name, pin_hash: row.t_pin_hash, created_at: row.t_created_at };
      const member: MemberRow = { id: row.m_id, team_id: row.t_id, role: row.m_role, name: row.m_name, created_at: row.m_created_at, removed_at: null };
      const device: DeviceRow = {
        id: row.d_id,
        team_id: row.t_id,
        member_id: row.m_id,
        token_hash: row.d_token_hash,
        label: row.d_label,
        created_at: row.d_created_at,
        last_seen_at: row.d_last_seen_at,
        revoked_at: null,
      };
      if (now - device.last_seen_at > SEEN_EVERY) {
        await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', device.id).execute();
        device.last_seen_at = now;
      }
      return { team, member, device };
    },

    listDevices(teamId: string, memberId: string): Promise<DeviceRow[]> {
      return db
        .selectFrom('devices')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('member_id', '=', memberId)
        .orderBy('created_at')
        .execute();
    },

    getDevice(teamId: string, deviceId: string): Promise<DeviceRow | undefined> {
      return db.selectFrom('devices').selectAll().where('team_id', '=', teamId).where('id', '=', deviceId).executeTakeFirst();
    },

    async revokeDevice(teamId: string, deviceId: string, now = Date.now()): Promise<void> {
      await db
        .updateTable('devices')
        .set({ revoked_at: now })
        .where('team_id', '=', teamId)
        .where('id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async createInvite(
      teamId: string,
      role: Role,
      options: { memberId?: string | null; createdBy?: string | null; hours?: number; now?: number } = {},
    ): Promise<{ code: string; invite: InviteRow }> {
      const now = options.now ?? Date.now();
      const code = newCode();
      const invite: InviteRow = {
        id: newServerId(),
        team_id: teamId,
        role,
        code_hash: hashSecret(code),
        member_id: options.memberId ?? null,
        created_by: options.createdBy ?? null,
        created_at: now,
        expires_at: now + (options.hours ?? 72) * HOUR,
        used_at: null,
        used_by_device: null,
      };
      await db.insertInto('invites').values(invite).execute();
      return { code, invite };
    },

    /** An unused, unexpired invite by its code. */
    inviteByCode(code: string, now = Date.now()): Promise<InviteRow | undefined> {
      return db
        .selectFrom('invites')
        .selectAll()
        .where('code_hash', '=', hashSecret(code))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },

    listOpenInvites(teamId: string, now = Date.now()): Promise<InviteRow[]> {
      return db
        .selectFrom('invites')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at')
        .execute();
    },

    async deleteInvite(teamId: string, inviteId: string): Promise<boolean> {
      const result = await db.deleteFrom('invites').where('team_id', '=', teamId).where('id', '=', inviteId).where('used_at', 'is', null).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /**
     * Uses an invite once: marks it used (only if still unused, so two browsers racing with
     * one link get one device between them), makes or reuses the member, makes the device.
     */
    async redeemInvite(
      invite: InviteRow,
      join: { name: string | null; deviceLabel: string },
      now = Date.now(),
    ): Promise<{ token: string; device: DeviceRow; member: MemberRow } | null> {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('invites')
          .set({ used_at: now })
          .where('id', '=', invite.id)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return null;
        let member: MemberRow | undefined;
        if (invite.member_id) {
          member = await trx
            .selectFrom('members')
            .selectAll()
            .where('id', '=', invite.member_id)
            .where('team_id', '=', invite.team_id)
            .where('removed_at', 'is', null)
            .executeTakeFirst();
          if (!member) return null;
        } else {
          member = { id: newServerId(), team_id: invite.team_id, role: invite.role, name: join.name ?? '未命名', created_at: now, removed_at: null };
          await trx.insertInto('members').values(member).execute();
        }
        const token = newToken();
        const device: DeviceRow = {
          id: newServerId(),
          team_id: invite.team_id,
          member_id: member.id,
          token_hash: hashSecret(token),
          label: join.deviceLabel || '浏览器',
          created_at: now,
          last_seen_at: now,
          revoked_at: null,
        };
        await trx.insertInto('devices').values(device).execute();
        await trx.updateTable('invites').set({ used_by_device: device.id }).where('id', '=', invite.id).execute();
        return { token, device, member };
      });
    },

    /** A new device for a lead who proved the team PIN. */
    newDevice,

    async traineesOf(teamId: string, mentorId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('assignments')
        .select('trainee_id')
        .where('team_id', '=', teamId)
        .where('mentor_id', '=', mentorId)
        .orderBy('trainee_id')
        .execute();
      return rows.map((r) => r.trainee_id);
    },

    async mentorsByTrainee(teamId: string): Promise<Map<string, string[]>> {
      const rows = await db.selectFrom('assignments').select(['mentor_id', 'trainee_id']).where('team_id', '=', teamId).orderBy('mentor_id').execute();
      const map = new Map<string, string[]>();
      for (const r of rows) map.set(r.trainee_id, [...(map.get(r.trainee_id) ?? []), r.mentor_id]);
      return map;
    },

    async setTrainees(teamId: string, mentorId: string, traineeIds: readonly string[], now = Date.now()): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('assignments').where('team_id', '=', teamId).where('mentor_id', '=', mentorId).execute();
        const unique = [...new Set(traineeIds)];
        if (unique.length) {
          await trx
            .insertInto('assignments')
            .values(unique.map((trainee_id) => ({ team_id: teamId, mentor_id: mentorId, trainee_id, created_at: now })))
            .execute();
        }
      });
    },
  };
}

export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
