// Glue for the recommendation card and the skills picture: the latest graded sessions, re-scored
// by the engine so each yields the skills it tested (the stored summary keeps only the totals,
// not flags and moves).
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { getSession } from '@/db/sessions';
import { transcriptOf } from '@/app/grade';
import { sessionSkills } from '@/engine/skills/session-skills';
import type { PracticeSession } from '@/engine/skills/recommend';
import type { Scenario } from '@/engine/scenario/schema';

/** Sessions read for the recommendation: enough for spacing, bounded so a long history stays quick. */
export const PRACTICE_SESSIONS = 30;
/** Sessions the history screen's skills picture reads: a longer view, still bounded. */
export const SKILL_PICTURE_SESSIONS = 60;

export interface PracticeEntry extends PracticeSession {
  id: string;
  scenarioTitle: string;
}

/** `scenarios`: every buyer the trainee can play (built-in and her own), to grade each chat against its script. */
export async function practiceHistory(scenarios: readonly Scenario[], limit: number = PRACTICE_SESSIONS): Promise<PracticeEntry[]> {
  const rows = await db.sessions
    .where('[status+startedAt]')
    .between(['ended', Dexie.minKey], ['ended', Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray();
  const records = await Promise.all(rows.map((r) => getSession(r.id)));
  const out: PracticeEntry[] = [];
  for (const record of records) {
    if (!record) continue;
    const scenario = scenarios.find((s) => s.id === record.scenarioId);
    out.push({
      id: record.id,
      scenarioId: record.scenarioId,
      scenarioTitle: record.scenarioTitle,
      variant: record.variant,
      at: record.startedAt,
      outcomes: sessionSkills(transcriptOf(record), scenario),
    });
  }
  return out.reverse();
}
