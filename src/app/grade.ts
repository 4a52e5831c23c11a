// Grading glue: the report and the stored summary both come from the engine's score().
import { score } from '@/engine/score/score';
import type { ScoreResult } from '@/engine/score/types';
import type { Scenario } from '@/engine/scenario/schema';
import type { Transcript } from '@/engine/transcript';
import type { SessionRecord, SessionSummary } from '@/db/records';
import { SCORER_VERSION } from '@/engine/score/version';

export function transcriptOf(record: SessionRecord, lowestOffer?: number | null): Transcript {
  const transcript: Transcript = {
    turns: record.turns,
    outcome: record.outcome,
    scenarioId: record.scenarioId,
    variant: record.variant,
    seed: record.seed,
  };
  const lowest = lowestOffer ?? lowestOfferOf(record.snapshot);
  if (lowest !== undefined) transcript.lowestOffer = lowest;
  return transcript;
}

/** The persisted snapshot is the buyer actor's; its context remembers the lowest price offered. */
function lowestOfferOf(snapshot: unknown): number | null | undefined {
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const context = (snapshot as { context?: { lowestOffer?: unknown } }).context;
  const value = context?.lowestOffer;
  return typeof value === 'number' || value === null ? value : undefined;
}

export function gradeSession(record: SessionRecord, scenario: Scenario | undefined): ScoreResult {
  return score(transcriptOf(record), scenario);
}

export function summarize(result: ScoreResult): SessionSummary {
  return { ...result.scores, passed: result.passed, pointsDeducted: result.pointsDeducted, scorerVersion: SCORER_VERSION };
}
