// One's own history from the team server into Dexie (a trainee's second machine): page by
// page after the stored cursor, each page merged without duplicates before the cursor moves,
// so an interrupted download resumes where it stopped.
import { LIMITS, SyncDownloadSchema, type SessionFull } from '@/server/api-contract';
import type { SessionRecord } from '@/db/records';
import type { OutcomeKind } from '@/engine/vocabulary';
import { mergeDownloaded } from '@/db/merge-downloaded';
import { getMembership, setDownloadCursor } from '@/db/membership';
import { request, type Connection } from '@/app/team/api-client';

/** A session as the server holds it, in the layout of the local records. */
export function recordOf(session: SessionFull, trainee: string): SessionRecord {
  const record: SessionRecord = {
    id: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    variant: session.variant,
    seed: session.seed,
    trainee,
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
    status: session.status,
    outcome: session.outcome as OutcomeKind | null,
    turns: session.messages.map((m) => {
      const turn: SessionRecord['turns'][number] = { role: m.role, text: m.text };
      if (m.at !== undefined) turn.at = m.at;
      if (m.state !== undefined) turn.state = m.state;
      if (m.mood !== undefined) turn.mood = m.mood;
      if (m.upset !== undefined) turn.upset = m.upset;
      return turn;
    }),
    snapshot: session.snapshot ?? null,
  };
  if (session.scores) {
    const { tone, compliance, conversion, total, passed, pointsDeducted } = session.scores;
    record.summary = { tone, compliance, conversion, total, passed, pointsDeducted };
  }
  return record;
}

/** Returns how many sessions were new or newer here. */
export async function downloadHistory(conn: Connection): Promise<number> {
  let written = 0;
  for (;;) {
    const membership = await getMembership();
    if (!membership) return written;
    const query = new URLSearchParams({ limit: String(LIMITS.downloadPage) });
    if (membership.downloadCursor) query.set('after', membership.downloadCursor);
    const page = await request(conn, 'GET', `/api/sync/sessions?${query}`, SyncDownloadSchema);
    written += await mergeDownloaded(page.sessions.map((s) => recordOf(s, membership.member.name)));
    if (page.next === null || page.sessions.length === 0) return written;
    await setDownloadCursor(page.next);
  }
}
