// Per session: which skills the chat tested and whether the trainee got each right when the
// situation arose. Read from score() output (flags and moves per turn) and the buyer's upset state.
import { variantOf } from '@/engine/scenario/effective';
import type { ScoreResult } from '@/engine/score/types';
import type { Transcript } from '@/engine/transcript';
import type { Scenario } from '@/engine/scenario/schema';
import type { Move, RuleId } from '@/engine/vocabulary';
import { isUpset } from '@/engine/score/upset';
import { soldBelowFloor } from '@/engine/score/conversion';
import type { Skill } from '@/engine/skills/skill-ids';
import { readQuestion } from '@/engine/understand/question';
import type { Topic } from '@/engine/vocabulary';

export interface SkillOutcome {
  skill: Skill;
  ok: boolean;
}

/** The rules whose flag means the skill was missed. */
const MISSED_BY: Record<Skill, readonly RuleId[]> = {
  empathy: ['tone-empathy'],
  greet: ['tone-greet'],
  close: ['tone-close'],
  price: [],
  invoice: ['invoice-refuse', 'invoice-fee'],
  returns: ['return-refuse'],
  knowledge: ['fact-wrong'],
  'off-platform': ['off-platform'],
  response: ['resp-first', 'resp-avg', 'resp-timeout'],
};

/** Topics whose question tests what the trainee knows of the goods and their delivery. */
const KNOWLEDGE_TOPICS: readonly Topic[] = ['material', 'size', 'colour', 'stock', 'ship-time', 'arrival', 'courier', 'shipping-cost', 'gift', 'coupon'];

/**
 * What the buyer asked in this chat: each buyer line read as a question, and the topics her
 * script's states declare (`asks`) for the states she spoke from.
 */
function askedTopics(transcript: Transcript, scenario: Scenario | undefined): Set<Topic> {
  const asked = new Set<Topic>();
  for (const t of transcript.turns) {
    if (t.role !== 'buyer') continue;
    for (const q of readQuestion(t.text)) asked.add(q.topic);
    const state = t.state !== undefined ? scenario?.states[t.state] : undefined;
    for (const topic of state?.asks ?? []) asked.add(topic);
  }
  return asked;
}

/**
 * The skills this chat tested, each with whether it went right. A skill counts only when its
 * situation arose in this chat: an upset buyer for empathy, a question about the invoice (or an
 * invoice answer, or an invoice flag), a price move or a price question, and so on. A buyer whose
 * script probes a skill but who left before asking tested nothing: that skill is left out, not
 * counted as done right.
 */
export function skillOutcomes(transcript: Transcript, result: ScoreResult, options: { scenario?: Scenario } = {}): SkillOutcome[] {
  const agent = result.turns.filter((t) => t.role === 'agent');
  if (agent.length === 0) return [];
  const raised = new Set<RuleId>(result.violations.map((v) => v.rule));
  for (const t of result.turns) for (const f of t.flags) raised.add(f.rule);
  const moves = new Set<Move>(agent.flatMap((t) => t.moves));
  const missed = (skill: Skill) => MISSED_BY[skill].some((r) => raised.has(r));
  const asked = askedTopics(transcript, options.scenario);
  const askedAny = (...topics: Topic[]) => topics.some((t) => asked.has(t));

  const upsetBuyer = transcript.turns.some((t, i) => t.role === 'buyer' && isUpset(t) && transcript.turns[i + 1]?.role === 'agent');
  const priceMove = moves.has('hold-price') || moves.has('offer-discount') || (transcript.lowestOffer ?? null) !== null;
  const arose: Record<Skill, boolean> = {
    empathy: upsetBuyer || missed('empathy'),
    greet: true,
    // Only where the trainee had a turn to close in (score/scorer.ts `closeOwed`).
    close: result.closeOwed ?? (transcript.outcome !== null || missed('close')),
    price: priceMove || askedAny('price', 'discount'),
    invoice: moves.has('invoice-yes') || missed('invoice') || askedAny('invoice'),
    returns: moves.has('offer-return') || moves.has('offer-exchange') || missed('returns') || askedAny('return', 'exchange', 'refund'),
    knowledge: moves.has('product-info') || missed('knowledge') || askedAny(...KNOWLEDGE_TOPICS),
    'off-platform': missed('off-platform') || askedAny('contact'),
    response: result.responseTimes !== undefined || missed('response'),
  };

  const floor = options.scenario ? variantOf(options.scenario, transcript.variant)?.floor : undefined;
  const belowFloor = soldBelowFloor({
    outcome: transcript.outcome,
    lowestOffer: transcript.lowestOffer ?? null,
    scenario: options.scenario,
    ...(floor !== undefined ? { floor } : {}),
  });
  // Holding the price: the agent said why the price stands and did not sell below the floor.
  const priceOk = !belowFloor && (moves.has('hold-price') || !moves.has('offer-discount'));

  return (Object.keys(arose) as Skill[])
    .filter((s) => arose[s])
    .map((skill) => ({ skill, ok: skill === 'price' ? priceOk : !missed(skill) }));
}
