// Stored summaries (what history, the chart and the home cards read) graded again when the
// scorer has changed since: a summary carries the SCORER_VERSION it was made with, and the
// report always grades live, so without this the two would show different totals.
import { db } from '@/db/db';
import { getSession, storeSummaries } from '@/db/sessions';
import type { SessionSummary } from '@/db/records';
import { findScenario } from '@/app/scenario-catalog';
import { gradeSession, summarize } from '@/app/grade';
import type { Scenario } from '@/engine/scenario/schema';
import { SCORER_VERSION } from '@/engine/score/version';

/** Sessions graded per step: one write per step, and the page stays responsive between steps. */
const BATCH = 50;

let running: Promise<number> | null = null;

/** Re-grades every ended session whose summary is from another scorer version; resolves to how many. */
export function refreshSummaries(find: (id: string) => Scenario | undefined = findScenario): Promise<number> {
  running ??= (async () => {
    const stale = await db.sessions
      .where('status')
      .equals('ended')
      .filter((row) => row.summary?.scorerVersion !== SCORER_VERSION)
      .primaryKeys();
    let done = 0;
    for (let i = 0; i < stale.length; i += BATCH) {
      const graded: Array<[string, SessionSummary]> = [];
      for (const id of stale.slice(i, i + BATCH)) {
        const record = await getSession(id);
        const scenario = record && find(record.scenarioId);
        // A buyer no longer bundled cannot be graded again: its old summary stays.
        if (record && scenario) graded.push([id, summarize(gradeSession(record, scenario))]);
      }
      await storeSummaries(graded);
      done += graded.length;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return done;
  })().finally(() => {
    running = null;
  });
  return running;
}
