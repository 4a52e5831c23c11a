// Glue for the recommendation card: the latest graded sessions, re-scored by the engine so each
// yields the skills it tested (the stored summary keeps only the totals, not flags and moves).
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import { getSession } from '@/db/sessions';
import { gradeSession, transcriptOf } from '@/app/grade';
import { buyerSkills } from '@/engine/skills/buyer-skills';
import { skillOutcomes } from '@/engine/skills/skill-outcomes';
import type { PracticeSession } from '@/engine/skills/recommend';
import type { Scenario } from '@/engine/scenario/schema';

/** Sessions read for the recommendation: enough for spacing, bounded so a long history stays quick. */
export const PRACTICE_SESSIONS = 30;

/** `scenarios`: every buyer the trainee can play (built-in and her own), to grade each chat against its script. */
export async function practiceHistory(scenarios: readonly Scenario[], limit: number = PRACTICE_SESSIONS): Promise<PracticeSession[]> {
  const rows = await db.sessions
    .where('[status+startedAt]')
    .between(['ended', Dexie.minKey], ['ended', Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray();
  const records = await Promise.all(rows.map((r) => getSession(r.id)));
  const out: PracticeSession[] = [];
  for (const record of records) {
    if (!record) continue;
    const scenario = scenarios.find((s) => s.id === record.scenarioId);
    const tested = scenario ? new Set(buyerSkills(scenario).keys()) : undefined;
    const outcomes = skillOutcomes(transcriptOf(record), gradeSession(record, scenario), {
      ...(scenario ? { scenario } : {}),
      ...(tested ? { tested } : {}),
    });
    out.push({ scenarioId: record.scenarioId, variant: record.variant, at: record.startedAt, outcomes });
  }
  return out.reverse();
}
