// The closed vocabulary of buyer conditions, one record per key of a transition's `when`: its
// schema, how it is evaluated, what the checker's traversal needs of it, and its line in the
// trainer's guide. The schema (scenario/schema.ts), the compiled guards (compile.ts), the
// checker's synthesized replies (synthesize.ts) and traversal keys (paths.ts) are all derived
// from this table, so a new condition is one new record, and none can be left half-done:
// the types demand every field, and tests/engine/buyer/conditions.test.ts checks the guide.
import * as z from 'zod';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Understanding } from '@/engine/understanding-types';
import { ENTITY_NAMES, MOVES, RULE_IDS, isPlatformRule, isToneRule, type EntityName, type Move, type RuleId } from '@/engine/vocabulary';
import { rightSizes, type SizeFacts } from '@/engine/scenario/effective';
import { id } from '@/engine/scenario/id';
import { HURTS, HURT_RULE, hurtsOf } from '@/engine/buyer/hurt';

export type Threshold = number | 'price' | 'floor' | 'target';
export type FlagFilter = RuleId | 'any' | 'platform' | 'tone';

/**
 * What conditions read of a scenario. Structural, not the Scenario type: that type is inferred
 * from the schema this table builds, and naming it here would make the two types circular.
 */
export type ConditionScenario = SizeFacts & { shop: { product: { price: number } } };

/** What a guard sees. `u` is the reply's understanding: null for timeouts and the end of the chat. */
export interface GuardEnv {
  scenario: ConditionScenario;
  context: BuyerContext;
  u: Understanding | null;
}

/** What the smallest reply satisfying a reply condition must carry (synthesize.ts merges these). */
export interface ReplyNeeds {
  moves?: Move[];
  anyMove?: Move[];
  noMove?: Move[];
  flag?: FlagFilter;
  noFlag?: FlagFilter;
  atOrBelow?: Threshold;
  above?: Threshold;
  /** A compensation amount the reply names: below / at least this many yuan. */
  amountBelow?: number;
  amountAtLeast?: number;
  entity?: EntityName;
  size?: 'right' | 'wrong';
}

/** What of the buyer's own state a condition reads: the traversal keeps those apart (paths.ts). */
export interface StateReads {
  mood?: number;
  turn?: number;
  fact?: string;
  moveCount?: { move: Move; times: number };
}

interface ConditionRecord<S extends z.ZodType> {
  schema: S;
  /** How the guide writes it, and its one line there (scenarios/README.md, 条件). */
  example: string;
  doc: string;
  /** Whether it judges the reply (so never holds for a timeout or the end of the chat). */
  reply: boolean;
  holds: (value: z.output<S>, env: GuardEnv) => boolean;
  /** Reply conditions: what a synthesized reply needs; state conditions: nothing (paths reach them). */
  needs: (value: z.output<S>) => ReplyNeeds;
  reads: (value: z.output<S>) => StateReads;
}

const record = <S extends z.ZodType>(r: ConditionRecord<S>): ConditionRecord<S> => r;
const none = (): Record<string, never> => ({});

const move = z.enum(MOVES);
const moves = z.array(move).min(1);
const mood = z.number().int().min(0).max(100);
const flagFilter = z.union([z.enum(RULE_IDS), z.enum(['any', 'platform', 'tone'])]);
/** A price threshold: a number of yuan, or a name for one of the shop's prices. */
const threshold = z.union([z.number().nonnegative(), z.enum(['price', 'floor', 'target'])]);

/** The price a threshold names for this buyer (variant floor/target applied); null when the buyer has no target. */
export function resolveThreshold(scenario: ConditionScenario, context: BuyerContext, t: Threshold): number | null {
  if (typeof t === 'number') return t;
  if (t === 'price') return scenario.shop.product.price;
  if (t === 'floor') return context.floor;
  return context.target;
}

const flagMatches = (rule: RuleId, filter: FlagFilter): boolean =>
  filter === 'any' || (filter === 'platform' ? isPlatformRule(rule) : filter === 'tone' ? isToneRule(rule) : rule === filter);

const offer = (env: GuardEnv, t: Threshold, test: (offer: number, limit: number) => boolean): boolean => {
  const limit = resolveThreshold(env.scenario, env.context, t);
  const price = env.u?.entities.price;
  return limit !== null && price !== undefined && test(price, limit);
};

const has = (env: GuardEnv, m: Move): boolean => env.u?.moves.includes(m) ?? false;

/** The compensation a reply offers ("补你5块", "给您补偿20元"), when it names one: what the buyer hears and the amount conditions read. */
export function offeredAmount(u: Pick<Understanding, 'entities' | 'moves'>): number | undefined {
  return u.moves.includes('offer-compensation') ? u.entities.amount : undefined;
}

const amount = (env: GuardEnv, test: (a: number) => boolean): boolean => {
  const a = env.u ? offeredAmount(env.u) : undefined;
  return a !== undefined && test(a);
};

