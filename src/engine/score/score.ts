// score(): a transcript (and its scenario) to tone, compliance and conversion scores with the
// reasons for every point. Pure, deterministic, no I/O.
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, type ResultInput, type ScorerOptions } from '@/engine/score/scorer';
import type { ScoreResult } from '@/engine/score/types';
import type { Transcript } from '@/engine/transcript';

export { createScorer } from '@/engine/score/scorer';
export type { Scorer, ScorerOptions, ResultInput } from '@/engine/score/scorer';

/** What result() is told of a whole transcript: its outcome, lowest offer and variant. */
export function resultInputOf(transcript: Transcript): ResultInput {
  return {
    outcome: transcript.outcome,
    ...(transcript.lowestOffer !== undefined ? { lowestOffer: transcript.lowestOffer } : {}),
    ...(transcript.variant !== undefined ? { variant: transcript.variant } : {}),
  };
}

export function score(transcript: Transcript, scenario?: Scenario, options: ScorerOptions = {}): ScoreResult {
  const scorer = createScorer(scenario, options);
  for (const turn of transcript.turns) scorer.add(turn);
  return scorer.result(resultInputOf(transcript));
}
