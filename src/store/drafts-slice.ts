import type { StateCreator } from 'zustand';
import type { UiState } from '@/store/ui-store';

/** The reply box's text and when it was last typed (an older copy elsewhere loses to it). */
export interface Draft {
  text: string;
  at: number;
}

/** Unsent text of the reply box, per session: a reload must not lose a half-typed reply. */
export interface DraftsSlice {
  drafts: Record<string, Draft>;
  setDraft: (sessionId: string, text: string, at?: number) => void;
  clearDraft: (sessionId: string) => void;
}

export const createDraftsSlice: StateCreator<UiState, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft: (sessionId, text, at = Date.now()) => set((s) => ({ drafts: { ...s.drafts, [sessionId]: { text, at } } })),
  clearDraft: (sessionId) =>
    set((s) => {
      const { [sessionId]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
});
