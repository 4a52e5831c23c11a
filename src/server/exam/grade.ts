// The automatic grade of an exam attempt: the practice scorer, score(), on each buyer's
// transcript (compliance blocker included), with the scenario's content hash and the scorer
// version stored beside every part.
import { score } from '@/engine/score/score';
import { SCORER_VERSION } from '@/engine/score/version';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { Grade } from '@/server/exam-contract';
import type { AttemptState, StoredBuyer } from '@/server/exam/attempt-state';
import { loadSource } from '@/server/exam/scenarios';

const round = (n: number) => Math.round(n * 10) / 10;

export function gradeAttempt(state: AttemptState, buyers: StoredBuyer[], passMark: number, now: number): Grade {
  const parts = state.parts.map((part, index) => {
    const buyer = buyers[index]!;
    const { scenario } = loadSource(buyer.file, buyer.source);
    const result = score(
      {
        turns: part.turns.map((t) => ({ ...t })),
        outcome: part.outcome as OutcomeKind | null,
        scenarioId: scenario.id,
        ...(buyer.variant ? { variant: buyer.variant } : {}),
        seed: buyer.seed,
        lowestOffer: part.lowestOffer,
      },
      scenario,
      { passMark },
    );
    return {
      index,
      outcome: part.outcome as OutcomeKind | null,
      tone: result.scores.tone,
      compliance: result.scores.compliance,
      conversion: result.scores.conversion,
      total: result.scores.total,
      pointsDeducted: result.pointsDeducted,
      passed: result.passed,
      blocker: result.blocker,
      items: result.violations.map((v) => ({ part: index, turn: v.turn, rule: v.rule, points: v.points, evidence: v.evidence })),
      scenarioHash: buyer.hash,
      scorerVersion: SCORER_VERSION,
    };
  });
  const total = parts.length ? round(parts.reduce((s, p) => s + p.total, 0) / parts.length) : 0;
  return { total, passed: total >= passMark && parts.every((p) => !p.blocker), passMark, parts, gradedAt: now };
}
