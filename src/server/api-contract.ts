// The team server's HTTP and WebSocket contract, shared by the server (src/server) and the
// browser (sync outbox, join flow, the lead's screens). Zod schemas only: no Node import, so
// the browser bundle can import this file. docs/team-server.md explains the routes in prose.
//
// Every route below except health, join and PIN login needs `Authorization: Bearer <device token>`
// and answers 401 without a valid one. Times are milliseconds since the epoch (numbers).
import * as z from 'zod';

// ── Limits (the server enforces them; the client batches to stay inside them) ──────────────

export const LIMITS = {
  /** Largest request body the server reads, bytes (413 beyond). */
  bodyBytes: 1_000_000,
  /** Sessions per sync upload. */
  sessionsPerUpload: 50,
  /** Messages per session per upload (send the rest in the next upload). */
  messagesPerUpload: 500,
  /** Characters of one turn's text. */
  turnText: 4000,
  /** Bytes of a session's buyer snapshot, as JSON. */
  snapshotBytes: 64_000,
  /** Violations per session report. */
  violationsPerSession: 500,
  /** Sessions per download page. */
  downloadPage: 100,
} as const;

// ── Shared pieces ────────────────────────────────────────────────────────────────────────

export const ROLES = ['trainee', 'mentor', 'lead'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Client-made ids (sessions) and server-made ids (members, devices, invites). */
export const IdSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, 'id: letters, digits, _ . : - only');
const millis = z.number().int().min(0).max(8_640_000_000_000_000);
const ruleId = z.string().min(1).max(60).regex(/^[a-z0-9-]+$/);
const shortText = (max: number) => z.string().max(max);

/** A display name: what the lead's screens show for a person. */
export const NameSchema = z.string().trim().min(1, '请填写名字').max(40, '名字最多 40 个字');
/** The lead's PIN: 4 to 12 digits. */
export const PinSchema = z.string().regex(/^\d{4,12}$/, 'PIN 为 4–12 位数字');

export const ErrorCodeSchema = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every non-2xx answer. `message` is Chinese, for the user; `issues` name the bad fields. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    /** `code`: the checker's issue code, for a scenario file that does not pass `peilian check`. */
    issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
    /** rate_limited: seconds until another try is allowed. */
    retryAfter: z.number().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const TeamSchema = z.object({ id: IdSchema, name: z.string(), createdAt: millis });
export type Team = z.infer<typeof TeamSchema>;

export const MemberSchema = z.object({
  id: IdSchema,
  teamId: IdSchema,
  role: RoleSchema,
  name: z.string(),
  createdAt: millis,
});
export type Member = z.infer<typeof MemberSchema>;

// ── GET /api/health (no token) ─────────────────────────────────────────────────────────────

export const HealthSchema = z.object({
  ok: z.literal(true),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  /** Migrations applied (the schema version). */
  schema: z.number().int(),
  /** true until a lead has joined: the server printed the lead's link on its console. */
  setup: z.boolean(),
});
export type Health = z.infer<typeof HealthSchema>;

// ── Joining ───────────────────────────────────────────────────────────────────────────────
// A join link is `<base>/#/join/<code>`: the code stays in the hash, so it never reaches a
// server log or a Referer. The code is single use.

/** GET /api/join, `Authorization: Bearer <invite code>`: what the invite is, without using it. */
export const InvitePreviewSchema = z.object({
  team: z.object({ id: IdSchema, name: z.string() }),
  role: RoleSchema,
  /** Set when the invite re-joins an existing person (a trainee's second machine). */
  member: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** A lead invite asks for the team's PIN: to set it (first lead) or to confirm it. */
  pin: z.enum(['none', 'set', 'confirm']),
  expiresAt: millis,
});
export type InvitePreview = z.infer<typeof InvitePreviewSchema>;

