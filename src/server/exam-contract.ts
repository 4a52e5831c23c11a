// The exam routes' contract (issue 12), shared by the server and the browser: zod schemas
// only, no Node import. docs/team-server.md, section "Exams", is the prose. Same conventions as
// api-contract.ts: bearer device token on every route, times in ms since the epoch, errors as
// ErrorBody, another team's ids answer 404.
//
// Secrecy: every schema whose name starts with `Trainee` is what a trainee's browser may hold.
// Nothing in them carries the scenario (id, title, summary, tags, coaching, states, lines not
// spoken), the seed, the floor, moods, buyer states or scores — until the report is released.
import * as z from 'zod';
import { shopSchema } from '@/engine/scenario/schema';
import { IdSchema, LiveMessageSchema, MemberSchema, OutcomeSchema } from '@/server/api-contract';

const millis = z.number().int().min(0).max(8_640_000_000_000_000);
const ruleId = z.string().min(1).max(60).regex(/^[a-z0-9-]+$/);
const kebab = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/);

export const EXAM_LIMITS = {
  /** Buyers in one exam. */
  buyers: 10,
  /** Bytes of an uploaded scenario file. */
  scenarioBytes: 200_000,
  /** Characters of a comment, a summary, a reason. */
  comment: 2000,
  /** Focus events per report call. */
  focusEvents: 100,
  /** Review items per review. */
  reviewItems: 500,
} as const;

export const DEFAULT_PASS_MARK = 80;

/** active: being taken; submitted: the trainee finished every buyer; expired: the time limit ended it. */
export const AttemptStatusSchema = z.enum(['active', 'submitted', 'expired']);
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;


// ── Scenarios an exam may use ─────────────────────────────────────────────────────────────

/** A buyer's source: one of the app's scenarios/*.yaml, or a file the team uploaded. */
export const ScenarioRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), id: kebab }),
  z.object({ kind: z.literal('upload'), id: IdSchema }),
  /** One exact version of a buyer published to the team (issue 14; the id of that version). */
  z.object({ kind: z.literal('team'), id: IdSchema }),
]);
export type ScenarioRef = z.infer<typeof ScenarioRefSchema>;

/** What the composer lists (mentor, lead only). */
export const ExamScenarioSchema = z.object({
  ref: ScenarioRefSchema,
  scenarioId: z.string(),
  title: z.string(),
  summary: z.string(),
  variants: z.array(z.string()),
  /** SHA-256 hex of the YAML text. */
  hash: z.string(),
  uploadedAt: millis.nullable(),
  /** A team buyer's version number (ref kind 'team'). */
  version: z.number().int().optional(),
});
export type ExamScenario = z.infer<typeof ExamScenarioSchema>;
/** GET /api/exam-scenarios (mentor, lead) */
export const ExamScenarioListSchema = z.object({ scenarios: z.array(ExamScenarioSchema) });

/**
 * POST /api/exam-scenarios (mentor, lead): the YAML text; validated with the engine's loader.
 * 400 with `issues` (path = "line:column field", message Chinese) when it does not load.
 * → ExamScenarioSchema (201).
 */
export const ScenarioUploadSchema = z.object({
  file: z.string().trim().min(1).max(200),
  source: z.string().min(1).max(EXAM_LIMITS.scenarioBytes),
});
export type ScenarioUpload = z.infer<typeof ScenarioUploadSchema>;

// ── Composing an exam ─────────────────────────────────────────────────────────────────────

export const ExamBuyerSchema = z.object({
  ref: ScenarioRefSchema,
  /** A variant of the scenario's persona; omitted = the base persona. */
  variant: kebab.optional(),
  /** Every trainee meets the same buyer word for word. */
  seed: z.number().int().min(0).max(2_147_483_647),
});
export type ExamBuyer = z.infer<typeof ExamBuyerSchema>;

export const ReleaseSchema = z.enum(['immediate', 'after-sign']);

