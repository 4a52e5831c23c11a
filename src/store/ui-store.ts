// The one zustand store: UI-only state. Conversation state lives in the buyer actor and
// durable records in Dexie; nothing here is a copy of either.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createDraftsSlice, type DraftsSlice } from '@/store/drafts-slice';
import { createPanelsSlice, type PanelsSlice } from '@/store/panels-slice';
import { createStorageSlice, type StorageSlice } from '@/store/storage-slice';

export type UiState = DraftsSlice & PanelsSlice & StorageSlice;

export const useUiStore = create<UiState>()(
  persist(
    (...a) => ({ ...createDraftsSlice(...a), ...createPanelsSlice(...a), ...createStorageSlice(...a) }),
    {
      name: 'peilian-ui',
      // localStorage, not IndexedDB: a draft must survive even when IndexedDB writes fail.
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ drafts: s.drafts, hintsOn: s.hintsOn }),
    },
  ),
);