/** POST /api/join, `Authorization: Bearer <invite code>`: uses the invite, makes a device token. */
export const JoinRequestSchema = z.object({
  /** Required unless the invite names an existing member. */
  name: NameSchema.optional(),
  /** Required for lead invites (see InvitePreview.pin). */
  pin: PinSchema.optional(),
  /** What the lead's device list shows, e.g. the browser: "Chrome · 前台电脑". */
  deviceLabel: shortText(80).optional(),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export const JoinResponseSchema = z.object({
  /** The device token: keep it (Dexie settings) and send it as `Authorization: Bearer …`. Shown once. */
  token: z.string(),
  deviceId: IdSchema,
  member: MemberSchema,
  team: TeamSchema,
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/** POST /api/auth/pin (no token): a lead's way back in on a new browser. Rate-limited. */
export const PinLoginRequestSchema = z.object({
  /** Required only when the server holds more than one team. */
  teamId: IdSchema.optional(),
  /** Which lead; optional when the team has one lead. */
  memberId: IdSchema.optional(),
  pin: PinSchema,
  deviceLabel: shortText(80).optional(),
});
export type PinLoginRequest = z.infer<typeof PinLoginRequestSchema>;
// → JoinResponseSchema

// ── Me and devices ────────────────────────────────────────────────────────────────────────

/** GET /api/me */
export const MeSchema = z.object({ member: MemberSchema, team: TeamSchema, deviceId: IdSchema });
export type Me = z.infer<typeof MeSchema>;
// POST /api/me/logout → 204: revokes this device's token.

export const DeviceSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  label: z.string(),
  createdAt: millis,
  lastSeenAt: millis,
  revokedAt: millis.nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;
/** GET /api/members/:memberId/devices (lead, or the member themself) */
export const DeviceListSchema = z.object({ devices: z.array(DeviceSchema) });
// POST /api/devices/:deviceId/revoke → 204 (lead, or the device's own member)

// ── Invites ───────────────────────────────────────────────────────────────────────────────

/**
 * POST /api/invites. The lead invites any role; anyone may invite themself onto another
 * machine (`memberId` = own id, role ignored). A lead invite is made only by a lead.
 */
export const InviteRequestSchema = z.object({
  role: RoleSchema,
  memberId: IdSchema.optional(),
  /** Hours the link stays valid (default 72, at most 720). */
  hours: z.number().int().min(1).max(720).optional(),
  /** Where the link points, e.g. `http://192.168.1.20:8787`; default the request's own origin. */
  base: z.url().optional(),
});
export type InviteRequest = z.infer<typeof InviteRequestSchema>;

export const InviteSchema = z.object({
  id: IdSchema,
  role: RoleSchema,
  memberId: IdSchema.nullable(),
  createdAt: millis,
  expiresAt: millis,
  usedAt: millis.nullable(),
});
export type Invite = z.infer<typeof InviteSchema>;

/** The code and link are shown once, here; the server keeps only their hash. */
export const InviteCreatedSchema = InviteSchema.extend({ code: z.string(), url: z.string() });
export type InviteCreated = z.infer<typeof InviteCreatedSchema>;
/** GET /api/invites (lead): unused, unexpired invites. DELETE /api/invites/:id → 204. */
export const InviteListSchema = z.object({ invites: z.array(InviteSchema) });

// ── Sync (trainee's own sessions) ─────────────────────────────────────────────────────────

/** One turn, as src/engine/transcript.ts's Turn (the understanding is not sent: it is recomputed). */
export const TurnSchema = z.object({
  role: z.enum(['buyer', 'agent']),
  text: z.string().max(LIMITS.turnText),
  at: millis.optional(),
  state: shortText(200).optional(),
  mood: z.number().finite().optional(),
  upset: z.boolean().optional(),
});
export type SyncTurn = z.infer<typeof TurnSchema>;

export const SessionStatusSchema = z.enum(['active', 'ended']);
export const OutcomeSchema = z.enum(['sale', 'no-sale', 'resolved', 'dispute', 'bad-review']);

export const ScoresSchema = z.object({
  tone: z.number().finite(),
  compliance: z.number().finite(),
  conversion: z.number().finite(),
  knowledge: z.number().finite().optional(),
  total: z.number().finite(),
  passed: z.boolean(),
  pointsDeducted: z.number().finite(),
});
export type SyncScores = z.infer<typeof ScoresSchema>;

export const ViolationSchema = z.object({ rule: ruleId, turn: z.number().int().min(0), points: z.number().finite() });
export type SyncViolation = z.infer<typeof ViolationSchema>;

/** What lists show: a session without its turns. */
export const SessionMetaSchema = z.object({
  id: IdSchema,
  scenarioId: shortText(100),
  scenarioTitle: shortText(200),
  variant: shortText(100),
  seed: z.number().int(),
  startedAt: millis,
  updatedAt: millis,
  status: SessionStatusSchema,
  outcome: OutcomeSchema.nullable(),
  /** The scenario file's content hash and the scorer's version: old results are never re-read under new rules. */
  scenarioHash: shortText(128).optional(),
  scorerVersion: shortText(64).optional(),
  /** Ended sessions: the report's scores and violations. */
  scores: ScoresSchema.optional(),
  violations: z.array(ViolationSchema).max(LIMITS.violationsPerSession).optional(),
});
export type SessionMeta = z.infer<typeof SessionMetaSchema>;

/**
 * One session in an upload: the meta, and the messages from index `from` on (the outbox sends
 * what the server has not acknowledged). Idempotent: a message index the server already holds
 * is kept as it is (re-sending never duplicates), new indexes extend the session, and a
 * shorter upload never truncates. Meta with an older `updatedAt` than the server's is ignored;
 * an ended session never goes back to active. `from` may not leave a gap after the server's
 * count (409 with the count the server holds).
 */
export const SyncSessionSchema = SessionMetaSchema.extend({
  from: z.number().int().min(0),
  messages: z.array(TurnSchema).max(LIMITS.messagesPerUpload),
  /** The buyer actor's persisted snapshot after the last message (to resume on another machine). */
  snapshot: z.unknown().optional(),
});
export type SyncSession = z.infer<typeof SyncSessionSchema>;

/** PUT /api/sync/sessions (any role: one's own sessions) */
export const SyncUploadSchema = z.object({ sessions: z.array(SyncSessionSchema).min(1).max(LIMITS.sessionsPerUpload) });
export type SyncUpload = z.infer<typeof SyncUploadSchema>;

export const SyncAckSchema = z.object({
  id: IdSchema,
  /** Messages the server now holds for this session (0..messageCount-1, no gaps): the outbox's acknowledged prefix. */
  messageCount: z.number().int(),
  /** 'gap' when `from` was past messageCount: resend from messageCount. */
  status: z.enum(['ok', 'gap']),
});
export const SyncUploadResponseSchema = z.object({ acks: z.array(SyncAckSchema) });
export type SyncUploadResponse = z.infer<typeof SyncUploadResponseSchema>;

/** A whole session as downloaded: meta, all messages, the snapshot. */
export const SessionFullSchema = SessionMetaSchema.extend({
  messages: z.array(TurnSchema),
  snapshot: z.unknown().nullable(),
});
export type SessionFull = z.infer<typeof SessionFullSchema>;

/**
 * GET /api/sync/sessions?after=<cursor>&limit=<n>: one's own history for another machine,
 * oldest change first. Pass `next` back as `after` until it is null.
 */
export const SyncDownloadQuerySchema = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.downloadPage).optional(),
});
export const SyncDownloadSchema = z.object({ sessions: z.array(SessionFullSchema), next: z.string().nullable() });
export type SyncDownload = z.infer<typeof SyncDownloadSchema>;

// ── The lead's (and mentors') queries ───────────────────────────────────────────────────────
// A lead sees the whole team; a mentor sees the trainees assigned to them (and themself); a
// trainee gets 403. Another team's ids answer 404, never their data.

export const TraineeSummarySchema = z.object({
  member: MemberSchema,
  /** Sessions started, and ended ones. */
  sessions: z.number().int(),
  ended: z.number().int(),
  /** Ended sessions with scores that passed / ended sessions with scores; null when none. */
  passRate: z.number().nullable(),
  averageTotal: z.number().nullable(),
  lastActivity: millis.nullable(),
  /** Mentors assigned to this trainee. */
  mentorIds: z.array(IdSchema),
});
export type TraineeSummary = z.infer<typeof TraineeSummarySchema>;

/** GET /api/team (lead, mentor): the team and its people with their practice figures. */
export const TeamOverviewSchema = z.object({
  team: TeamSchema,
  members: z.array(TraineeSummarySchema),
});
export type TeamOverview = z.infer<typeof TeamOverviewSchema>;

/** GET /api/members/:memberId/sessions?limit&before (lead, assigned mentor, the member themself) */
export const SessionListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** startedAt of the last row of the previous page. */
  before: z.coerce.number().int().optional(),
});
export const SessionListSchema = z.object({ sessions: z.array(SessionMetaSchema.extend({ messageCount: z.number().int() })) });
export type SessionList = z.infer<typeof SessionListSchema>;
// GET /api/members/:memberId/sessions/:sessionId → SessionFullSchema (the report is re-rendered
// in the browser from messages, scores and violations).

