import type { StateCreator } from 'zustand';
import type { UiState } from '@/store/ui-store';

/** The last failed IndexedDB write, shown as a banner until the next write succeeds. */
export interface StorageSlice {
  storageError: string | null;
  setStorageError: (message: string | null) => void;
}

export const createStorageSlice: StateCreator<UiState, [], [], StorageSlice> = (set) => ({
  storageError: null,
  setStorageError: (storageError) => set({ storageError }),
});
