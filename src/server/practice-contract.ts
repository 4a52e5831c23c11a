// The practice routes' contract (issue 15), shared by the server and the browser: zod schemas
// only, no Node import; docs/team-server.md, section "话术库 and skills", is the prose. Same
// conventions as api-contract.ts: bearer device token, times in ms, errors as ErrorBody.
import * as z from 'zod';
import { PHRASE_CATEGORIES } from '@/engine/phrases/starter';
import { SKILLS } from '@/engine/skills/skill-ids';
import { IdSchema } from '@/server/api-contract';

/** Phrases in one team library, and the longest phrase (the reply box takes 500 characters). */
export const PHRASE_LIMITS = { phrases: 300, text: 500 } as const;

export const TeamPhraseSchema = z.object({
  id: IdSchema,
  category: z.enum(PHRASE_CATEGORIES),
  text: z.string().trim().min(1, '短语不能为空').max(PHRASE_LIMITS.text, `短语最多 ${PHRASE_LIMITS.text} 字`),
});
export type TeamPhrase = z.infer<typeof TeamPhraseSchema>;

/** PUT /api/team/phrases (lead or mentor): replaces the team's whole library. */
export const TeamPhrasesBodySchema = z.object({
  phrases: z
    .array(TeamPhraseSchema)
    .min(1, '话术库至少要有一条短语')
    .max(PHRASE_LIMITS.phrases, `话术库最多 ${PHRASE_LIMITS.phrases} 条`)
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, '短语 id 重复'),
});
export type TeamPhrasesBody = z.infer<typeof TeamPhrasesBodySchema>;

/** GET /api/team/phrases (every member): the team's library, or null while the team uses the starter one. */
export const TeamPhrasesSchema = z.object({
  library: z
    .object({
      phrases: z.array(TeamPhraseSchema),
      /** 1 for the first library, one more on each replacement. */
      version: z.number().int().min(1),
      updatedAt: z.number().int(),
      updatedBy: z.object({ id: IdSchema, name: z.string() }),
    })
    .nullable(),
});
export type TeamPhrases = z.infer<typeof TeamPhrasesSchema>;

const SkillFigureSchema = z.object({
  skill: z.enum(SKILLS),
  attempts: z.number().int().min(0),
  ok: z.number().int().min(0),
  rate: z.number().min(0).max(1).nullable(),
  recentRate: z.number().min(0).max(1).nullable(),
  lastAt: z.number().int().nullable(),
});

/** One graded chat's skills, for the per-trainee picture. */
const SkillSessionSchema = z.object({
  id: IdSchema,
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  variant: z.string(),
  at: z.number().int(),
  outcomes: z.array(z.object({ skill: z.enum(SKILLS), ok: z.boolean() })),
});

/** GET /api/team/skills[?memberId=] (lead, or a mentor for their trainees): the same skills the trainee sees. */
export const TeamSkillsSchema = z.object({
  /** Sessions graded per trainee: the latest ended ones. */
  perTrainee: z.number().int(),
  trainees: z.array(z.object({ memberId: IdSchema, sessions: z.number().int(), figures: z.array(SkillFigureSchema), history: z.array(SkillSessionSchema).optional() })),
  team: z.array(SkillFigureSchema),
});
export type TeamSkills = z.infer<typeof TeamSkillsSchema>;