/** POST /api/exams (mentor: only trainees assigned to them; lead: any trainee) → ExamSchema (201). */
export const ExamCreateSchema = z.object({
  title: z.string().trim().min(1, '请填写考试名称').max(80),
  buyers: z.array(ExamBuyerSchema).min(1, '至少选一位买家').max(EXAM_LIMITS.buyers),
  passMark: z.number().int().min(0).max(100).default(DEFAULT_PASS_MARK),
  /** Minutes for the whole attempt, from its start; null = no limit. */
  timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
  traineeIds: z.array(IdSchema).min(1, '至少选一位学员').max(500),
  /** 'immediate': the trainee sees the automatic report when the attempt ends; 'after-sign': only the signed one. */
  release: ReleaseSchema.default('after-sign'),
});
export type ExamCreate = z.input<typeof ExamCreateSchema>;

/**
 * An attempt's latest signed report version, in brief: the verdict, the mentor's total, who
 * signed and when. Staff only (ExamSchema never goes to a trainee; their card is TraineeExamCardSchema).
 */
export const SignedBriefSchema = z.object({
  version: z.number().int(),
  verdict: z.enum(['pass', 'fail']),
  total: z.number(),
  by: z.object({ id: IdSchema, name: z.string() }),
  at: millis,
});
export type SignedBrief = z.infer<typeof SignedBriefSchema>;

/** One trainee's standing in an exam, for the mentor's and lead's lists. */
export const ExamTraineeSchema = z.object({
  memberId: IdSchema,
  name: z.string(),
  /** Attempts allowed: 1, or 2 after a grant. */
  allowed: z.number().int(),
  /** `signed`: the latest signed version; absent until one is signed. */
  attempts: z.array(z.object({ id: IdSchema, number: z.number().int(), status: AttemptStatusSchema, signed: SignedBriefSchema.optional() })),
  grant: z.object({ by: IdSchema, at: millis, reason: z.string() }).nullable(),
});
export type ExamTrainee = z.infer<typeof ExamTraineeSchema>;

/** GET /api/exams/:examId (mentor, lead). The mentor's and lead's view: the buyers in full. */
/** exam: composed for trainees to take; live: a live session (issue 13), one buyer played by its mentor. */
export const ExamKindSchema = z.enum(['exam', 'live']);
export type ExamKind = z.infer<typeof ExamKindSchema>;

export const ExamSchema = z.object({
  id: IdSchema,
  kind: ExamKindSchema,
  title: z.string(),
  buyers: z.array(ExamBuyerSchema.extend({ scenarioId: z.string(), scenarioTitle: z.string(), hash: z.string(), version: z.number().int().optional() })),
  passMark: z.number().int(),
  timeLimitMinutes: z.number().int().nullable(),
  release: ReleaseSchema,
  createdBy: IdSchema,
  createdAt: millis,
  trainees: z.array(ExamTraineeSchema),
});
export type Exam = z.infer<typeof ExamSchema>;

/** GET /api/exams (mentor, lead): the team's exams (a mentor: those with a trainee of theirs or made by them). */
export const ExamListSchema = z.object({ exams: z.array(ExamSchema) });

/** POST /api/exams/:examId/grants (mentor of that trainee, lead): one more attempt, with a reason. → ExamSchema */
export const GrantSchema = z.object({ traineeId: IdSchema, reason: z.string().trim().min(1, '请填写原因').max(EXAM_LIMITS.comment) });
export type Grant = z.infer<typeof GrantSchema>;

// ── Taking an exam (the trainee) ──────────────────────────────────────────────────────────

/** What the trainee's exam list shows: no buyer detail at all. GET /api/my/exams (trainee) */
export const TraineeExamCardSchema = z.object({
  id: IdSchema,
  kind: ExamKindSchema,
  title: z.string(),
  buyers: z.number().int(),
  timeLimitMinutes: z.number().int().nullable(),
  /** Attempts allowed and used; the current (or last) attempt's id and status. */
  allowed: z.number().int(),
  used: z.number().int(),
  attempt: z.object({ id: IdSchema, status: AttemptStatusSchema }).nullable(),
  /** A report the trainee may read now (released), its version; null otherwise. */
  reportVersion: z.number().int().nullable(),
});
export const TraineeExamListSchema = z.object({ exams: z.array(TraineeExamCardSchema) });
export type TraineeExamList = z.infer<typeof TraineeExamListSchema>;

/** A turn as the trainee sees it: who, what, server time. Nothing else. */
export const TraineeTurnSchema = z.object({ role: z.enum(['buyer', 'agent']), text: z.string(), at: millis });
export type TraineeTurn = z.infer<typeof TraineeTurnSchema>;

