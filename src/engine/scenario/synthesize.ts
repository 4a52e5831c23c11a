// Events that drive a compiled buyer through every transition, for the checker's graph
// traversal. For each transition of the current state we build the smallest reply that
// satisfies its `when` (only the moves, flags and entities it asks for), so an earlier
// transition catches it only when it really shadows the later one. Conditions on the
// buyer's own state (mood, turn, memory, variant) are not synthesized: the traversal
// reaches them by walking paths. Plus: a reply that answers nothing (the fallback), a
// timeout and the end of the chat.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { BuyerContext, BuyerEvent } from '@/engine/buyer/types';
import type { Entities, Flag, Understanding } from '@/engine/understanding-types';
import { PLATFORM_RULES, TONE_RULES, type EntityName, type Move, type RuleId } from '@/engine/vocabulary';
import { effectiveTimeout, endedTarget, rightSizes } from '@/engine/scenario/effective';
import { replyNeeds, resolveThreshold, type FlagFilter } from '@/engine/buyer/conditions';

const reply = (moves: Move[], flags: Flag[], entities: Entities): BuyerEvent => {
  const understanding: Understanding = { text: '', normalized: '', moves, entities, flags };
  return { type: 'reply.submitted', text: '', understanding };
};

function ruleFor(flag: FlagFilter | undefined, avoid: FlagFilter | undefined): RuleId | null | undefined {
  if (flag === undefined) return undefined;
  const pool: readonly RuleId[] =
    flag === 'platform' ? PLATFORM_RULES : flag === 'tone' ? TONE_RULES : flag === 'any' ? [...PLATFORM_RULES, ...TONE_RULES] : [flag];
  const blocked = (r: RuleId) =>
    avoid === 'any' || avoid === r || (avoid === 'platform' && PLATFORM_RULES.includes(r as never)) || (avoid === 'tone' && TONE_RULES.includes(r as never));
  return pool.find((r) => !blocked(r)) ?? null;
}

const SAMPLE: Record<Exclude<EntityName, 'price' | 'size'>, string | number> = {
  discount: 5,
  height: 165,
  weight: 55,
  shipTime: 48,
  arrivalTime: 3,
  courier: '中通',
  orderNo: '000000',
  amount: 10,
};

/** The minimal replies that satisfy `when` (one per alternative of `anyMove`), or none if it can never hold. */
export function repliesFor(scenario: Scenario, context: BuyerContext, when: Condition | undefined): BuyerEvent[] {
  if (!when) return [reply([], [], {})];
  // What each condition asks of the reply comes from its record (buyer/conditions.ts).
  const { moves: required, needs } = replyNeeds(when);
  const alternatives = needs.anyMove ? needs.anyMove.map((m) => [...required, m]) : [required];

  const rule = ruleFor(needs.flag, needs.noFlag);
  if (rule === null) return [];
  const flags: Flag[] = rule ? [{ rule, points: 0, evidence: '' }] : [];

  const entities: Entities = {};
  const low = needs.above !== undefined ? resolveThreshold(scenario, context, needs.above) : undefined;
  const high = needs.atOrBelow !== undefined ? resolveThreshold(scenario, context, needs.atOrBelow) : undefined;
  if (low === null || high === null) return [];
  if (low !== undefined && high !== undefined && low + 1 > high) return [];
  const price = high ?? (low !== undefined ? low + 1 : undefined);
  if (price !== undefined) entities.price = price;
  // A compensation amount inside the bounds asked for (the largest below `amountBelow`, else `amountAtLeast`).
  if (needs.amountBelow !== undefined || needs.amountAtLeast !== undefined) {
    const floorAmount = needs.amountAtLeast ?? 0;
    const amount = needs.amountBelow !== undefined ? needs.amountBelow - 1 : floorAmount;
    if (amount < floorAmount || amount <= 0) return [];
    entities.amount = amount;
  }
  if (needs.size) {
    const right = rightSizes(scenario);
    const chart = (scenario.shop.sizes?.chart ?? []).map((r) => r.size.toUpperCase());
    const size = needs.size === 'right' ? right[0] : chart.find((s) => !right.includes(s));
    if (size === undefined) return [];
    entities.size = size;
  }
  if (needs.entity && entities[needs.entity] === undefined) {
    if (needs.entity === 'price') entities.price = scenario.shop.product.price;
    else if (needs.entity === 'size') entities.size = scenario.shop.sizes?.chart[0]?.size.toUpperCase() ?? 'M';
    else Object.assign(entities, { [needs.entity]: SAMPLE[needs.entity] });
  }

  const banned = new Set(needs.noMove ?? []);
  return alternatives
    .map((moves) => [...new Set(moves)])
    .filter((moves) => !moves.some((m) => banned.has(m)))
    .map((moves) => reply(moves, flags, entities));
}

/** Every event worth trying in `stateName`. */
export function synthesizeEvents(scenario: Scenario, stateName: string, context: BuyerContext): BuyerEvent[] {
  const state = scenario.states[stateName];
  if (!state || state.outcome !== undefined) return [];
  const events = (state.on ?? []).flatMap((t) => repliesFor(scenario, context, t.when));
  events.push(reply([], [], {}));
  if (effectiveTimeout(scenario, state)) events.push({ type: 'buyer.timeout' });
  if (endedTarget(scenario, state) !== null) events.push({ type: 'chat.ended' });
  // Several transitions often ask for the same reply; trying it once is enough.
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = eventKey(e);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Identifies a synthesized event (cheaper than JSON.stringify, which the checker felt). */
function eventKey(event: BuyerEvent): string {
  if (event.type !== 'reply.submitted') return event.type;
  const { moves, flags, entities } = event.understanding;
  let key = `${moves.join(',')}|${flags.map((f) => f.rule).join(',')}|`;
  for (const name of Object.keys(entities) as Array<keyof Entities>) key += `${name}=${String(entities[name])};`;
  return key;
}