export const RuleCountSchema = z.object({
  rule: ruleId,
  /** Times the rule was broken, in how many sessions, and the points it cost. */
  count: z.number().int(),
  sessions: z.number().int(),
  points: z.number(),
});
/** GET /api/team/rules?limit=5&since=<ms> (lead, mentor): the rules each trainee breaks most. */
export const RuleReportSchema = z.object({
  trainees: z.array(z.object({ memberId: IdSchema, rules: z.array(RuleCountSchema) })),
  /** The whole team (or a mentor's trainees) together. */
  team: z.array(RuleCountSchema),
});
export type RuleReport = z.infer<typeof RuleReportSchema>;

/** GET /api/team/trends?bucket=day|week&since=<ms>&memberId=<id>&tzOffset=480 (lead, mentor). */
export const TrendQuerySchema = z.object({
  bucket: z.enum(['day', 'week']).optional(),
  since: z.coerce.number().int().optional(),
  memberId: IdSchema.optional(),
  /** The viewer's time zone, minutes east of UTC (China: 480), for where a day starts. Default 0. */
  tzOffset: z.coerce.number().int().min(-840).max(840).optional(),
});
export const TrendPointSchema = z.object({
  /** Start of the bucket (midnight at tzOffset; weeks start on Monday). */
  start: millis,
  sessions: z.number().int(),
  ended: z.number().int(),
  passRate: z.number().nullable(),
  averageTotal: z.number().nullable(),
});
export const TrendSchema = z.object({ bucket: z.enum(['day', 'week']), points: z.array(TrendPointSchema) });
export type Trend = z.infer<typeof TrendSchema>;