export const CONDITIONS = {
  move: record({
    schema: move,
    example: 'move: X',
    doc: '回复里有动作 X',
    reply: true,
    holds: (m, env) => has(env, m),
    needs: (m) => ({ moves: [m] }),
    reads: none,
  }),
  anyMove: record({
    schema: moves,
    example: 'anyMove: [..]',
    doc: '回复里有其中任一动作',
    reply: true,
    holds: (ms, env) => ms.some((m) => has(env, m)),
    needs: (ms) => ({ anyMove: ms }),
    reads: none,
  }),
  allMoves: record({
    schema: moves,
    example: 'allMoves: [..]',
    doc: '回复里这些动作全部都有',
    reply: true,
    holds: (ms, env) => ms.every((m) => has(env, m)),
    needs: (ms) => ({ moves: ms }),
    reads: none,
  }),
  noMove: record({
    schema: moves,
    example: 'noMove: [..]',
    doc: '回复里这些动作一个都没有',
    reply: true,
    holds: (ms, env) => env.u !== null && !ms.some((m) => has(env, m)),
    needs: (ms) => ({ noMove: ms }),
    reads: none,
  }),
  flag: record({
    schema: flagFilter,
    example: 'flag: X',
    doc: '触犯了规则 X；X 也可写 `platform`（任一平台规则）、`tone`（任一服务态度规则）、`any`；`fact-wrong` 是客服说错了商品信息（和店铺资料对不上），买家可以当场指出来',
    reply: true,
    holds: (f, env) => env.u?.flags.some((x) => flagMatches(x.rule, f)) ?? false,
    needs: (f) => ({ flag: f }),
    reads: none,
  }),
  noFlag: record({
    schema: flagFilter,
    example: 'noFlag: X',
    doc: '没触犯规则 X（X 的写法同 `flag`）',
    reply: true,
    holds: (f, env) => env.u !== null && !env.u.flags.some((x) => flagMatches(x.rule, f)),
    needs: (f) => ({ noFlag: f }),
    reads: none,
  }),
  hurt: record({
    schema: z.enum([...HURTS, 'any']),
    example: 'hurt: X',
    doc: '回复伤到了买家：`blamed`（指责、质问、直说她错了）、`violation`（当着她违反平台规则）、`cold`（冷淡敷衍）、`any`（其中任一）；没有哪条转移接住时，买家会说 `persona.reactions` 里对应的话',
    reply: true,
    holds: (h, env) => {
      const hurts = env.u ? hurtsOf(env.u.flags) : [];
      return h === 'any' ? hurts.length > 0 : hurts.includes(h);
    },
    needs: (h) => ({ flag: HURT_RULE[h === 'any' ? 'blamed' : h] }),
    reads: none,
  }),
  offerAtOrBelow: record({
    schema: threshold,
    example: 'offerAtOrBelow: N',
    doc: '客服报价 ≤ N；N 可写数字或 `price`、`floor`、`target`',
    reply: true,
    holds: (t, env) => offer(env, t, (o, l) => o <= l),
    needs: (t) => ({ atOrBelow: t }),
    reads: none,
  }),
  offerAbove: record({
    schema: threshold,
    example: 'offerAbove: N',
    doc: '客服报价 > N（N 的写法同上）',
    reply: true,
    holds: (t, env) => offer(env, t, (o, l) => o > l),
    needs: (t) => ({ above: t }),
    reads: none,
  }),
  amountBelow: record({
    schema: z.number().positive(),
    example: 'amountBelow: N',
    doc: '客服提出的补偿金额 < N 元（“补你5块”；回复里要有 `offer-compensation` 和金额）',
    reply: true,
    holds: (n, env) => amount(env, (a) => a < n),
    needs: (n) => ({ moves: ['offer-compensation'], amountBelow: n }),
    reads: none,
  }),
  amountAtLeast: record({
    schema: z.number().nonnegative(),
    example: 'amountAtLeast: N',
    doc: '客服提出的补偿金额 ≥ N 元',
    reply: true,
    holds: (n, env) => amount(env, (a) => a >= n),
    needs: (n) => ({ moves: ['offer-compensation'], amountAtLeast: n }),
    reads: none,
  }),
  hasEntity: record({
    schema: z.enum(ENTITY_NAMES),
    example: 'hasEntity: X',
    doc: '回复里有 X：`price`、`discount`、`size`、`height`、`weight`、`shipTime`、`arrivalTime`、`courier`、`orderNo`、`amount`',
    reply: true,
    holds: (e, env) => env.u?.entities[e] !== undefined && env.u !== null,
    needs: (e) => ({ entity: e }),
    reads: none,
  }),
  size: record({
    schema: z.enum(['right', 'wrong']),
    example: 'size: right` / `size: wrong',
    doc: '推荐的尺码对 / 不对（按尺码表和买家身高体重）',
    reply: true,
    holds: (s, env) => {
      const size = env.u?.entities.size?.toUpperCase();
      return size !== undefined && rightSizes(env.scenario).includes(size) === (s === 'right');
    },
    needs: (s) => ({ size: s }),
    reads: none,
  }),
  moodAtLeast: record({
    schema: mood,
    example: 'moodAtLeast: N',
    doc: '买家当前心情 ≥ N',
    reply: false,
    holds: (n, env) => env.context.mood >= n,
    needs: none,
    reads: (n) => ({ mood: n }),
  }),
  moodBelow: record({
    schema: mood,
    example: 'moodBelow: N',
    doc: '买家当前心情 < N',
    reply: false,
    holds: (n, env) => env.context.mood < n,
    needs: none,
    reads: (n) => ({ mood: n }),
  }),
  /** Guards run before the transition's actions, so counts include the reply being judged. */
  repeated: record({
    schema: z.strictObject({ move, times: z.number().int().min(2) }),
    example: 'repeated: { move: X, times: N }',
    doc: '动作 X 在整段对话里已经用了 N 次（含这一条）',
    reply: true,
    holds: (r, env) => env.u !== null && (env.context.moveCounts[r.move] ?? 0) + (has(env, r.move) ? 1 : 0) >= r.times,
    needs: (r) => ({ moves: [r.move] }),
    reads: (r) => ({ moveCount: r }),
  }),
  // Counts replies, so (like the reply conditions) it never holds for a timeout or the end of the chat.
  turnAtLeast: record({
    schema: z.number().int().min(1),
    example: 'turnAtLeast: N',
    doc: '客服已经回复了至少 N 条（含这一条）',
    reply: false,
    holds: (n, env) => env.u !== null && env.context.turn + 1 >= n,
    needs: none,
    reads: (n) => ({ turn: n }),
  }),
  remembered: record({
    schema: id,
    example: 'remembered: X',
    doc: '之前记住了 X（转移的 `remember`）',
    reply: false,
    holds: (f, env) => env.context.memory.includes(f),
    needs: none,
    reads: (f) => ({ fact: f }),
  }),
  notRemembered: record({
    schema: id,
    example: 'notRemembered: X',
    doc: '之前没记住 X，或已经忘掉（`forget`）',
    reply: false,
    holds: (f, env) => !env.context.memory.includes(f),
    needs: none,
    reads: (f) => ({ fact: f }),
  }),
  variant: record({
    schema: z.array(id).min(1),
    example: 'variant: [..]',
    doc: '当前是这些变体之一',
    reply: false,
    holds: (vs, env) => vs.includes(env.context.variant),
    needs: none,
    // The traversal runs each variant on its own: nothing to keep apart.
    reads: none,
  }),
};

