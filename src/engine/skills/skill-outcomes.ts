// Per session: which skills the chat tested and whether the trainee got each right when the
// situation arose. Read from score() output (flags and moves per turn) and the buyer's upset state.
import type { ScoreResult } from '@/engine/score/types';
import type { Transcript } from '@/engine/transcript';
import type { Scenario } from '@/engine/scenario/schema';
import type { Move, RuleId } from '@/engine/vocabulary';
import { isUpset } from '@/engine/score/upset';
import { soldBelowFloor } from '@/engine/score/conversion';
import type { Skill } from '@/engine/skills/skill-ids';

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

/**
 * The skills this chat tested, each with whether it went right. A skill counts only when its
 * situation arose: an upset buyer for empathy, a price move for price, an invoice answer, ...;
 * `tested` (the buyer's skills, from her scenario) adds the ones her script is built to probe,
 * so a chat where the trainee never faced the trap is not silently skipped.
 */
export function skillOutcomes(
  transcript: Transcript,
  result: ScoreResult,
  options: { scenario?: Scenario; tested?: ReadonlySet<Skill> } = {},
): SkillOutcome[] {
  const agent = result.turns.filter((t) => t.role === 'agent');
  if (agent.length === 0) return [];
  const raised = new Set<RuleId>(result.violations.map((v) => v.rule));
  for (const t of result.turns) for (const f of t.flags) raised.add(f.rule);
  const moves = new Set<Move>(agent.flatMap((t) => t.moves));
  const missed = (skill: Skill) => MISSED_BY[skill].some((r) => raised.has(r));
  const tested = options.tested ?? new Set<Skill>();

  const upsetBuyer = transcript.turns.some((t, i) => t.role === 'buyer' && isUpset(t) && transcript.turns[i + 1]?.role === 'agent');
  const priceMove = moves.has('hold-price') || moves.has('offer-discount') || (transcript.lowestOffer ?? null) !== null;
  const arose: Record<Skill, boolean> = {
    empathy: upsetBuyer || missed('empathy'),
    greet: true,
    close: transcript.outcome !== null || missed('close'),
    price: priceMove && (tested.has('price') || moves.has('offer-discount')),
    invoice: moves.has('invoice-yes') || missed('invoice') || tested.has('invoice'),
    returns: moves.has('offer-return') || moves.has('offer-exchange') || missed('returns') || tested.has('returns'),
    knowledge: moves.has('product-info') || missed('knowledge') || tested.has('knowledge'),
    'off-platform': missed('off-platform') || tested.has('off-platform'),
    response: result.responseTimes !== undefined || missed('response'),
  };

  const floor = options.scenario?.persona.variants?.[transcript.variant ?? '']?.floor;
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