/**
 * GET /api/team/export.csv (lead, mentor): one row per session, UTF-8 with BOM (Excel), header:
 * trainee,trainee_id,session_id,scenario_id,scenario_title,variant,started_at,updated_at,status,
 * outcome,messages,total,tone,compliance,conversion,passed,points_deducted,violations
 */
export const CSV_COLUMNS = [
  'trainee',
  'trainee_id',
  'session_id',
  'scenario_id',
  'scenario_title',
  'variant',
  'started_at',
  'updated_at',
  'status',
  'outcome',
  'messages',
  'total',
  'tone',
  'compliance',
  'conversion',
  'passed',
  'points_deducted',
  'violations',
] as const;

// ── People (lead) ───────────────────────────────────────────────────────────────────────────

/** GET /api/members (lead: everyone; mentor: self and assigned trainees) */
export const MemberListSchema = z.object({ members: z.array(MemberSchema) });
/** PATCH /api/members/:memberId (lead; a member may rename themself) → MemberSchema */
export const MemberPatchSchema = z.object({ name: NameSchema.optional(), role: RoleSchema.optional() });
export type MemberPatch = z.infer<typeof MemberPatchSchema>;
// DELETE /api/members/:memberId (lead) → 204: removes the person from the team and revokes
// their devices; their sessions stay for the record.

/** GET /api/mentors/:mentorId/trainees (lead, the mentor) and PUT (lead) with the same body → same. */
export const AssignmentSchema = z.object({ traineeIds: z.array(IdSchema).max(1000) });
export type Assignment = z.infer<typeof AssignmentSchema>;

// ── Live sessions' room messages (issue 13) ─────────────────────────────────────────────
// One schema for both sides: the staff get every field, the trainee's room only seq, kind,
// text and at of the buyer's lines, the trainee's own replies and the end (their own numbering,
// so no gap tells that a steer happened).

export const LIVE_SOURCES = ['suggested', 'edited', 'own'] as const;
export const LiveMessageSchema = z.object({
  seq: z.number().int().min(1),
  kind: z.enum(['buyer', 'agent', 'steer', 'end']),
  text: z.string().max(LIMITS.turnText),
  at: millis,
  /** Staff only: who sent it (the mentor for buyer lines and steers). */
  by: IdSchema.optional(),
  /** Staff only, buyer lines: a suggestion sent as it was, edited, or the mentor's own words. */
  source: z.enum(LIVE_SOURCES).optional(),
  /** Staff only: the index of the transcript turn it made (buyer, agent), or that comes next (steer, end). */
  turn: z.number().int().min(0).optional(),
  /** Staff only, steers: where the buyer was moved, or the outcome the session was ended with. */
  steer: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('state'), from: z.string(), to: z.string() }),
      z.object({ kind: z.literal('outcome'), outcome: OutcomeSchema }),
    ])
    .optional(),
  /** Staff only, the end: the outcome the session ended with. */
  outcome: OutcomeSchema.nullable().optional(),
});
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

