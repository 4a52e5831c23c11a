// The team server's tables as Kysely sees them. Times are integer milliseconds since the
// epoch (bigint in PostgreSQL, read back as numbers); booleans are 0/1 integers on both engines.
import type { Generated } from 'kysely';

export interface TeamTable {
  id: string;
  name: string;
  /** scrypt of the lead's PIN, `salt:hash` hex; null until the first lead sets it. */
  pin_hash: string | null;
  created_at: number;
}

export interface MemberTable {
  id: string;
  team_id: string;
  role: 'trainee' | 'mentor' | 'lead';
  name: string;
  created_at: number;
  /** Set when the lead removes the person: their sessions stay, their devices stop working. */
  removed_at: number | null;
}

export interface DeviceTable {
  id: string;
  team_id: string;
  member_id: string;
  /** SHA-256 hex of the token; the token itself is never stored. */
  token_hash: string;
  label: string;
  created_at: number;
  last_seen_at: number;
  revoked_at: number | null;
}

export interface InviteTable {
  id: string;
  team_id: string;
  role: 'trainee' | 'mentor' | 'lead';
  code_hash: string;
  /** An invite onto another machine for an existing member. */
  member_id: string | null;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by_device: string | null;
}

export interface AssignmentTable {
  team_id: string;
  mentor_id: string;
  trainee_id: string;
  created_at: number;
}

export interface SessionTable {
  member_id: string;
  id: string;
  team_id: string;
  scenario_id: string;
  scenario_title: string;
  variant: string;
  seed: number;
  started_at: number;
  updated_at: number;
  status: 'active' | 'ended';
  outcome: string | null;
  scenario_hash: string | null;
  scorer_version: string | null;
  /** Contiguous messages held: indexes 0..message_count-1. */
  message_count: number;
  total: number | null;
  tone: number | null;
  compliance: number | null;
  conversion: number | null;
  knowledge: number | null;
  passed: number | null;
  points_deducted: number | null;
  /** JSON of the buyer actor's snapshot. */
  snapshot: string | null;
  /** Server time of the last change: the download cursor. */
  changed_at: number;
}

export interface MessageTable {
  member_id: string;
  session_id: string;
  idx: number;
  team_id: string;
  role: 'buyer' | 'agent';
  text: string;
  /** JSON of the turn's other fields (at, state, mood, upset). */
  extra: string | null;
}

export interface ViolationTable {
  id: Generated<number>;
  team_id: string;
  member_id: string;
  session_id: string;
  rule: string;
  turn: number;
  points: number;
}

export interface AttemptTable {
  id: Generated<number>;
  key: string;
  at: number;
}

export interface Database {
  teams: TeamTable;
  members: MemberTable;
  devices: DeviceTable;
  invites: InviteTable;
  assignments: AssignmentTable;
  sessions: SessionTable;
  messages: MessageTable;
  violations: ViolationTable;
  attempts: AttemptTable;
}
