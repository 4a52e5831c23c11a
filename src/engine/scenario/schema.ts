// The scenario file format, version 1. A scenario is pure data: a closed vocabulary of
// conditions and effects, no code and no expressions. The JSON Schema that trainers'
// editors use is generated from this same schema (scripts/write-schema.ts).
import * as z from 'zod';
import { CATEGORIES, OUTCOME_KINDS, TOPICS } from '@/engine/vocabulary';
import { buyerFactsSchema, shopSchema } from '@/engine/scenario/shop-schema';
import { id } from '@/engine/scenario/id';
import { conditionShape } from '@/engine/buyer/conditions';
import { HURTS, type Hurt } from '@/engine/buyer/hurt';

export { shopSchema, type Shop } from '@/engine/scenario/shop-schema';

export const FORMAT_VERSION = 1;

const text = z.string().trim().min(1);
/** Several ways the buyer can say the same thing; one is picked by the seeded random source. */
const lines = z.array(text).min(1);
const mood = z.number().int().min(0).max(100);

/**
 * When a transition applies. Every key present must hold (AND); a transition with no
 * `when` always applies. Each key is one record of the condition table (buyer/conditions.ts).
 */
export const conditionSchema = z
  .strictObject(conditionShape())
  .refine((c) => Object.keys(c).length > 0, 'empty condition: leave `when` out instead');
export type Condition = z.infer<typeof conditionSchema>;

/** One way out of a state, chosen by what the trainee's reply did. First match wins. */
export const transitionSchema = z.strictObject({
  when: conditionSchema.optional(),
  /** Change of mood, -100..100 (the result is clamped to 0..100). */
  mood: z.number().int().min(-100).max(100).optional(),
  /** Facts to remember for later conditions (`remembered`). */
  remember: z.array(id).min(1).optional(),
  forget: z.array(id).min(1).optional(),
  /** What the buyer says; without it the target state's lines are said. Required when `goto` is absent. */
  say: lines.optional(),
  /** The next state; absent means stay in this state. */
  goto: id.optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

/** When no transition matched: the buyer re-asks in other words, and gives up after `tries`. */
export const fallbackSchema = z.strictObject({
  lines,
  mood: z.number().int().min(-100).max(0).optional(),
  /** How many missed replies in this state before giving up; default: the persona's patience. */
  tries: z.number().int().min(1).optional(),
  /** Where the buyer goes when patience runs out. */
  giveUp: id,
});
export type Fallback = z.infer<typeof fallbackSchema>;

/** A buyer left waiting: after `after` seconds she nudges; after `nudges` nudges she goes to `leave`. */
export const timeoutSchema = z.strictObject({
  after: z.number().int().min(5),
  lines,
  nudges: z.number().int().min(0).default(1),
  mood: z.number().int().min(-100).max(0).optional(),
  leave: id,
});
export type Timeout = z.infer<typeof timeoutSchema>;

export const stateSchema = z.strictObject({
  /** What the buyer says on entering the state. */
  lines,
  /** What a good agent does at this point: shown in the trainee's report. */
  coaching: text.optional(),
  /** Makes the state terminal: how the conversation ended. */
  outcome: z.enum(OUTCOME_KINDS).optional(),
  /** The buyer is upset here: the scorer expects empathy first. */
  upset: z.boolean().optional(),
  /** What the buyer asks here: a reply is read as the answer to it ("可以的" after an invoice question). */
  asks: z.array(z.enum(TOPICS)).min(1).optional(),
  /**
   * What she says on arriving here instead of `lines` when the reply that brought her already
   * answered everything she `asks` here: she does not ask again what she was just told.
   */
  answered: lines.optional(),
  on: z.array(transitionSchema).optional(),
  /** Overrides the scenario's default fallback. */
  fallback: fallbackSchema.optional(),
  /** Overrides the scenario's default timeout; `false` turns it off in this state. */
  timeout: z.union([timeoutSchema, z.literal(false)]).optional(),
  /** The kind of after-sales case the buyer has here: decides who pays the return postage. */
  afterSale: z.enum(['quality', 'no-reason']).optional(),
});
export type State = z.infer<typeof stateSchema>;

/**
 * What the buyer says to a reply that hurt her (buyer/hurt.ts: blamed, violation, cold) where no
 * transition of her state answers it: in her own words instead of asking her question again.
 */
export const reactionsSchema = z.strictObject(
  Object.fromEntries(HURTS.map((h) => [h, lines.optional()])) as Record<Hurt, z.ZodOptional<typeof lines>>,
);
export type Reactions = z.infer<typeof reactionsSchema>;

export const variantSchema = z.strictObject({
  /** Label shown to the trainee, e.g. 好说话 / 一般 / 难缠. */
  label: text.optional(),
  mood: mood.optional(),
  patience: z.number().int().min(1).max(10).optional(),
  /** Overrides the shop's floor price for this variant. */
  floor: z.number().positive().optional(),
  /** Overrides the price the buyer hopes for. */
  target: z.number().positive().optional(),
  /** Overrides the timeout wait, seconds. */
  timeoutAfter: z.number().int().min(5).optional(),
  /** Replaces the lines of the named states. */
  lines: z.record(id, lines).optional(),
  /** Replaces the persona's reactions to the hurts it names. */
  reactions: reactionsSchema.optional(),
});
export type Variant = z.infer<typeof variantSchema>;

export const personaSchema = z.strictObject({
  name: text,
  /** One line on how this buyer talks and behaves. */
  style: text,
  mood,
  /** Missed replies tolerated in a state before the buyer gives up (fallback `tries` default). */
  patience: z.number().int().min(1).max(10),
  /** The price the buyer hopes to pay, yuan. */
  target: z.number().positive().optional(),
  /** What the buyer knows about herself: used by the `size` condition and shown in exams. */
  facts: buyerFactsSchema.optional(),
  /** What she says to a reply that blamed her, broke a platform rule or brushed her off (default: buyer/hurt.ts). */
  reactions: reactionsSchema.optional(),
  variants: z.record(id, variantSchema).optional(),
});
export type Persona = z.infer<typeof personaSchema>;

export const scenarioSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  id,
  title: text,
  summary: text,
  category: z.enum(CATEGORIES),
  difficulty: z.number().int().min(1).max(5),
  tags: z.array(text).default([]),
  shop: shopSchema,
  persona: personaSchema,
  /** The first state; the buyer opens the chat with its lines. */
  start: id,
  /** Default fallback for every non-terminal state without its own. */
  fallback: fallbackSchema,
  /** Default timeout for every non-terminal state without its own. */
  timeout: timeoutSchema.optional(),
  /** Where the chat goes when the trainee closes it before an outcome; default: the timeout's `leave`. */
  ended: id.optional(),
  states: z.record(id, stateSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;
