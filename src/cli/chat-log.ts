// A real chat log for `grade`, validated once at the edge: JSON {"turns":[…],"context"?,"outcome"?,
// "lowestOffer"?}, a JSON array of turns, or JSON Lines of turns. A wrong file is reported by the
// field it names (turns[3].role: 应为 buyer 或 agent), never by a stack trace. The context's facts
// have the scenario's `shop:` shape (one schema, shop-schema.ts), every part optional.
import * as z from 'zod';
import { buyerFactsSchema, shopFactsSchema, sizesSchema, type ShopFacts } from '@/engine/scenario/shop-schema';
import type { Turn } from '@/engine/transcript';
import type { ReplyContext } from '@/engine/understanding-types';
import { OUTCOME_KINDS, type OutcomeKind } from '@/engine/vocabulary';
import { hasFacts } from '@/engine/knowledge/facts';

export class LogError extends Error {}

/**
 * Epoch numbers below this are seconds, at or above it milliseconds: 1e11 ms is March 1973 and
 * 1e11 s is the year 5138, so no real chat is read the wrong way.
 */
export const EPOCH_SECONDS_BELOW = 1e11;

const at = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const ms = typeof value === 'number' ? (Math.abs(value) < EPOCH_SECONDS_BELOW ? value * 1000 : value) : Date.parse(value);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    ctx.addIssue({ code: 'custom', message: '应为 ISO 时间（如 2026-03-01T10:00:00Z）、毫秒或秒级时间戳' });
    return z.NEVER;
  }
  return ms;
});

const turnSchema = z.object({
  role: z.enum(['buyer', 'agent']),
  text: z.string(),
  at: at.nullish(),
});

/** The facts of the shop (the scenario's `shop:` shape) plus short forms and what is known of the buyer. */
export const logContextSchema = shopFactsSchema().extend({
  /** Short for product.price / product.floor / shipping.freeShipping / shipping.dispatchHours. */
  price: z.number().positive().optional(),
  floor: z.number().positive().optional(),
  freeShipping: z.boolean().optional(),
  dispatchHours: z.number().int().positive().optional(),
  /** The size chart, or only the size labels the item comes in. */
  sizes: z.union([sizesSchema, z.array(z.string().trim().min(1))]).optional(),
  /** The buyer's height, weight, region (the size the chart gives her, arrival in her region). */
  buyer: buyerFactsSchema.optional(),
  /** The after-sales case, when the log's buyer words do not make it plain. */
  afterSale: z.enum(['quality', 'no-reason']).optional(),
});
export type LogContext = z.infer<typeof logContextSchema>;

const documentSchema = z.object({
  turns: z.array(turnSchema),
  context: logContextSchema.optional(),
  outcome: z.enum(OUTCOME_KINDS).nullish(),
  lowestOffer: z.number().positive().nullish(),
});

export interface ChatLog {
  turns: Turn[];
  context: ReplyContext;
  outcome: OutcomeKind | null;
  /** Undefined: the scorer takes the lowest price the agent's replies named. */
  lowestOffer?: number | null;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: ' true 或 false', array: '列表', object: '对象', tuple: '[最小, 最大] 两个数字',
};

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One zod issue in the CLI's words. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of its issues; its English message says what was received.
      return /received undefined/u.test(issue.message) ? '缺少这个字段' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => String(v)).join(' 或 ')}`;
    case 'invalid_union':
      return '格式不对（见 README 的 grade 说明）';
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string' ? '不能为空' : `应不小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `应不大于 ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function firstIssue(error: z.ZodError, prefix: string): LogError {
  const issue = error.issues[0]!;
  const where = pathOf(issue.path);
  return new LogError(`${prefix}${where ? `${where}: ` : ''}${describe(issue)}`);
}

const toTurn = (t: z.infer<typeof turnSchema>): Turn => (t.at === undefined || t.at === null ? { role: t.role, text: t.text } : { role: t.role, text: t.text, at: t.at });

/** The scorer's context: the shop facts for knowledge, and the short forms the rules read. */
export function replyContextOf(context: LogContext | undefined): ReplyContext {
  if (!context) return {};
  const { price, floor, freeShipping, dispatchHours, sizes, buyer, afterSale, ...shop } = context;
  // A short form fills its place in the shop's shape unless the long form says otherwise.
  const product = { ...(price !== undefined ? { price } : {}), ...(floor !== undefined ? { floor } : {}), ...shop.product };
  const shipping = {
    ...(freeShipping !== undefined ? { freeShipping } : {}),
    ...(dispatchHours !== undefined ? { dispatchHours } : {}),
    ...shop.shipping,
  };
  const facts: ShopFacts = { ...shop };
  if (Object.keys(product).length > 0) facts.product = product;
  if (Object.keys(shipping).length > 0) facts.shipping = shipping;
  if (sizes !== undefined && !Array.isArray(sizes)) facts.sizes = sizes;

  const ctx: ReplyContext = {};
  if (product.price !== undefined) ctx.price = product.price;
  if (product.floor !== undefined) ctx.floor = product.floor;
  if (shipping.freeShipping !== undefined) ctx.freeShipping = shipping.freeShipping;
  if (shipping.dispatchHours !== undefined) ctx.dispatchHours = shipping.dispatchHours;
  if (facts.cod !== undefined) ctx.cod = facts.cod;
  if (sizes !== undefined) ctx.sizes = Array.isArray(sizes) ? sizes : sizes.chart.map((row) => row.size);
  if (hasFacts(facts)) ctx.facts = facts;
  if (buyer) ctx.buyerFacts = buyer;
  if (afterSale) ctx.afterSale = afterSale;
  return ctx;
}

function parseLines(trimmed: string): ChatLog {
  const turns: Turn[] = [];
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new LogError(`第 ${i + 1} 行（line ${i + 1}）: 不是有效的 JSON`);
    }
    const turn = turnSchema.safeParse(value);
    if (!turn.success) throw firstIssue(turn.error, `第 ${i + 1} 行（line ${i + 1}） `);
    turns.push(toTurn(turn.data));
  });
  return { turns, context: {}, outcome: null };
}

export function parseChatLog(source: string): ChatLog {
  const trimmed = source.replace(/^\uFEFF/u, '').trim();
  if (trimmed === '') throw new LogError('文件是空的');
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    return parseLines(trimmed);
  }
  if (Array.isArray(whole)) {
    const turns = z.array(turnSchema).safeParse(whole);
    if (!turns.success) throw firstIssue(turns.error, 'turns');
    return { turns: turns.data.map(toTurn), context: {}, outcome: null };
  }
  if (whole === null || typeof whole !== 'object' || !('turns' in whole)) {
    // One JSON object on one line is a one-turn JSON Lines file.
    if (whole !== null && typeof whole === 'object' && 'role' in whole) return parseLines(trimmed);
    throw new LogError('应为 {"turns":[…]}、一个 turns 列表，或每行一个 turn 的 JSON Lines');
  }
  const doc = documentSchema.safeParse(whole);
  if (!doc.success) throw firstIssue(doc.error, '');
  const log: ChatLog = { turns: doc.data.turns.map(toTurn), context: replyContextOf(doc.data.context), outcome: doc.data.outcome ?? null };
  if (doc.data.lowestOffer !== undefined) log.lowestOffer = doc.data.lowestOffer;
  return log;
}
