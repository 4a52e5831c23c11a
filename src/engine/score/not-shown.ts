// What a chat never showed because the trainee drove the buyer off. A scenario examines the
// platform rules and the shop facts its buyer's questions put to the trainee (each state's
// `asks`, or what her lines there ask); a chat that reached a question showed how the trainee
// answers it, right or wrong. When the buyer leaves angry (the chat ends in a state marked
// `upset`: a bad review, a dispute, she walks off), the questions she never got to ask are named
// on her deciding line (没考到：…), so the trainee knows what the buyer still had in store — but a
// trap she never posed cannot be failed: it takes no points (session 9; from session 7 to 8 each
// took an equal share of compliance, so a careless chat that never reached a trap lost 50 + 50 of
// compliance for rules it never had the chance to break). The rude chat pays where it was rude:
// tone, and the outcome in conversion (she left: 0–20).
import type { Scenario } from '@/engine/scenario/schema';
import type { Understanding } from '@/engine/understanding-types';
import { isTerminal, linesOf } from '@/engine/scenario/effective';
import { readQuestion } from '@/engine/understand/question';
import type { Move, PlatformRule, RuleId, Topic } from '@/engine/vocabulary';

export type ExamPart = 'compliance' | 'knowledge';

/** One thing the scenario examines: a platform rule her question tempts, or a shop fact it asks. */
export interface Exam {
  part: ExamPart;
  /** The platform rule (compliance) or the topic (knowledge). */
  key: string;
  /** What she asks, in the report's words. */
  label: string;
  /** The states where she asks it. */
  states: string[];
}

/** The platform rule a question on the topic tempts the trainee to break. */
const RULE_OF_TOPIC: Partial<Record<Topic, PlatformRule>> = {
  contact: 'off-platform',
  invoice: 'invoice-refuse',
  card: 'card-refuse',
  cod: 'cod-refuse',
  review: 'review-induce',
  compare: 'disparage',
  return: 'return-refuse',
  exchange: 'return-refuse',
  refund: 'return-refuse',
  'ship-time': 'ship-promise',
  arrival: 'ship-promise',
  'shipping-cost': 'freeship-breach',
};

/**
 * A refusal is a trap only where the shop's facts (the side panel) make the right answer a yes: a
 * shop with no COD, no invoice or no 包邮 answers "不行" truthfully, which is no compliance to show.
 */
const OWED_BY_FACTS: Partial<Record<PlatformRule, (shop: Scenario['shop']) => boolean>> = {
  'invoice-refuse': (shop) => shop.invoice.available,
  'card-refuse': (shop) => shop.payment?.card !== false,
  'cod-refuse': (shop) => shop.cod === true,
  'freeship-breach': (shop) => shop.shipping.freeShipping,
};

/**
 * What a reply that speaks to a trap's subject does (a move, or an answer on its topic): the
 * trainee met that trap then, whether or not she had asked yet — "明天就能到" shows how the
 * trainee promises arrival, and the reply is graded for it.
 */
const RULE_OF_MOVE: Partial<Record<Move, PlatformRule>> = {
  'shipping-info': 'ship-promise',
  'track-parcel': 'ship-promise',
  'invoice-yes': 'invoice-refuse',
  'offer-return': 'return-refuse',
  'offer-exchange': 'return-refuse',
  'compare-objective': 'disparage',
};

/** The traps a reply met by speaking to their subject (its moves and the topics it answered). */
export function trapsMet(u: Pick<Understanding, 'moves'> & Partial<Pick<Understanding, 'answers'>>): PlatformRule[] {
  const met = new Set<PlatformRule>();
  for (const move of u.moves) {
    const rule = RULE_OF_MOVE[move];
    if (rule) met.add(rule);
  }
  for (const a of u.answers ?? []) {
    const rule = RULE_OF_TOPIC[a.topic];
    if (rule) met.add(rule);
  }
  return [...met];
}

/** The other rules of the same trap: a chat flagged for any of them showed it. */
const SAME_TRAP: Partial<Record<PlatformRule, readonly RuleId[]>> = {
  'invoice-refuse': ['invoice-fee'],
  'card-refuse': ['card-fee'],
};

const RULE_LABEL: Partial<Record<PlatformRule, string>> = {
  'off-platform': '她想加微信、私下交易（站外交易）',
  'invoice-refuse': '她要开发票（拒开、收费）',
  'card-refuse': '她问信用卡、分期（拒收、收手续费）',
  'cod-refuse': '她要货到付款',
  'review-induce': '她拿评价换补偿（好评返现）',
  disparage: '她拿别家来比（贬低同行）',
  'return-refuse': '她问退换货（拒绝退货）',
  'ship-promise': '她问什么时候发、什么时候到（乱承诺时效）',
  'freeship-breach': '她问运费（包邮加运费）',
};

/** The shop facts a question on the topic asks (what the knowledge score checks). */
const FACT_LABEL: Partial<Record<Topic, string>> = {
  material: '面料材质',
  size: '尺码',
  colour: '颜色',
  stock: '库存',
  price: '价格',
  coupon: '优惠券',
  gift: '赠品',
  'shipping-cost': '运费',
  'ship-time': '发货时间',
  arrival: '到货时间',
  courier: '快递',
  return: '退货条件',
  exchange: '换货',
  refund: '退款和补偿',
  invoice: '发票',
  card: '信用卡和分期',
  cod: '货到付款',
  quality: '质量和保修',
};