export type ConditionKey = keyof typeof CONDITIONS;
export const CONDITION_KEYS = Object.keys(CONDITIONS) as ConditionKey[];
export type ConditionValue<K extends ConditionKey> = z.output<(typeof CONDITIONS)[K]['schema']>;

/** The `when` object: every key optional, unknown keys refused, never empty. */
export function conditionShape(): { [K in ConditionKey]: z.ZodOptional<(typeof CONDITIONS)[K]['schema']> } {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const key of CONDITION_KEYS) shape[key] = CONDITIONS[key].schema.optional();
  // Built key by key from the table, which TypeScript cannot follow; the return type is the table's own.
  return shape as { [K in ConditionKey]: z.ZodOptional<(typeof CONDITIONS)[K]['schema']> };
}

/** A record seen through one key, for code that handles every key alike. */
// TypeScript cannot relate a key to its record's value type in a loop over keys (a correlated union);
// every caller passes a value read from `when[key]`, which the schema typed by that same key.
const recordOf = (key: ConditionKey) => CONDITIONS[key] as unknown as ConditionRecord<z.ZodType<unknown>>;

/** Whether the condition `key` with `value` holds. */
export function conditionHolds(key: ConditionKey, value: unknown, env: GuardEnv): boolean {
  return recordOf(key).holds(value, env);
}

/** The keys a `when` uses with their values, in the order written. */
export function conditionEntries(when: Partial<Record<ConditionKey, unknown>>): Array<[ConditionKey, unknown]> {
  const out: Array<[ConditionKey, unknown]> = [];
  for (const key of Object.keys(when)) {
    const value = when[key as ConditionKey];
    if (value === undefined) continue;
    if (!Object.hasOwn(CONDITIONS, key)) throw new Error(`no record for buyer condition "${key}"`);
    out.push([key as ConditionKey, value]);
  }
  return out;
}

/** What a reply must carry to satisfy every reply condition of `when`, merged in table order. */
export function replyNeeds(when: Partial<Record<ConditionKey, unknown>>): { moves: Move[]; needs: ReplyNeeds } {
  const merged: ReplyNeeds = {};
  const required: Move[] = [];
  for (const key of CONDITION_KEYS) {
    const value = when[key];
    if (value === undefined) continue;
    const { moves: m, ...rest } = recordOf(key).needs(value);
    if (m) required.push(...m);
    Object.assign(merged, rest);
  }
  return { moves: required, needs: merged };
}

/** What of the buyer's state the conditions of `when` read, in table order. */
export function stateReads(when: Partial<Record<ConditionKey, unknown>>): StateReads[] {
  const out: StateReads[] = [];
  for (const key of CONDITION_KEYS) {
    const value = when[key];
    if (value !== undefined) out.push(recordOf(key).reads(value));
  }
  return out;
}
