// One chat's skills, graded the one way: score() on the transcript (with her script, whose states
// say what she asks), then skillOutcomes(). The trainee's browser and the team server both call this,
// so the lead's picture of a trainee is the trainee's own.
import { score } from '@/engine/score/score';
import type { Scenario } from '@/engine/scenario/schema';
import type { Transcript } from '@/engine/transcript';
import { skillOutcomes, type SkillOutcome } from '@/engine/skills/skill-outcomes';

/** `scenario` undefined (a buyer this machine no longer has): graded on the turns alone. */
export function sessionSkills(transcript: Transcript, scenario: Scenario | undefined): SkillOutcome[] {
  const result = score(transcript, scenario);
  return skillOutcomes(transcript, result, scenario ? { scenario } : {});
}
