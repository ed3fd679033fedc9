// A language pack: everything a second language brings. It loads in its own chunk, only for
// readers who need it; English is the fallback for any word a pack lacks.
import type { Lang } from './lang';
import type { Catalog } from './types';
import type { UiCatalog } from './ui-en';

/** A scenario's words in another language; whatever is missing stays as the scenario file says. */
export interface ScenarioWords {
  title?: string;
  summary?: string;
  notes?: Record<string, string>;
  speakerNotes?: Record<string, string>;
  /** Keyed by the checkpoint's `before` step id; choices in the file's order. */
  checkpoints?: Record<string, { question: string; choices: { text: string; explanation: string }[] }>;
}

export interface LanguagePack {
  lang: Lang;
  ui: UiCatalog;
  /** Narration: step titles and texts, misconceptions, kubectl's refusals. */
  catalog: Catalog;
  /** Keyed by scenario id. */
  scenarios: Record<string, ScenarioWords>;
  /** The configuration explorer's sentence per kube-apiserver flag, and per removed flag. */
  flags: { modelled: Record<string, string>; removed: Record<string, string> };
  /** A scenario file's errors, keyed by their English templates (src/catalog/said.ts). */
  scenarioErrors: Record<string, string>;
}
