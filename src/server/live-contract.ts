// The live session's contract (issue 13): a mentor plays the buyer, the trainee answers in the
// ordinary workbench. Zod schemas only, shared by the server and the browser; the room messages
// (LiveMessageSchema, live.* events) are in api-contract.ts; docs/team-server.md, section "Live
// sessions", is the prose. A live session is an exam attempt of one buyer (its exam has kind
// "live"), so review, sign-off and disputes (exam-contract.ts) take its id as `attemptId`.
//
// Secrecy as for exams: the `Trainee*` schemas are all a trainee may hold — the buyer's lines
// the mentor sent, the trainee's own replies, the shop facts without the floor — never the
// state, mood, suggestions, scenario text or scores.
import * as z from 'zod';
import { IdSchema, LIVE_SOURCES, LiveMessageSchema, OutcomeSchema } from '@/server/api-contract';
import { DEFAULT_PASS_MARK, ExamShopSchema, GradeSchema, ScenarioRefSchema } from '@/server/exam-contract';

const millis = z.number().int().min(0).max(8_640_000_000_000_000);
const kebab = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/);

export const LIVE_LIMITS = {
  /** Characters of one line (either side): the room's messages stay far below NOTIFY's 8000 bytes. */
  text: 1000,
} as const;

const lineText = z.string().trim().min(1, '内容不能为空').max(LIVE_LIMITS.text, `一句话最多 ${LIVE_LIMITS.text} 字`);

/** POST /api/live (mentor: a trainee assigned to them; lead: any trainee) → MentorLiveSchema (201). */
export const LiveOpenSchema = z.object({
  traineeId: IdSchema,
  ref: ScenarioRefSchema,
  variant: kebab.optional(),
  /** The seed of the machine's picks (suggestions); default: a random one. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  passMark: z.number().int().min(0).max(100).default(DEFAULT_PASS_MARK),
});
export type LiveOpen = z.input<typeof LiveOpenSchema>;

/** POST /api/live/:liveId/say (the mentor who opened it): a buyer line. → MentorLiveSchema */
export const LiveSaySchema = z.object({ text: lineText, source: z.enum(LIVE_SOURCES) });
export type LiveSay = z.infer<typeof LiveSaySchema>;

/** POST /api/live/:liveId/reply (the trainee): a reply. → TraineeLiveSchema */
export const LiveReplySchema = z.object({ text: lineText });

/**
 * POST /api/live/:liveId/steer (the mentor who opened it) → MentorLiveSchema. `state`: the buyer
 * moves to that state (one that does not end the chat) and goes on from there; `outcome`: the
 * session ends now with that outcome. Each steer is a message of the transcript.
 */
export const LiveSteerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), state: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('outcome'), outcome: OutcomeSchema }),
]);
export type LiveSteer = z.infer<typeof LiveSteerSchema>;
// POST /api/live/:liveId/end (the mentor who opened it) → MentorLiveSchema: ends with the
// machine's outcome (the one it reached, or the one it takes when the chat is ended).

export const LiveStatusSchema = z.enum(['active', 'ended']);

export const TraineeLiveMessageSchema = LiveMessageSchema.pick({ seq: true, kind: true, text: true, at: true });
export type TraineeLiveMessage = z.infer<typeof TraineeLiveMessageSchema>;

/** GET /api/live/:liveId as the trainee. `lastSeq`: the trainee's numbering (room messages use it). */
export const TraineeLiveSchema = z.object({
  id: IdSchema,
  status: LiveStatusSchema,
  mentorName: z.string(),
  startedAt: millis,
  endedAt: millis.nullable(),
  shop: ExamShopSchema,
  messages: z.array(TraineeLiveMessageSchema),
  lastSeq: z.number().int(),
  /** The signed report's version the trainee may read (after sign-off); null before. */
  reportVersion: z.number().int().nullable(),
});
export type TraineeLive = z.infer<typeof TraineeLiveSchema>;

/** GET /api/live/:liveId/messages?after=N (either side): the caller's messages after N, in order. */
export const LiveMessagesSchema = z.object({ messages: z.array(LiveMessageSchema), lastSeq: z.number().int() });

/** The buyer machine as the mentor's panel reads it. `context` is the engine's BuyerContext, `step` its Step. */
export const LiveMachineSchema = z.object({
  state: z.string(),
  context: z.record(z.string(), z.unknown()),
  outcome: OutcomeSchema.nullable(),
  /** She decided and the trainee's closing reply came: the mentor may end the session. */
  over: z.boolean(),
});

/** The reading of the trainee's last reply and the step the machine took for it (the studio's inspector shows both). */
export const LiveReadingSchema = z.object({
  turn: z.number().int(),
  text: z.string(),
  understanding: z.record(z.string(), z.unknown()),
  step: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()),
});

/** GET /api/live/:liveId as staff (and the answer of every mentor action). */
export const MentorLiveSchema = z.object({
  id: IdSchema,
  examId: IdSchema,
  status: LiveStatusSchema,
  /** driver: the mentor who opened it (plays the buyer, steers); watcher: read-only. */
  role: z.enum(['driver', 'watcher']),
  trainee: z.object({ id: IdSchema, name: z.string() }),
  mentor: z.object({ id: IdSchema, name: z.string() }),
  scenario: z.object({ scenarioId: z.string(), title: z.string(), file: z.string(), source: z.string(), hash: z.string(), variant: z.string().nullable(), seed: z.number().int() }),
  startedAt: millis,
  endedAt: millis.nullable(),
  messages: z.array(LiveMessageSchema),
  lastSeq: z.number().int(),
  machine: LiveMachineSchema,
  /** The lines the buyer could say now: the machine's pick first, then her state's other lines. */
  suggestions: z.array(z.string()),
  reading: LiveReadingSchema.nullable(),
  /** States the mentor may steer to (those that do not end the chat). */
  steerable: z.array(z.string()),
  grade: GradeSchema.nullable(),
});
export type MentorLive = z.infer<typeof MentorLiveSchema>;

export const LiveSummarySchema = z.object({
  id: IdSchema,
  status: LiveStatusSchema,
  trainee: z.object({ id: IdSchema, name: z.string() }),
  mentor: z.object({ id: IdSchema, name: z.string() }),
  scenarioTitle: z.string(),
  startedAt: millis,
  endedAt: millis.nullable(),
});
/** GET /api/live (mentor, lead): the live sessions of the trainees they may see, newest first. */
export const LiveListSchema = z.object({ sessions: z.array(LiveSummarySchema) });

/** GET /api/my/live (trainee): the open invitations — who waits to play a buyer with you. */
export const TraineeLiveListSchema = z.object({ sessions: z.array(z.object({ id: IdSchema, mentorName: z.string(), startedAt: millis })) });
export type TraineeLiveList = z.infer<typeof TraineeLiveListSchema>;
