// score(): a transcript (and its scenario) to tone, compliance and conversion scores with the
// reasons for every point. Pure, deterministic, no I/O.
import type { Scenario } from '@/engine/scenario/schema';
import { createScorer, type ScorerOptions } from '@/engine/score/scorer';
import type { ScoreResult } from '@/engine/score/types';
import type { Transcript } from '@/engine/transcript';

export { createScorer } from '@/engine/score/scorer';
export type { Scorer, ScorerOptions, ResultInput } from '@/engine/score/scorer';

export function score(transcript: Transcript, scenario?: Scenario, options: ScorerOptions = {}): ScoreResult {
  const scorer = createScorer(scenario, options);
  for (const turn of transcript.turns) scorer.add(turn);
  return scorer.result({
    outcome: transcript.outcome,
    ...(transcript.lowestOffer !== undefined ? { lowestOffer: transcript.lowestOffer } : {}),
    ...(transcript.variant !== undefined ? { variant: transcript.variant } : {}),
  });
}
