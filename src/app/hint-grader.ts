// The workbench's hints: after each reply, the feedback on that reply. The chat is graded the
// way its report is (score() over the transcript, app/grade.ts), but by one incremental scorer
// kept for the chat and fed only the turns added since the last reply, so a long chat is not
// graded again from its first turn on every reply. Any other change of the turns (a different
// chat, a record replaced) starts the scorer over: the feedback is always score()'s.
import { createScorer, resultInputOf, type Scorer } from '@/engine/score/score';
import type { FeedbackItem } from '@/engine/score/types';
import type { Scenario } from '@/engine/scenario/schema';
import type { Turn } from '@/engine/transcript';
import type { SessionRecord } from '@/db/records';
import { transcriptOf } from '@/app/grade';

export interface HintGrader {
  /** Every feedback item of the chat as it stands, as gradeSession(record, scenario) gives them. */
  feedback(record: SessionRecord): FeedbackItem[];
}

export function createHintGrader(scenario: Scenario | undefined): HintGrader {
  let scorer: Scorer = createScorer(scenario);
  let fed: readonly Turn[] = [];
  return {
    feedback(record) {
      const turns = record.turns;
      const grown = turns.length >= fed.length && fed.every((turn, i) => turns[i] === turn);
      if (!grown) {
        scorer = createScorer(scenario);
        fed = [];
      }
      for (let i = fed.length; i < turns.length; i++) scorer.add(turns[i]!);
      fed = [...turns];
      return scorer.result(resultInputOf(transcriptOf(record))).feedback;
    },
  };
}
