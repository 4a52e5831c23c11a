// A chat as IndexedDB holds it against the copy of it that a page kept while a write had not
// committed (the store's unsaved chats). The copy is written only when it continues exactly
// what is stored: never from a stale position, never over turns it does not have.
import type { SessionRecord } from '@/db/records';
import type { Turn } from '@/engine/transcript';

export interface PendingCopy {
  record: SessionRecord;
  stored: number;
}

export type Reconciled =
  /** The copy continues the stored chat: `record` is it, of which `stored` turns are on disk. */
  | { kind: 'continues'; record: SessionRecord; stored: number }
  /** The stored chat already holds everything the copy had (or there was no copy). */
  | { kind: 'stored'; record: SessionRecord; stored: number }
  /** Copy and stored chat went different ways (another tab went on): both are kept apart. */
  | { kind: 'diverged'; record: SessionRecord; stored: number; copy: SessionRecord };

const sameTurn = (a: Turn | undefined, b: Turn | undefined) => a !== undefined && b !== undefined && a.role === b.role && a.text === b.text && a.at === b.at;

/** Whether `short` is the first turns of `long`. */
export function isPrefix(short: readonly Turn[], long: readonly Turn[]): boolean {
  if (short.length > long.length) return false;
  for (let i = 0; i < short.length; i++) if (!sameTurn(short[i], long[i])) return false;
  return true;
}

export function reconcile(stored: SessionRecord, copy: PendingCopy | undefined): Reconciled {
  const onDisk = { record: stored, stored: stored.turns.length };
  if (!copy) return { kind: 'stored', ...onDisk };
  const mine = copy.record;
  if (isPrefix(stored.turns, mine.turns)) {
    const newer = mine.turns.length > stored.turns.length || (mine.updatedAt > stored.updatedAt && (mine.status !== stored.status || mine.outcome !== stored.outcome));
    return newer ? { kind: 'continues', record: mine, stored: stored.turns.length } : { kind: 'stored', ...onDisk };
  }
  if (isPrefix(mine.turns, stored.turns)) return { kind: 'stored', ...onDisk };
  return { kind: 'diverged', ...onDisk, copy: mine };
}
