// The reply box's unsent text in IndexedDB. localStorage (the zustand store) keeps it across a
// reload, but Chromium flushes localStorage to disk seconds later, so a browser kill lost it;
// an IndexedDB transaction is on disk when it completes. Every change is written at once, one
// write per chat in flight and only the newest text queued behind it, so typing costs at most
// one small write at a time and the stored draft trails the screen by one write.
import { db } from '@/db/db';
import type { DraftRecord } from '@/db/records';

interface Queue {
  running: Promise<void> | null;
  next: DraftRecord | null;
  /** A reply sent at this time: drafts typed before it are that reply and are not written. */
  sentAt: number;
}

const queues = new Map<string, Queue>();

function queueOf(sessionId: string): Queue {
  let q = queues.get(sessionId);
  if (!q) {
    q = { running: null, next: null, sentAt: -Infinity };
    queues.set(sessionId, q);
  }
  return q;
}

async function run(q: Queue): Promise<void> {
  try {
    while (q.next) {
      const draft = q.next;
      q.next = null;
      if (draft.at <= q.sentAt) continue;
      try {
        if (draft.text === '') await db.drafts.delete(draft.sessionId);
        else await db.drafts.put(draft);
      } catch {
        // Storage refuses writes: the draft stays in the store's localStorage copy.
      }
    }
  } finally {
    q.running = null;
  }
}

/** Writes the draft soon; returns when this and every earlier change of the chat is written. */
export function writeDraft(sessionId: string, text: string, at: number = Date.now()): Promise<void> {
  const q = queueOf(sessionId);
  q.next = { sessionId, text, at };
  // A running loop picks the new text up when its write completes.
  q.running ??= run(q);
  return q.running;
}

/**
 * The reply typed until `at` was sent: a queued write of it is dropped. The stored draft stays
 * until the chat write that stores the reply removes it in the same transaction (saveProgress).
 */
export function draftSent(sessionId: string, at: number): void {
  queueOf(sessionId).sentAt = at;
}

export async function readDraft(sessionId: string): Promise<DraftRecord | undefined> {
  return db.drafts.get(sessionId);
}
