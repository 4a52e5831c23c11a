// One writer per chat: the lease every chat write checks in its own transaction, and the
// stored position it must write from (issue 10: two tabs spliced one transcript).
import { describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { claimChat, LEASE_TTL_MS, releaseLease, renewLease } from '@/db/chat-lease';
import { getSession, saveProgress, StaleWriteError } from '@/db/sessions';
import type { SessionRecord } from '@/db/records';
import { endedSession, storeSessions } from './fixtures';

const active = (over: Partial<SessionRecord> = {}) => endedSession({ status: 'active', outcome: null, summary: undefined, ...over } as never);
const withReply = (record: SessionRecord, text: string, at = 5_000): SessionRecord => ({ ...record, turns: [...record.turns, { role: 'agent', text, at }], updatedAt: at });

describe('one writer per chat', () => {
  it('keeps a chat with a live lease for its tab and gives it to a second tab only on take-over', async () => {
    await storeSessions(active());

    expect((await claimChat('s-1', 'tab-a', false, 1_000)).kind).toBe('owner');
    expect((await claimChat('s-1', 'tab-b', false, 2_000)).kind).toBe('busy');
    expect((await claimChat('s-1', 'tab-b', true, 2_000)).kind).toBe('owner');
    expect(await renewLease('s-1', 'tab-a', 3_000)).toBe(false);
  });

  it('lets a second tab have a chat whose lease was not renewed in time', async () => {
    await storeSessions(active());
    await claimChat('s-1', 'tab-a', false, 1_000);

    expect((await claimChat('s-1', 'tab-b', false, 1_000 + LEASE_TTL_MS)).kind).toBe('owner');
  });

  it('refuses the write of a tab that lost the chat, and leaves the stored chat as the new writer has it', async () => {
    await storeSessions(active());
    const a = await claimChat('s-1', 'tab-a', false);
    const b = await claimChat('s-1', 'tab-b', true);
    if (a.kind !== 'owner' || b.kind !== 'owner') throw new Error('claims failed');
    await saveProgress(withReply(b.record, '来自B'), 2, { owner: 'tab-b' });

    await expect(saveProgress(withReply(a.record, '来自A'), 2, { owner: 'tab-a' })).rejects.toThrow(StaleWriteError);

    expect((await getSession('s-1'))?.turns.map((t) => t.text).slice(2)).toEqual(['来自B']);
  });

  it('refuses a write from a stale position even without a lease', async () => {
    await storeSessions(active());
    const record = (await getSession('s-1'))!;
    await saveProgress(withReply(record, '第一句'), 2);

    const stale = saveProgress(withReply(record, '旧位置的另一句'), 2);

    await expect(stale).rejects.toMatchObject({ reason: 'moved-on' });
    expect((await getSession('s-1'))?.turns.map((t) => t.text).slice(2)).toEqual(['第一句']);
    expect((await db.sessions.get('s-1'))?.turnCount).toBe(3);
  });

  it('frees the chat when its tab leaves it', async () => {
    await storeSessions(active());
    await claimChat('s-1', 'tab-a', false);

    await releaseLease('s-1', 'tab-a');

    expect((await claimChat('s-1', 'tab-b', false)).kind).toBe('owner');
  });
});
