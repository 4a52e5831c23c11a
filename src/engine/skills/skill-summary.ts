// How each skill stands over a history: the attempts (sessions where the situation arose), how
// many went right, the rate over the latest ones and when it was last tried. The history
// screen draws it per trainee; the team screens add every trainee's sessions together.
import { SKILLS, type Skill } from '@/engine/skills/skill-ids';
import type { SkillOutcome } from '@/engine/skills/skill-outcomes';

/** The attempts the "recent" rate reads: the trainee as she is now, not a month ago. */
export const RECENT_ATTEMPTS = 5;

export interface SkillFigure {
  skill: Skill;
  attempts: number;
  ok: number;
  /** ok / attempts over the latest RECENT_ATTEMPTS attempts; null when never tried. */
  recentRate: number | null;
  /** ok / attempts over all attempts; null when never tried. */
  rate: number | null;
  lastAt: number | null;
}

/** Any graded chat: only when it was and what its skills were matter here. */
export interface GradedSkills {
  at: number;
  outcomes: readonly SkillOutcome[];
}

export function skillFigures(history: readonly GradedSkills[]): SkillFigure[] {
  const sorted = [...history].sort((a, b) => a.at - b.at);
  return SKILLS.map((skill) => {
    const tries = sorted.flatMap((s) => s.outcomes.filter((o) => o.skill === skill).map((o) => ({ at: s.at, ok: o.ok })));
    const ok = tries.filter((t) => t.ok).length;
    const recent = tries.slice(-RECENT_ATTEMPTS);
    return {
      skill,
      attempts: tries.length,
      ok,
      rate: tries.length ? ok / tries.length : null,
      recentRate: recent.length ? recent.filter((t) => t.ok).length / recent.length : null,
      lastAt: tries.at(-1)?.at ?? null,
    };
  });
}
