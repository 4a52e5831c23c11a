// What the history screen reads: light session rows only, a bounded number at a time, in
// index order, so the screen costs the same with ten sessions or ten thousand.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import type { SessionRow } from '@/db/records';
import { scenarioIds } from '@/db/sessions';

/** Sessions shown per page of the history table. */
export const HISTORY_PAGE = 50;
/** Points on the score chart: the latest ended sessions. */
export const CHART_POINTS = 200;

const byStart = (scenarioId: string | undefined) =>
  scenarioId === undefined
    ? db.sessions.orderBy('startedAt')
    : db.sessions.where('[scenarioId+startedAt]').between([scenarioId, Dexie.minKey], [scenarioId, Dexie.maxKey], true, true);

/** The latest `limit` sessions, newest first, optionally of one buyer. */
export async function recentSessions(scenarioId: string | undefined, limit: number): Promise<SessionRow[]> {
  return byStart(scenarioId).reverse().limit(limit).toArray();
}

export async function countSessions(scenarioId: string | undefined): Promise<number> {
  return scenarioId === undefined ? db.sessions.count() : db.sessions.where('scenarioId').equals(scenarioId).count();
}

/** The latest graded sessions, oldest first, for the chart. */
export async function chartSessions(scenarioId: string | undefined, limit: number = CHART_POINTS): Promise<SessionRow[]> {
  const ended =
    scenarioId === undefined
      ? db.sessions.where('[status+startedAt]').between(['ended', Dexie.minKey], ['ended', Dexie.maxKey], true, true).reverse()
      : byStart(scenarioId).reverse().filter((s) => s.status === 'ended');
  const rows = await ended.filter((s) => s.summary !== undefined).limit(limit).toArray();
  return rows.reverse();
}

export interface BuyerOption {
  id: string;
  title: string;
}

/** Every buyer that has a session, with the title stored on its latest one; not a read of every session. */
export async function historyBuyers(): Promise<BuyerOption[]> {
  const ids = await scenarioIds();
  const latest = await Promise.all(ids.map((id) => recentSessions(id, 1)));
  return ids.map((id, i) => ({ id, title: latest[i]?.[0]?.scenarioTitle ?? id }));
}
