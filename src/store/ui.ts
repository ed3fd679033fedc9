// UI-only state, kept apart from playback: it never goes into a deep link.
import { create } from 'zustand';

interface UiState {
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  helpOpen: false,
  setHelpOpen: (open) => set({ helpOpen: open }),
}));
