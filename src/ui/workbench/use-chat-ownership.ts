// Opening a chat in this tab: as its one writer, or read-only when another tab writes it.
// The writer reads the chat in the same transaction that makes it the lease holder, then
// restores what an earlier page left unsaved (if it continues the stored chat) and the draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import { claimChat, releaseLease } from '@/db/chat-lease';
import { readDraft } from '@/db/drafts';
import { reconcile } from '@/db/reconcile';
import type { SessionRecord } from '@/db/records';
import type { StaleWriteError } from '@/db/sessions';
import { useUiStore } from '@/store/ui-store';
import { announceTakeOver, lockChat, TAB_ID, watchLease, type ChatLock } from '@/ui/workbench/chat-lock';

export type ViewerReason = 'other-tab' | 'taken-over' | StaleWriteError['reason'];

export type Ownership =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'viewer'; reason: ViewerReason }
  | { kind: 'owner'; record: SessionRecord; stored: number; restored: boolean };

/** The newer of the two draft copies, unless it is the reply already stored as the last agent turn. */
async function restoreDraft(record: SessionRecord): Promise<void> {
  const { drafts, setDraft, clearDraft } = useUiStore.getState();
  const local = drafts[record.id];
  const disk = await readDraft(record.id).catch(() => undefined);
  const best = !disk ? local : !local || disk.at > local.at ? { text: disk.text, at: disk.at } : local;
  const lastAgent = [...record.turns].reverse().find((t) => t.role === 'agent');
  const sent = best && lastAgent && (lastAgent.at ?? record.updatedAt) >= best.at;
  if (!best || sent || best.text === '') clearDraft(record.id);
  else if (best !== local) setDraft(record.id, best.text, best.at);
}

export function useChatOwnership(sessionId: string): { state: Ownership; takeOver: () => void; lose: (reason: ViewerReason) => void } {
  const [state, setState] = useState<Ownership>({ kind: 'loading' });
  const [attempt, setAttempt] = useState({ force: false, n: 0 });
  const release = useRef<() => void>(() => undefined);

  const lose = useCallback((reason: ViewerReason) => {
    // Another tab holds the lease now: releasing it would be a no-op, and the lock is theirs.
    release.current();
    release.current = () => undefined;
    setState({ kind: 'viewer', reason });
  }, []);

  useEffect(() => {
    let live = true;
    let lock: ChatLock | null = null;
    let stopWatch: () => void = () => undefined;
    let owned = false;
    const stop = () => {
      live = false;
      stopWatch();
      lock?.release();
      // Leaving the chat frees it for another tab at once (without Web Locks, not after LEASE_TTL_MS).
      if (owned) void releaseLease(sessionId, TAB_ID).catch(() => undefined);
    };
    release.current = stop;
    const lost = () => live && lose('taken-over');
    (async () => {
      lock = await lockChat(sessionId, attempt.force, lost);
      if (!live) return lock?.release();
      if (!lock) return setState({ kind: 'viewer', reason: 'other-tab' });
      // Holding the Web Lock makes this tab the writer; a lease left by a closed tab is stale.
      const claim = await claimChat(sessionId, TAB_ID, lock.exclusive || attempt.force);
      if (!live) return;
      if (claim.kind === 'busy') return setState({ kind: 'viewer', reason: 'other-tab' });
      if (claim.kind === 'missing') return setState({ kind: 'missing' });
      owned = true;
      if (attempt.force) announceTakeOver(sessionId);
      if (!lock.exclusive) stopWatch = watchLease(sessionId, lost);
      const copy = useUiStore.getState().unsaved[sessionId];
      const r = reconcile(claim.record, copy);
      if (r.kind === 'stored' && copy) useUiStore.getState().dropUnsaved(sessionId);
      await restoreDraft(r.record);
      if (!live) return;
      setState({ kind: 'owner', record: r.record, stored: r.stored, restored: r.kind === 'continues' });
    })().catch((e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    return stop;
  }, [sessionId, attempt, lose]);

  const takeOver = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((a) => ({ force: true, n: a.n + 1 }));
  }, []);

  return { state, takeOver, lose };
}