/** The shop facts panel: the scenario's shop without the floor price. */
export const ExamShopSchema = shopSchema.extend({ product: shopSchema.shape.product.omit({ floor: true }) });
export type ExamShop = z.infer<typeof ExamShopSchema>;

export const TraineePartSchema = z.object({
  index: z.number().int(),
  /** pending: not reached yet (no facts, no lines); active: in progress; done: over. */
  status: z.enum(['pending', 'active', 'done']),
  turns: z.array(TraineeTurnSchema),
  /** Facts for the active and done parts; null for pending ones. */
  shop: ExamShopSchema.nullable(),
  /** Server time at which the waiting buyer speaks again if no reply comes; null when she does not wait. */
  waitsUntil: millis.nullable(),
});

/**
 * The trainee's attempt. POST /api/exams/:examId/attempt (trainee) starts one — or, when one is
 * active, returns it (a reload resumes). GET /api/attempts/:attemptId (the trainee: this shape)
 * polls: timeouts and the time limit are applied on server time at every call.
 */
export const TraineeAttemptSchema = z.object({
  id: IdSchema,
  examId: IdSchema,
  title: z.string(),
  number: z.number().int(),
  status: AttemptStatusSchema,
  startedAt: millis,
  endedAt: millis.nullable(),
  /** Server time the attempt ends on its own (time limit); null = no limit. */
  deadline: millis.nullable(),
  /** The server's clock when answering: the browser shows countdowns against it. */
  now: millis,
  /** The part the trainee is in (index into parts); null when the attempt is over. */
  current: z.number().int().nullable(),
  parts: z.array(TraineePartSchema),
  /** A released report's version (GET …/report); null until released. */
  reportVersion: z.number().int().nullable(),
});
export type TraineeAttempt = z.infer<typeof TraineeAttemptSchema>;

/** POST /api/attempts/:attemptId/reply (the attempt's trainee) → TraineeAttemptSchema. 409 when the part or attempt is over. */
export const ReplySchema = z.object({ text: z.string().trim().min(1, '回复不能为空').max(4000) });
export type Reply = z.infer<typeof ReplySchema>;
// POST /api/attempts/:attemptId/end-part (the trainee: 结束对话) → TraineeAttemptSchema: ends the
// current buyer; after the last one the attempt is submitted and graded.

/** POST /api/attempts/:attemptId/focus (the trainee) → 204: the page lost/regained focus. Logged with server time, not scored. */
export const FocusReportSchema = z.object({
  events: z
    .array(z.object({ kind: z.enum(['hidden', 'visible', 'blur', 'focus']), clientAt: millis.optional() }))
    .min(1)
    .max(EXAM_LIMITS.focusEvents),
});
export type FocusReport = z.infer<typeof FocusReportSchema>;

// ── Grades, reviews and reports (mentor, lead; the trainee only after release) ─────────────

export const ItemKeySchema = z.object({ part: z.number().int().min(0), turn: z.number().int().min(0), rule: ruleId });
export type ItemKey = z.infer<typeof ItemKeySchema>;

/** One automatic finding: a violation score() raised. */
export const AutoItemSchema = ItemKeySchema.extend({ points: z.number(), evidence: z.string() });

export const PartGradeSchema = z.object({
  index: z.number().int(),
  outcome: OutcomeSchema.nullable(),
  tone: z.number(),
  compliance: z.number(),
  conversion: z.number(),
  total: z.number(),
  pointsDeducted: z.number(),
  passed: z.boolean(),
  blocker: z.boolean(),
  items: z.array(AutoItemSchema),
  scenarioHash: z.string(),
  scorerVersion: z.number().int(),
});

/** The automatic grade: score() per buyer; total = the parts' mean; passed = total ≥ pass mark and no blocker. */
export const GradeSchema = z.object({
  total: z.number(),
  passed: z.boolean(),
  passMark: z.number().int(),
  parts: z.array(PartGradeSchema),
  gradedAt: millis,
});
export type Grade = z.infer<typeof GradeSchema>;

/**
 * A reviewer's decision on one item: agree (keep it), remove (the flag was wrong), points (keep
 * it at other points, 0..the rule's catalog points), add (a flag the scorer missed, from the
 * catalog). `comment` is tied to the item's turn.
 */
