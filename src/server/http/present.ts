// Database rows → the contract's JSON (one place, so every route answers alike).
import type { Device, Invite, Member, Team } from '@/server/api-contract';
import type { DeviceRow, InviteRow, MemberRow, TeamRow } from '@/server/repo/people-repo';

export const teamJson = (t: TeamRow): Team => ({ id: t.id, name: t.name, createdAt: t.created_at });
export const memberJson = (m: MemberRow): Member => ({ id: m.id, teamId: m.team_id, role: m.role, name: m.name, createdAt: m.created_at });
export const deviceJson = (d: DeviceRow): Device => ({
  id: d.id,
  memberId: d.member_id,
  label: d.label,
  createdAt: d.created_at,
  lastSeenAt: d.last_seen_at,
  revokedAt: d.revoked_at,
});
export const inviteJson = (i: InviteRow): Invite => ({
  id: i.id,
  role: i.role,
  memberId: i.member_id,
  createdAt: i.created_at,
  expiresAt: i.expires_at,
  usedAt: i.used_at,
});
