// Glue for the recommendation card and the skills picture: the latest graded sessions, re-scored
// by the engine so each yields the skills it tested (the stored summary keeps only the totals,
// not flags and moves).
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { getSession } from '@/db/sessions';
import { transcriptOf } from '@/app/grade';
import { sessionSkills } from '@/engine/skills/session-skills';
import type { PracticeSession } from '@/engine/skills/recommend';
import type { SkillOutcome } from '@/engine/skills/skill-outcomes';
import type { SessionRow } from '@/db/records';
import type { Scenario } from '@/engine/scenario/schema';

/** Sessions read for the recommendation: enough for spacing, bounded so a long history stays quick. */
export const PRACTICE_SESSIONS = 30;
/** Sessions the history screen's skills picture reads: a longer view, still bounded. */
export const SKILL_PICTURE_SESSIONS = 60;

export interface PracticeEntry extends PracticeSession {
  id: string;
  scenarioTitle: string;
}

/**
 * Each chat's skills as last graded, while the chat and its script are unchanged: the screens'
 * live queries run again on every write to the sessions (a re-graded summary, a reply in
 * another tab), and grading sixty chats again each time would hold the page up.
 */
const graded = new Map<string, { version: string; scenario: Scenario | undefined; outcomes: SkillOutcome[] }>();
const MAX_REMEMBERED = 500;

// The row as stored, but for its summary (re-grading a summary changes no turn): a chat written
// again (a reply, an import over it) has another updatedAt, turn count or outcome.
const versionOf = ({ summary: _summary, ...row }: SessionRow) => JSON.stringify(row);

/** `scenarios`: every buyer the trainee can play (built-in and her own), to grade each chat against its script. */
export async function practiceHistory(scenarios: readonly Scenario[], limit: number = PRACTICE_SESSIONS): Promise<PracticeEntry[]> {
  const rows = await db.sessions
    .where('[status+startedAt]')
    .between(['ended', Dexie.minKey], ['ended', Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray();
  const scenarioOf = (row: SessionRow) => scenarios.find((s) => s.id === row.scenarioId);
  const known = (row: SessionRow) => {
    const hit = graded.get(row.id);
    return hit && hit.version === versionOf(row) && hit.scenario === scenarioOf(row) ? hit.outcomes : undefined;
  };
  const records = await Promise.all(rows.map((r) => (known(r) ? undefined : getSession(r.id))));
  // No yielding in here: it runs inside live queries, whose change tracking does not survive an
  // await of anything but Dexie (the history screen calls it once its table and chart are drawn).
  const out: PracticeEntry[] = [];
  for (const [i, row] of rows.entries()) {
    let outcomes = known(row);
    if (!outcomes) {
      const record = records[i];
      if (!record) continue;
      const scenario = scenarioOf(row);
      outcomes = sessionSkills(transcriptOf(record), scenario);
      if (graded.size >= MAX_REMEMBERED) graded.delete(graded.keys().next().value!);
      graded.set(row.id, { version: versionOf(row), scenario, outcomes });
    }
    out.push({ id: row.id, scenarioId: row.scenarioId, scenarioTitle: row.scenarioTitle, variant: row.variant, at: row.startedAt, outcomes });
  }
  return out.reverse();
}
