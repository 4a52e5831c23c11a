import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/db';
import { deleteSession, getSession, saveProgress, saveSession } from '@/db/sessions';
import { chartSessions, countSessions, historyBuyers, recentSessions } from '@/db/history-queries';
import type { SessionRecord } from '@/db/records';
import { endedSession } from './fixtures';

const turn = (i: number) => ({ role: i % 2 ? ('agent' as const) : ('buyer' as const), text: `第${i}句`, at: 1000 + i });

function many(count: number, over: (i: number) => Partial<SessionRecord> = () => ({})): SessionRecord[] {
  return Array.from({ length: count }, (_, i) => endedSession({ id: `s${String(i).padStart(4, '0')}`, startedAt: 10_000 + i * 1000, ...over(i) }));
}

describe('session storage', () => {
  it('appends only the new turns with the snapshot and the row', async () => {
    const start = endedSession({ status: 'active', outcome: null, turns: [turn(0)], snapshot: { step: 1 } });
    await saveSession(start);
    const next = { ...start, turns: [turn(0), turn(1), turn(2)], snapshot: { step: 2 } };

    await saveProgress(next, 1);

    expect(await getSession(start.id)).toEqual(next);
    expect((await db.sessions.get(start.id))?.turnCount).toBe(3);
  });

  it('writes nothing of a chat step when one part of the write fails', async () => {
    const start = endedSession({ status: 'active', outcome: null, turns: [turn(0)], snapshot: { step: 1 } });
    await saveSession(start);
    vi.spyOn(db.snapshots, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    await expect(saveProgress({ ...start, turns: [turn(0), turn(1)], snapshot: { step: 2 } }, 1)).rejects.toThrow();

    vi.restoreAllMocks();
    expect(await getSession(start.id)).toEqual(start);
    expect(await db.messages.count()).toBe(1);
  });

  it('deletes a session with its turns and snapshot, leaving the others', async () => {
    await saveSession(endedSession({ id: 'keep' }));
    await saveSession(endedSession({ id: 'gone' }));

    await deleteSession('gone');

    expect(await getSession('gone')).toBeUndefined();
    expect(await db.snapshots.get('gone')).toBeUndefined();
    expect(await db.messages.count()).toBe(2);
    expect(await getSession('keep')).toBeDefined();
  });
});

describe('history queries', () => {
  it('pages the latest sessions newest first, optionally of one buyer', async () => {
    await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
      for (const s of many(120, (i) => (i % 3 === 0 ? { scenarioId: 'complaint', scenarioTitle: '投诉的顾客' } : {}))) await saveSession(s);
    });

    const page = await recentSessions(undefined, 50);
    const complaints = await recentSessions('complaint', 10);

    expect(page).toHaveLength(50);
    expect(page[0]?.id).toBe('s0119');
    expect(page.every((r) => !('turns' in r))).toBe(true);
    expect(complaints.map((r) => r.id).slice(0, 3)).toEqual(['s0117', 's0114', 's0111']);
    expect(await countSessions(undefined)).toBe(120);
    expect(await countSessions('complaint')).toBe(40);
    expect(await historyBuyers()).toEqual([
      { id: 'complaint', title: '投诉的顾客' },
      { id: 'price-haggle', title: '砍价的宝妈' },
    ]);
  });

  it('charts at most the latest 200 graded sessions, oldest first, skipping unfinished ones', async () => {
    await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.outbox], async () => {
      for (const s of many(260, (i) => (i >= 250 ? { status: 'active', outcome: null, summary: undefined } : {}) as Partial<SessionRecord>)) await saveSession(s);
    });

    const points = await chartSessions(undefined);

    expect(points).toHaveLength(200);
    expect(points[0]?.id).toBe('s0050');
    expect(points[199]?.id).toBe('s0249');
  });
});
