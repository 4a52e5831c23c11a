// Which skills a buyer tests, read from her scenario file: the flags and moves her transitions'
// conditions name, the topics her states ask about, and whether she is ever upset. No hand
// table per buyer: a new scenario file is placed by what it probes.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { Move, RuleId, Topic } from '@/engine/vocabulary';
import type { Skill } from '@/engine/skills/skill-ids';

const BY_FLAG: Partial<Record<RuleId, Skill>> = {
  'tone-empathy': 'empathy',
  'tone-greet': 'greet',
  'tone-close': 'close',
  'invoice-refuse': 'invoice',
  'invoice-fee': 'invoice',
  'return-refuse': 'returns',
  'fact-wrong': 'knowledge',
  'off-platform': 'off-platform',
  'resp-first': 'response',
  'resp-avg': 'response',
  'resp-timeout': 'response',
};

const BY_MOVE: Partial<Record<Move, Skill>> = {
  empathize: 'empathy',
  apologize: 'empathy',
  greet: 'greet',
  'hold-price': 'price',
  'offer-discount': 'price',
  'invoice-yes': 'invoice',
  'offer-return': 'returns',
  'offer-exchange': 'returns',
  'product-info': 'knowledge',
};

const BY_TOPIC: Partial<Record<Topic, Skill>> = {
  price: 'price',
  discount: 'price',
  invoice: 'invoice',
  return: 'returns',
  exchange: 'returns',
  refund: 'returns',
  material: 'knowledge',
  size: 'knowledge',
  colour: 'knowledge',
  stock: 'knowledge',
  quality: 'knowledge',
  contact: 'off-platform',
};

/** How strongly a buyer tests each skill: the number of places in her script that probe it. */
export type SkillWeights = Map<Skill, number>;

function conditionSkills(c: Condition): Skill[] {
  const out: Skill[] = [];
  if (c.flag && c.flag in BY_FLAG) out.push(BY_FLAG[c.flag as RuleId]!);
  const moves = [c.move, ...(c.anyMove ?? []), ...(c.allMoves ?? [])].filter((m): m is Move => m !== undefined);
  for (const m of moves) if (BY_MOVE[m]) out.push(BY_MOVE[m]);
  if (c.offerAtOrBelow !== undefined || c.offerAbove !== undefined) out.push('price');
  return out;
}

export function buyerSkills(scenario: Scenario): SkillWeights {
  const weights: SkillWeights = new Map();
  const add = (s: Skill) => weights.set(s, (weights.get(s) ?? 0) + 1);
  // Every chat opens (the start state) and every buyer with an outcome state can be closed well.
  add('greet');
  if (Object.values(scenario.states).some((s) => s.outcome !== undefined)) add('close');
  const timed = scenario.timeout !== undefined || Object.values(scenario.persona.variants ?? {}).some((v) => v.timeoutAfter !== undefined);
  if (timed) add('response');
  for (const state of Object.values(scenario.states)) {
    if (state.upset) add('empathy');
    for (const topic of state.asks ?? []) if (BY_TOPIC[topic]) add(BY_TOPIC[topic]);
    for (const t of state.on ?? []) if (t.when) for (const s of conditionSkills(t.when)) add(s);
  }
  return weights;
}
