// The one zustand store: UI-only state. Conversation state lives in the buyer actor and
// durable records in Dexie; what is here besides is what Dexie has not committed yet (drafts,
// unsaved turns), with a localStorage copy (local-copies.ts) that survives a reload when
// IndexedDB fails.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createDraftsSlice, type DraftsSlice } from '@/store/drafts-slice';
import { createPanelsSlice, type PanelsSlice } from '@/store/panels-slice';
import { createStorageSlice, type StorageSlice } from '@/store/storage-slice';
import { createUnsavedSlice, type UnsavedSlice } from '@/store/unsaved-slice';
import { keepLocalCopies, loadLocalCopies } from '@/store/local-copies';

export type UiState = DraftsSlice & PanelsSlice & StorageSlice & UnsavedSlice;

export const useUiStore = create<UiState>()(
  persist(
    (...a) => ({ ...createDraftsSlice(...a), ...createPanelsSlice(...a), ...createStorageSlice(...a), ...createUnsavedSlice(...a), ...loadLocalCopies() }),
    {
      name: 'peilian-ui',
      storage: createJSONStorage(() => localStorage),
      // Version 0 kept the drafts here too; local-copies.ts has taken them over.
      version: 1,
      migrate: (old) => ({ hintsOn: (old as { hintsOn?: unknown } | null)?.hintsOn === true }),
      partialize: (s) => ({ hintsOn: s.hintsOn }),
    },
  ),
);

keepLocalCopies(useUiStore);
