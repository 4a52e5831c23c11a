// The team buyers' contract (issue 14), shared by the server and the browser: zod only, no Node
// import. A trainer (mentor) or the lead publishes a buyer written in the studio; each publish
// is a new version with who and when and the file's SHA-256. Members of the team read them:
// trainees only those published for practice ('team'), never 'staff' ones (exam material).
// docs/team-server.md, section "Team buyers", is the prose.
import * as z from 'zod';
import { IdSchema } from '@/server/api-contract';
import { EXAM_LIMITS } from '@/server/exam-contract';

const millis = z.number().int().min(0).max(8_640_000_000_000_000);

/** 'team': every member may practise her; 'staff': mentors and the lead only (for exams). */
export const AudienceSchema = z.enum(['team', 'staff']);
export type Audience = z.infer<typeof AudienceSchema>;

/** POST /api/team-buyers (mentor, lead) → TeamBuyerSchema: 201 a new version, 200 when the latest one is this very text and audience. */
export const TeamBuyerPublishSchema = z.object({
  file: z.string().trim().min(1).max(200),
  source: z.string().min(1).max(EXAM_LIMITS.scenarioBytes),
  audience: AudienceSchema.default('team'),
});
export type TeamBuyerPublish = z.input<typeof TeamBuyerPublishSchema>;

export const TeamBuyerVersionSchema = z.object({
  /** The id of this exact version (what an exam stores). */
  id: IdSchema,
  version: z.number().int().min(1),
  hash: z.string(),
  audience: AudienceSchema,
  publishedBy: IdSchema,
  publishedByName: z.string(),
  publishedAt: millis,
});
export type TeamBuyerVersion = z.infer<typeof TeamBuyerVersionSchema>;

/** One buyer: the text of her latest version the reader may see, and the versions they may see. */
export const TeamBuyerSchema = z.object({
  scenarioId: z.string(),
  title: z.string(),
  file: z.string(),
  source: z.string(),
  latest: TeamBuyerVersionSchema,
  versions: z.array(TeamBuyerVersionSchema),
});
export type TeamBuyer = z.infer<typeof TeamBuyerSchema>;

/** GET /api/team-buyers (any member of the team; a trainee gets 'team' versions only). */
export const TeamBuyerListSchema = z.object({ buyers: z.array(TeamBuyerSchema) });
export type TeamBuyerList = z.infer<typeof TeamBuyerListSchema>;
