// UI-only state, kept apart from playback: it never goes into a deep link (except the mode).
import { create } from 'zustand';
import type { ChosenLang, Lang } from '../catalog/lang';
import type { UiCatalog } from '../catalog/ui-en';

export const MODES = ['app', 'present', 'speaker', 'compare', 'config', 'gallery', 'sandbox'] as const;
export type Mode = (typeof MODES)[number];

function modeFromUrl(): Mode {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('mode');
  return (MODES as readonly string[]).includes(asked ?? '') ? (asked as Mode) : 'app';
}

interface UiState {
  helpOpen: boolean;
  mode: Mode;
  /** Presenter's black screen. */
  blackout: boolean;
  overviewOpen: boolean;
  /** Digits typed after G, or null when not going to a step. */
  goToDigits: string | null;
  /** Shown when the browser blocked the speaker window. */
  speakerLink: string | null;
  /** True once this window talks to a speaker view. */
  syncing: boolean;
  handoutOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  setMode: (mode: Mode) => void;
  setBlackout: (on: boolean) => void;
  setOverviewOpen: (open: boolean) => void;
  setGoToDigits: (digits: string | null) => void;
  setSpeakerLink: (link: string | null) => void;
  setSyncing: (on: boolean) => void;
  setHandoutOpen: (open: boolean) => void;
  /** The page's language, its UI words (English fills the gaps), and an unknown `?lang=` asked for. */
  lang: Lang;
  uiText: UiCatalog;
  langUnknown: string | null;
  langFromUrl: boolean;
  setLanguage: (chosen: ChosenLang, uiText: UiCatalog) => void;
  transcriptOpen: boolean;
  setTranscriptOpen: (open: boolean) => void;
}

/**
 * English, the catalogs' own language: no pack. One object, so that setting English again changes
 * nothing a component selects (a hydrating page would otherwise render everything twice).
 */
export const ENGLISH_UI: UiCatalog = {};

export const useUi = create<UiState>()((set) => ({
  helpOpen: false,
  mode: modeFromUrl(),
  blackout: false,
  overviewOpen: false,
  goToDigits: null,
  speakerLink: null,
  syncing: false,
  handoutOpen: false,
  setHelpOpen: (open) => set({ helpOpen: open }),
  setMode: (mode) => set({ mode, blackout: false, overviewOpen: false, goToDigits: null }),
  setBlackout: (on) => set({ blackout: on }),
  setOverviewOpen: (open) => set({ overviewOpen: open }),
  setGoToDigits: (digits) => set({ goToDigits: digits }),
  setSpeakerLink: (link) => set({ speakerLink: link }),
  setSyncing: (on) => set({ syncing: on }),
  setHandoutOpen: (open) => set({ handoutOpen: open }),
  lang: 'en',
  uiText: ENGLISH_UI,
  langUnknown: null,
  langFromUrl: false,
  setLanguage: (chosen, uiText) => set({ lang: chosen.lang, langUnknown: chosen.unknown, langFromUrl: chosen.fromUrl, uiText }),
  transcriptOpen: false,
  setTranscriptOpen: (open) => set({ transcriptOpen: open }),
}));
