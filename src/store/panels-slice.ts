import type { StateCreator } from 'zustand';
import type { UiState } from '@/store/ui-store';

export type SideTab = 'product' | 'policy' | 'phrases';

export interface PanelsSlice {
  sideTab: SideTab;
  /** Practice hints after a flagged reply; off by default so a trainee first tries alone. */
  hintsOn: boolean;
  setSideTab: (tab: SideTab) => void;
  setHintsOn: (on: boolean) => void;
}

export const createPanelsSlice: StateCreator<UiState, [], [], PanelsSlice> = (set) => ({
  sideTab: 'product',
  hintsOn: false,
  setSideTab: (sideTab) => set({ sideTab }),
  setHintsOn: (hintsOn) => set({ hintsOn }),
});
