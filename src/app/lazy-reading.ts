// The reader's chunk (app/reading.ts) on demand. A chat opens and its reply box is enabled
// before the chunk has arrived; a reply sent earlier waits for it (ui/workbench/use-chat.ts)
// and is then read and graded exactly as any other, with the time it was sent.
import type { ReadReply } from '@/engine/buyer/drive';

export type Reading = typeof import('@/app/reading');

let ready: Reading | null = null;
let loading: Promise<Reading> | null = null;

/** Fetches the reader once; a failed fetch is tried again on the next call. */
export function loadReading(): Promise<Reading> {
  loading ??= import('@/app/reading').then(
    (m) => (ready = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The reader if it has arrived, else null (then loadReading() and wait). */
export function readingNow(): Reading | null {
  return ready;
}

/**
 * For a buyer whose replies are only sent once the reader is here: a buyer can be resumed, open
 * and time out without it. Calling it earlier is a bug in the caller, never a silent misreading.
 */
export const lazyReadReply: ReadReply = (...args) => {
  if (!ready) throw new Error('reply read before the reader was loaded (await loadReading() first)');
  return ready.readReply(...args);
};
