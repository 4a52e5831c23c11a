// Stored summaries (what history, the chart and the home cards read) graded again when the
// scorer has changed since: a summary carries the SCORER_VERSION it was made with, and the
// report always grades live, so without this the two would show different totals. It runs in
// the background at the browser's lowest priority, in short slices, so a screen opened
// meanwhile (history with ten thousand chats) draws first; the stale ones are found a page of
// rows at a time, never in one read of every session.
import { db } from '@/db/db';
import { getSession, storeSummaries } from '@/db/sessions';
import type { SessionRow, SessionSummary } from '@/db/records';
import { findScenario } from '@/app/scenario-catalog';
import { gradeSession, summarize } from '@/app/grade';
import type { Scenario } from '@/engine/scenario/schema';
import { SCORER_VERSION } from '@/engine/score/version';
import { slicer, yieldToPage } from '@/app/yield-to-page';

/** Sessions graded per write: one change for the screens' live queries per batch. */
const BATCH = 50;
/** Session rows read per step of the search for stale summaries. */
const SCAN_PAGE = 500;

let running: Promise<number> | null = null;

/** The ids of ended sessions whose summary is from another scorer version, a page of rows per step. */
async function staleIds(): Promise<string[]> {
  const stale: string[] = [];
  let after: string | null = null;
  for (;;) {
    const rows: SessionRow[] = await (after === null ? db.sessions.orderBy(':id') : db.sessions.where(':id').above(after)).limit(SCAN_PAGE).toArray();
    for (const row of rows) if (row.status === 'ended' && row.summary?.scorerVersion !== SCORER_VERSION) stale.push(row.id);
    if (rows.length < SCAN_PAGE) return stale;
    after = rows[rows.length - 1]!.id;
    await yieldToPage();
  }
}

/** Re-grades every ended session whose summary is from another scorer version; resolves to how many. */
export function refreshSummaries(find: (id: string) => Scenario | undefined = findScenario): Promise<number> {
  running ??= (async () => {
    // Not in the same task as the screen that asked: its own queries go first.
    await yieldToPage();
    const stale = await staleIds();
    const slice = slicer();
    let done = 0;
    for (let i = 0; i < stale.length; i += BATCH) {
      const graded: Array<[string, SessionSummary]> = [];
      for (const id of stale.slice(i, i + BATCH)) {
        const record = await getSession(id);
        const scenario = record && find(record.scenarioId);
        // A buyer no longer bundled cannot be graded again: its old summary stays.
        if (record && scenario) graded.push([id, summarize(gradeSession(record, scenario))]);
        await slice.maybeYield();
      }
      await storeSummaries(graded);
      done += graded.length;
      await yieldToPage();
    }
    return done;
  })().finally(() => {
    running = null;
  });
  return running;
}
