import type { StateCreator } from 'zustand';
import type { UiState } from '@/store/ui-store';

/** Unsent text of the reply box, per session: a reload must not lose a half-typed reply. */
export interface DraftsSlice {
  drafts: Record<string, string>;
  setDraft: (sessionId: string, text: string) => void;
  clearDraft: (sessionId: string) => void;
}

export const createDraftsSlice: StateCreator<UiState, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft: (sessionId, text) => set((s) => ({ drafts: { ...s.drafts, [sessionId]: text } })),
  clearDraft: (sessionId) =>
    set((s) => {
      const { [sessionId]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
});
