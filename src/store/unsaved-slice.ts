import type { StateCreator } from 'zustand';
import type { SessionRecord } from '@/db/records';
import type { UiState } from '@/store/ui-store';

/**
 * A chat whose latest turns IndexedDB has not committed yet: `record` is the chat as on screen,
 * `stored` how many of its turns IndexedDB holds. Kept (in localStorage too) from the moment a
 * reply is sent until the write commits, so a reload right after Enter, a write refused by a
 * full disk, or leaving the chat loses nothing: the next start writes it, the export holds it.
 */
export interface UnsavedChat {
  record: SessionRecord;
  stored: number;
  /** A write of it failed (full disk, storage unavailable): the banner and leave warnings show. */
  failed: boolean;
  /** When it was last exported to a file, if after its latest change. */
  exportedAt?: number;
}

export interface UnsavedSlice {
  unsaved: Record<string, UnsavedChat>;
  keepUnsaved: (record: SessionRecord, stored: number) => void;
  /** The write of `record` committed: forget it, unless newer turns came since. */
  savedUpTo: (record: SessionRecord) => void;
  markFailed: (sessionId: string) => void;
  dropUnsaved: (sessionId: string) => void;
  markExported: (at: number) => void;
}

export const createUnsavedSlice: StateCreator<UiState, [], [], UnsavedSlice> = (set) => ({
  unsaved: {},
  keepUnsaved: (record, stored) =>
    set((s) => {
      const failed = s.unsaved[record.id]?.failed ?? false;
      return { unsaved: { ...s.unsaved, [record.id]: { record, stored, failed } } };
    }),
  savedUpTo: (record) =>
    set((s) => {
      const entry = s.unsaved[record.id];
      if (!entry) return {};
      if (entry.record.turns.length > record.turns.length || entry.record.updatedAt > record.updatedAt) {
        return { unsaved: { ...s.unsaved, [record.id]: { ...entry, stored: record.turns.length } } };
      }
      const { [record.id]: _gone, ...rest } = s.unsaved;
      return { unsaved: rest };
    }),
  markFailed: (sessionId) =>
    set((s) => {
      const entry = s.unsaved[sessionId];
      if (!entry) return {};
      const { exportedAt: _old, ...rest } = entry;
      return { unsaved: { ...s.unsaved, [sessionId]: { ...rest, failed: true } } };
    }),
  dropUnsaved: (sessionId) =>
    set((s) => {
      const { [sessionId]: _gone, ...rest } = s.unsaved;
      return { unsaved: rest };
    }),
  markExported: (at) =>
    set((s) => ({ unsaved: Object.fromEntries(Object.entries(s.unsaved).map(([id, u]) => [id, { ...u, exportedAt: at }])) })),
});

/** Chats with turns a failed write left out and no export since: leaving would risk them. */
export function atRisk(unsaved: Record<string, UnsavedChat>): UnsavedChat[] {
  return Object.values(unsaved).filter((u) => u.failed && u.exportedAt === undefined);
}

/** Turns on screen that IndexedDB does not hold, over every chat. */
export function unsavedTurns(unsaved: Record<string, UnsavedChat>): number {
  return Object.values(unsaved).reduce((n, u) => n + Math.max(0, u.record.turns.length - u.stored), 0);
}