// ── WebSocket rooms: GET /api/ws ──────────────────────────────────────────────────────────
// Browsers cannot set headers on a WebSocket: the token rides as a subprotocol,
// `new WebSocket(url, ['peilian.v1', 'bearer.' + token])`; no valid token → HTTP 401 before
// the upgrade. The server answers with subprotocol `peilian.v1`. A lead is in the team's room,
// a mentor hears events about their trainees, everyone hears their own.

export const WS_PROTOCOL = 'peilian.v1';
export const WS_BEARER_PREFIX = 'bearer.';

export const ServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), memberId: IdSchema, rooms: z.array(z.string()) }),
  /** A session was uploaded or changed: refetch what is on screen. */
  z.object({
    type: z.literal('session'),
    memberId: IdSchema,
    sessionId: IdSchema,
    status: SessionStatusSchema,
    messageCount: z.number().int(),
    updatedAt: millis,
  }),
  /** People, devices or assignments changed. */
  z.object({ type: z.literal('team'), change: z.enum(['member', 'device', 'assignment', 'invite']) }),
  /** The team's 话术库 was replaced (every member hears it, in their own room): pull it. */
  z.object({ type: z.literal('phrases'), version: z.number().int().min(0) }),
  /** This device's token was revoked: forget it. */
  z.object({ type: z.literal('revoked') }),
  z.object({ type: z.literal('pong'), at: millis }),
  /** An exam, attempt, review, report or dispute changed (issue 12): refetch. */
  z.object({
    type: z.literal('exam'),
    examId: IdSchema,
    attemptId: IdSchema.optional(),
    change: z.enum(['exam', 'attempt', 'review', 'report', 'dispute']),
  }),
  /** A buyer was published to the team (issue 14): pull the team's buyers again. */
  z.object({ type: z.literal('buyers'), scenarioId: z.string() }),
  // Live sessions (issue 13): src/server/live-contract.ts has the routes.
  /** A live session was opened or ended (the trainee's invitation, the staff's lists): refetch. */
  z.object({ type: z.literal('live'), liveId: IdSchema, change: z.enum(['open', 'end']) }),
  /** One message of a live session's room, numbered: the trainee's room gets the TraineeLiveMessage fields only. */
  z.object({ type: z.literal('live.message'), liveId: IdSchema, message: LiveMessageSchema }),
  /** The other side is typing: `buyer` = the mentor, `agent` = the trainee. */
  z.object({ type: z.literal('live.typing'), liveId: IdSchema, side: z.enum(['buyer', 'agent']), typing: z.boolean() }),
  /** The answer to live.join, after the missed messages: the last number sent and the caller's side. */
  z.object({ type: z.literal('live.joined'), liveId: IdSchema, lastSeq: z.number().int(), side: z.enum(['trainee', 'driver', 'watcher']) }),
  /** live.join refused (no such session for the caller): said once, the socket stays open. */
  z.object({ type: z.literal('live.refused'), liveId: IdSchema }),
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;

export const ClientEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Enter a live session's room (issue 13) and get every message after `after` (0 = all); on each reconnect again. */
  z.object({ type: z.literal('live.join'), liveId: IdSchema, after: z.number().int().min(0) }),
  /** The sender is typing (true) or stopped (false) in a live session it has joined. */
  z.object({ type: z.literal('live.typing'), liveId: IdSchema, typing: z.boolean() }),
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;

/** Room names: room ids are part of the contract so exams (issue 12) add `exam:<id>` beside them. */
export const rooms = {
  team: (teamId: string) => `team:${teamId}`,
  member: (memberId: string) => `member:${memberId}`,
  device: (deviceId: string) => `device:${deviceId}`,
  /** A live session's room: `staff` (the mentor who plays the buyer, watchers) or `trainee`. */
  live: (liveId: string, side: 'staff' | 'trainee') => `live:${liveId}:${side}`,
} as const;

/** The join link for a code: the code after the hash (never sent to a server). */
export function joinUrl(base: string, code: string): string {
  return `${base.replace(/\/+$/, '')}/#/join/${encodeURIComponent(code)}`;
}
