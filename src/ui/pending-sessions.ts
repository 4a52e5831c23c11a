// The chat on screen, registered by the workbench so that an export made after a failed
// write includes the turns IndexedDB refused. A module registry, not zustand: it holds a
// reference to the live record, not UI state.
import type { SessionRecord } from '@/db/records';

let current: (() => SessionRecord) | null = null;

export function registerPendingSession(read: (() => SessionRecord) | null): void {
  current = read;
}

export function pendingSessions(): SessionRecord[] {
  return current ? [current()] : [];
}
