// One writer per chat across the browser's tabs. Where the browser has Web Locks, the tab
// holding a chat's lock writes it; the lock ends with the tab, and a second tab may steal it
// (take the chat over), which tells the first at once. Without Web Locks the lease in IndexedDB
// (chat-lease.ts) decides alone: renewed every LEASE_RENEW_MS, announced on a BroadcastChannel.
import { newId } from '@/db/ids';
import { LEASE_RENEW_MS, renewLease } from '@/db/chat-lease';

/** This page's id as a chat writer; a reload is a new page and a new writer. */
export const TAB_ID = newId();

const CHANNEL = 'peilian-chat-writers';

export interface ChatLock {
  /** Web Locks decided that this tab may write; without them the lease claim decides. */
  exclusive: boolean;
  release: () => void;
}

export function hasWebLocks(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function';
}

/**
 * The Web Lock of the chat, or null when another tab holds it (and `steal` is false). `onLost`
 * runs when another tab steals it. Without Web Locks: a lock that decides nothing (exclusive false).
 */
export function lockChat(sessionId: string, steal: boolean, onLost: () => void): Promise<ChatLock | null> {
  if (!hasWebLocks()) return Promise.resolve({ exclusive: false, release: () => undefined });
  return new Promise((resolve) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    navigator.locks
      .request(`peilian-chat:${sessionId}`, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve(null);
          return;
        }
        resolve({ exclusive: true, release });
        await held;
      })
      .catch((e: unknown) => {
        // A stolen lock rejects the request of the tab that held it.
        if ((e as { name?: string }).name === 'AbortError') onLost();
      });
  });
}

interface TakenMessage {
  type: 'taken';
  sessionId: string;
  owner: string;
}

/**
 * While this tab writes the chat without Web Locks: renews the lease, and calls `onLost` when
 * another tab announces it took the chat or the lease turns out to be another's. Returns stop().
 */
export function watchLease(sessionId: string, onLost: () => void): () => void {
  let stopped = false;
  const lose = () => {
    if (stopped) return;
    stop();
    onLost();
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (channel) {
    channel.onmessage = (e: MessageEvent<TakenMessage>) => {
      if (e.data?.type === 'taken' && e.data.sessionId === sessionId && e.data.owner !== TAB_ID) lose();
    };
  }
  const timer = setInterval(() => {
    renewLease(sessionId, TAB_ID).then(
      (mine) => mine || lose(),
      () => undefined,
    );
  }, LEASE_RENEW_MS);
  function stop() {
    stopped = true;
    clearInterval(timer);
    channel?.close();
  }
  return stop;
}

/** Tells the other tabs that this one has just taken the chat over. */
export function announceTakeOver(sessionId: string): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'taken', sessionId, owner: TAB_ID } satisfies TakenMessage);
  channel.close();
}