export const ReviewItemSchema = ItemKeySchema.extend({
  action: z.enum(['agree', 'remove', 'points', 'add']),
  points: z.number().min(0).max(100).optional(),
  comment: z.string().max(EXAM_LIMITS.comment).optional(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const TurnCommentSchema = z.object({ part: z.number().int().min(0), turn: z.number().int().min(0), text: z.string().trim().min(1).max(EXAM_LIMITS.comment) });

/** PUT /api/attempts/:attemptId/review (mentor, lead): the caller's own review draft → ReviewSchema. 409 once submitted. */
export const ReviewDraftSchema = z.object({
  items: z.array(ReviewItemSchema).max(EXAM_LIMITS.reviewItems),
  comments: z.array(TurnCommentSchema).max(EXAM_LIMITS.reviewItems).default([]),
});
export type ReviewDraft = z.input<typeof ReviewDraftSchema>;
// POST /api/attempts/:attemptId/review/submit → ReviewSchema: locks the caller's review
// (calibration: another reviewer's review is visible to them only once both submitted).

export const ReviewSchema = z.object({
  reviewerId: IdSchema,
  reviewerName: z.string(),
  status: z.enum(['draft', 'submitted']),
  items: z.array(ReviewItemSchema),
  comments: z.array(TurnCommentSchema),
  /** The mentor's total: the automatic grade with this review's items applied (the automatic one is kept beside it). */
  total: z.number(),
  updatedAt: millis,
  submittedAt: millis.nullable(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const FocusEventSchema = z.object({ kind: z.enum(['hidden', 'visible', 'blur', 'focus']), at: millis, part: z.number().int().nullable() });

/** A full turn for the mentor: the buyer's state and mood too. */
export const MentorTurnSchema = TraineeTurnSchema.extend({ state: z.string().optional(), mood: z.number().optional(), timedOut: z.boolean().optional() });

/**
 * GET /api/attempts/:attemptId as a mentor or lead: everything. `reviews` holds the caller's own
 * and — blind calibration — the others' only when the caller's is submitted and theirs is too
 * (a lead who has no review of their own sees every submitted one).
 */
export const MentorAttemptSchema = z.object({
  id: IdSchema,
  examId: IdSchema,
  trainee: MemberSchema,
  number: z.number().int(),
  status: AttemptStatusSchema,
  startedAt: millis,
  endedAt: millis.nullable(),
  parts: z.array(z.object({ index: z.number().int(), scenarioId: z.string(), variant: z.string().nullable(), turns: z.array(MentorTurnSchema) })),
  focus: z.array(FocusEventSchema),
  grade: GradeSchema.nullable(),
  /** A live session (issue 13): its messages, steers included, for the review and the replay. */
  live: z.object({ messages: z.array(LiveMessageSchema) }).optional(),
  reviews: z.array(ReviewSchema),
  /** Reviews by others that are hidden from the caller for now (calibration). */
  hiddenReviews: z.number().int(),
  versions: z.array(z.object({ version: z.number().int(), signedBy: IdSchema, signedByName: z.string().optional(), signedAt: millis, verdict: z.enum(['pass', 'fail']) })),
});
export type MentorAttempt = z.infer<typeof MentorAttemptSchema>;

/** POST /api/attempts/:attemptId/sign (mentor, lead): from the caller's review (draft or submitted) → ReportSchema (a new locked version). */
export const SignSchema = z.object({
  verdict: z.enum(['pass', 'fail']),
  summary: z.string().trim().min(1, '请写一句总结').max(EXAM_LIMITS.comment),
});
export type Sign = z.infer<typeof SignSchema>;

/** One item of a signed report: the automatic points beside the mentor's. */
export const ReportItemSchema = ItemKeySchema.extend({
  autoPoints: z.number().nullable(),
  points: z.number(),
  action: z.enum(['agree', 'remove', 'points', 'add']),
  comment: z.string().nullable(),
});

/**
 * A signed report version, locked. GET /api/attempts/:attemptId/report[?version=n] (mentor, lead;
 * the trainee when released) → the latest (or that) version; GET …/export.json → ExportSchema.
 */
export const ReportSchema = z.object({
  attemptId: IdSchema,
  examId: IdSchema,
  version: z.number().int(),
  signedBy: z.object({ id: IdSchema, name: z.string() }),
  signedAt: millis,
  verdict: z.enum(['pass', 'fail']),
  summary: z.string(),
  automatic: GradeSchema,
  mentorTotal: z.number(),
  items: z.array(ReportItemSchema),
  comments: z.array(TurnCommentSchema),
  /** The transcript (server times) the report is about. */
  parts: z.array(z.object({ index: z.number().int(), turns: z.array(TraineeTurnSchema) })),
  /** Set when this version was signed because of disputes (their ids). */
  resolves: z.array(IdSchema),
  acknowledgedAt: millis.nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

// ── Disputes ──────────────────────────────────────────────────────────────────────────────

/** POST /api/attempts/:attemptId/acknowledge (the trainee, released report) `{version}` → 204. */
export const AcknowledgeSchema = z.object({ version: z.number().int().min(1) });

/** POST /api/attempts/:attemptId/disputes (the trainee, released report) → DisputeListSchema. One open dispute per item. */
export const DisputeCreateSchema = z.object({
  version: z.number().int().min(1),
  items: z.array(ItemKeySchema.extend({ reason: z.string().trim().min(1, '请写明理由').max(EXAM_LIMITS.comment) })).min(1).max(50),
});
export type DisputeCreate = z.infer<typeof DisputeCreateSchema>;

export const DisputeSchema = ItemKeySchema.extend({
  id: IdSchema,
  attemptId: IdSchema,
  version: z.number().int(),
  reason: z.string(),
  createdAt: millis,
  status: z.enum(['open', 'accept', 'partly', 'reject']),
  ruling: z.object({ by: IdSchema, byName: z.string(), at: millis, comment: z.string() }).nullable(),
});
export type Dispute = z.infer<typeof DisputeSchema>;
/** GET /api/attempts/:attemptId/disputes (the trainee: own; mentor, lead) */
export const DisputeListSchema = z.object({ disputes: z.array(DisputeSchema) });

/**
 * POST /api/disputes/:disputeId/ruling (the trainee's mentor, lead) → DisputeSchema. Recorded
 * only: the result changes through a new signed version (POST …/sign), which lists the
 * disputes it resolves.
 */
export const RulingSchema = z.object({
  decision: z.enum(['accept', 'partly', 'reject']),
  comment: z.string().trim().min(1, '请写明裁定理由').max(EXAM_LIMITS.comment),
});
export type Ruling = z.infer<typeof RulingSchema>;

/** GET /api/attempts/:attemptId/export.json (mentor, lead; the trainee when released): every version and the disputes. */
export const ExportSchema = z.object({
  exportedAt: millis,
  exam: z.object({ id: IdSchema, title: z.string(), passMark: z.number().int() }),
  trainee: z.object({ id: IdSchema, name: z.string() }),
  versions: z.array(ReportSchema),
  disputes: z.array(DisputeSchema),
});

// ── The lead's views ──────────────────────────────────────────────────────────────────────

/** GET /api/attempts/:attemptId/calibration (lead; a reviewer once both submitted): two or more submitted reviews side by side. */
export const CalibrationSchema = z.object({
  reviewers: z.array(z.object({ id: IdSchema, name: z.string(), total: z.number() })),
  /** Per rule: each reviewer's points on it (same order as reviewers) and the items where they differ. */
  rules: z.array(
    z.object({
      rule: ruleId,
      points: z.array(z.number()),
      differs: z.boolean(),
      items: z.array(ItemKeySchema.extend({ points: z.array(z.number().nullable()) })),
    }),
  ),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

const share = z.object({ rulings: z.number().int(), accepted: z.number().int(), partly: z.number().int(), share: z.number().nullable() });

/** GET /api/team/disputes (lead): open disputes, and the share accepted (accept + partly) per mentor and per rule. */
export const DisputeOverviewSchema = z.object({
  open: z.array(DisputeSchema.extend({ traineeId: IdSchema, traineeName: z.string(), examTitle: z.string() })),
  byMentor: z.array(share.extend({ mentorId: IdSchema, name: z.string() })),
  byRule: z.array(share.extend({ rule: ruleId })),
});
export type DisputeOverview = z.infer<typeof DisputeOverviewSchema>;

// ── WebSocket ─────────────────────────────────────────────────────────────────────────────
// Exam changes arrive on the existing rooms as the ServerEvent `{type:'exam', examId,
// attemptId?, change}` (api-contract.ts): the trainee's member room (and so their mentors) and
// the team room (the lead). Refetch what is on screen.