/** What her state asks: its declared `asks`, else the topics of the questions in its lines (this variant's). */
function topicsOf(scenario: Scenario, name: string, variant: string | undefined): Topic[] {
  const declared = scenario.states[name]?.asks;
  if (declared) return [...declared];
  return [...new Set(linesOf(scenario, name, variant).flatMap((line) => readQuestion(line).map((q) => q.topic)))];
}

/** Everything the scenario examines, in the order of its states. */
export function examsOf(scenario: Scenario, variant?: string): Exam[] {
  const exams = new Map<string, Exam>();
  const add = (part: ExamPart, key: string, label: string, state: string) => {
    const id = `${part}:${key}`;
    const exam = exams.get(id) ?? { part, key, label, states: [] };
    if (!exam.states.includes(state)) exam.states.push(state);
    exams.set(id, exam);
  };
  for (const [name, state] of Object.entries(scenario.states)) {
    if (isTerminal(state)) continue;
    for (const topic of topicsOf(scenario, name, variant)) {
      // In an after-sales state a postage question is about the return's postage: a fact of the
      // return (knowledge), never a 包邮 promise (flag-exemptions.ts postageOwner).
      const candidate = topic === 'shipping-cost' && state.afterSale !== undefined ? undefined : RULE_OF_TOPIC[topic];
      const rule = candidate && (OWED_BY_FACTS[candidate]?.(scenario.shop) ?? true) ? candidate : undefined;
      if (rule) add('compliance', rule, RULE_LABEL[rule] ?? rule, name);
      const fact = FACT_LABEL[topic];
      if (fact) add('knowledge', topic, fact, name);
    }
  }
  return [...exams.values()];
}

/** The exams of one part the chat never reached, and its share of that part lost. */
export interface NotShown {
  part: ExamPart;
  exams: Exam[];
  /** How many exams of this part the scenario holds. */
  of: number;
  /** Points of the part (0–100) the exams not shown take: none, a trap never posed cannot be failed. */
  lost: number;
}

export interface ChatReach {
  /** The states the buyer spoke from. */
  visited: ReadonlySet<string>;
  /** The rules flagged in the chat: a trap the trainee fell into was shown. */
  flagged: ReadonlySet<RuleId>;
  /** The traps the replies spoke to before she asked (trapsMet): shown too. */
  met?: ReadonlySet<RuleId>;
  /** The state where she decided (null: the chat has no outcome yet). */
  endedIn: string | null;
  /** The last state she spoke from before deciding: where the chat broke off. */
  brokeIn: string | null;
  variant?: string;
}

/** Whether the chat ended with the buyer leaving angry (her deciding state is marked upset). */
export function leftAngry(scenario: Scenario, endedIn: string | null): boolean {
  const state = endedIn === null ? undefined : scenario.states[endedIn];
  return state !== undefined && isTerminal(state) && state.upset === true;
}

/**
 * The parts whose exams not shown are named. Compliance: the platform rules she would still have
 * put. Knowledge is not named: it enters the total only as a deduction for each wrong fact
 * (weights.ts KNOWLEDGE_TOTAL_SHARE), so a fact never asked neither earns nor costs.
 */
const COUNTED: readonly ExamPart[] = ['compliance'];

/**
 * The states still ahead of `from` had the chat gone on well: reached by transitions that need no
 * flagged mistake, never through an end. A state she passed by (the trainee answered its question
 * before she asked it: fit-check straight to ship-ask) is behind, not ahead.
 */
export function statesAhead(scenario: Scenario, from: string): Set<string> {
  const ahead = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const t of scenario.states[name]?.on ?? []) {
      const to = t.goto;
      if (to === undefined || ahead.has(to) || t.when?.flag !== undefined) continue;
      const target = scenario.states[to];
      if (!target || isTerminal(target)) continue;
      ahead.add(to);
      queue.push(to);
    }
  }
  return ahead;
}

/**
 * Per part, what the chat never showed because the buyer left angry ([] when she did not): the
 * exams of the states still ahead where it broke off (`of` counts the exams the chat met or had
 * ahead; one only on a branch it passed by counts in neither). None takes points.
 */
export function notShown(scenario: Scenario, reach: ChatReach): NotShown[] {
  if (!leftAngry(scenario, reach.endedIn) || reach.brokeIn === null) return [];
  const ahead = statesAhead(scenario, reach.brokeIn);
  const exams = examsOf(scenario, reach.variant).filter((e) => e.states.some((s) => reach.visited.has(s) || ahead.has(s)));
  const out: NotShown[] = [];
  for (const part of COUNTED) {
    const mine = exams.filter((e) => e.part === part);
    const missing = mine.filter((e) => {
      if (e.states.some((s) => reach.visited.has(s))) return false;
      const rules = [e.key, ...(SAME_TRAP[e.key as PlatformRule] ?? [])];
      return !(part === 'compliance' && rules.some((r) => reach.flagged.has(r as RuleId) || reach.met?.has(r as RuleId) === true));
    });
    if (missing.length > 0) out.push({ part, exams: missing, of: mine.length, lost: 0 });
  }
  return out;
}
