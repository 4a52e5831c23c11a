// The team server's tables as Kysely sees them. Times are integer milliseconds since the
// epoch (bigint in PostgreSQL, read back as numbers); booleans are 0/1 integers on both engines.
import type { ColumnType, Generated } from 'kysely';

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

export interface ExamScenarioTable {
  id: string;
  team_id: string;
  file: string;
  /** The uploaded YAML text, as loaded. */
  source: string;
  scenario_id: string;
  title: string;
  hash: string;
  created_by: string;
  created_at: number;
}

/** Issue 14: a trainer's buyer published to the team, one row per version (insert only). */
export interface TeamBuyerTable {
  id: string;
  team_id: string;
  scenario_id: string;
  /** 1, 2, … per (team, scenario id). */
  version: number;
  file: string;
  source: string;
  title: string;
  /** SHA-256 hex of the YAML text. */
  hash: string;
  /** 'team': every member may practise it; 'staff': mentors and the lead only (exam material). */
  audience: 'team' | 'staff';
  published_by: string;
  published_at: number;
}

export interface ExamTable {
  id: string;
  team_id: string;
  title: string;
  /** JSON of StoredBuyer[]: each buyer's YAML text is frozen into the exam when it is composed. */
  buyers: string;
  pass_mark: number;
  time_limit_minutes: number | null;
  release: 'immediate' | 'after-sign';
  created_by: string;
  created_at: number;
  /** 'live': a live session's one-buyer exam (migration 0004-live; older rows are 'exam'). */
  kind: ColumnType<'exam' | 'live', 'exam' | 'live' | undefined, never>;
}

export interface ExamTraineeTable {
  exam_id: string;
  team_id: string;
  trainee_id: string;
  /** Attempts allowed: 1, or 2 once granted. */
  allowed: number;
  grant_by: string | null;
  grant_at: number | null;
  grant_reason: string | null;
}

export interface ExamAttemptTable {
  id: string;
  exam_id: string;
  team_id: string;
  trainee_id: string;
  number: number;
  status: 'active' | 'submitted' | 'expired';
  started_at: number;
  ended_at: number | null;
  deadline: number | null;
  /** JSON of AttemptState: each part's turns, buyer snapshot, status. */
  state: string;
  /** JSON of the automatic Grade once graded. */
  grade: string | null;
  /** Bumped on every write: a write that finds another rev lost a race (409). */
  rev: number;
}

export interface ExamFocusTable {
  id: Generated<number>;
  attempt_id: string;
  kind: string;
  at: number;
  part: number | null;
}

export interface ExamReviewTable {
  attempt_id: string;
  reviewer_id: string;
  team_id: string;
  status: 'draft' | 'submitted';
  /** JSON of {items, comments}. */
  body: string;
  updated_at: number;
  submitted_at: number | null;
}

export interface ExamReportTable {
  attempt_id: string;
  version: number;
  team_id: string;
  signed_by: string;
  signed_at: number;
  verdict: 'pass' | 'fail';
  /** JSON of the Report (without acknowledgedAt); never updated once written. */
  body: string;
  acknowledged_at: number | null;
}

export interface ExamDisputeTable {
  id: string;
  attempt_id: string;
  team_id: string;
  trainee_id: string;
  version: number;
  part: number;
  turn: number;
  rule: string;
  reason: string;
  created_at: number;
  status: 'open' | 'accept' | 'partly' | 'reject';
  ruled_by: string | null;
  ruled_at: number | null;
  comment: string | null;
}

/** One row per team that replaced the starter 话术库 (0005-phrases). */
export interface TeamPhrasesTable {
  team_id: string;
  /** JSON list of { id, category, text }; the JSON null after a reset to the starter library. */
  body: string;
  version: number;
  updated_by: string;
  updated_at: number;
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
  exam_scenarios: ExamScenarioTable;
  exams: ExamTable;
  exam_trainees: ExamTraineeTable;
  exam_attempts: ExamAttemptTable;
  exam_focus: ExamFocusTable;
  exam_reviews: ExamReviewTable;
  exam_reports: ExamReportTable;
  exam_disputes: ExamDisputeTable;
  team_buyers: TeamBuyerTable;
  team_phrases: TeamPhrasesTable;
  live_messages: LiveMessageTable;
}

/**
 * A live session's messages (issue 13), numbered per session: `seq` for the staff, `tseq` for
 * the ones the trainee may hear (buyer lines, replies, the end; null for steers). `body` is the
 * staff's LiveMessage as JSON.
 */
export interface LiveMessageTable {
  attempt_id: string;
  seq: number;
  tseq: number | null;
  kind: 'buyer' | 'agent' | 'steer' | 'end';
  body: string;
  at: number;
}
