// The page's language: chosen once from `?lang=` and the browser's languages, before the first
// render. English is built in; another language's pack is fetched as its own chunk.
import { useMemo } from 'react';
import type { ChosenLang } from '../catalog/lang';
import { chooseLang } from '../catalog/lang';
import type { LanguagePack } from '../catalog/lang-pack';
import type { Catalog } from '../catalog/types';
import type { Params, Translate } from '../catalog/ui-text';
import { translator } from '../catalog/ui-text';
import type { UiKey } from '../catalog/ui-en';
import { say, type Said } from '../catalog/said';
import type { Scenario, ScenarioError } from '../scenario/types';
import { ENGLISH_UI, useUi } from './ui';

let pack: LanguagePack | null = null;

export function chosenLang(): ChosenLang {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  return chooseLang(asked, globalThis.navigator?.languages ?? []);
}

/** Picks the language, fetches its pack when it is not English, and sets `<html lang>`. */
export async function loadLanguage(): Promise<void> {
  const chosen = chosenLang();
  if (chosen.lang === 'zh-CN') pack = (await import('../catalog/zh-CN')).zhCN;
  // Only when it changes: setting `lang` at all makes the browser restyle the whole page.
  if (globalThis.document && document.documentElement.lang !== chosen.lang) document.documentElement.lang = chosen.lang;
  useUi.getState().setLanguage(chosen, pack?.ui ?? ENGLISH_UI);
}

/** The narration catalog for traces: the pack's, falling back to English key by key in renderTrace. */
export function narrationCatalog(en: Catalog): Catalog {
  return pack?.catalog ?? en;
}

/** The scenario with its title, notes and questions in the page's language where the pack has them. */
export function localizeScenario(scenario: Scenario): Scenario {
  const words = pack?.scenarios[scenario.id];
  if (!words) return scenario;
  return {
    ...scenario,
    title: words.title ?? scenario.title,
    summary: words.summary ?? scenario.summary,
    notes: { ...scenario.notes, ...words.notes },
    speakerNotes: { ...scenario.speakerNotes, ...words.speakerNotes },
    checkpoints: scenario.checkpoints.map((cp) => {
      const w = words.checkpoints?.[cp.before];
      if (!w || w.choices.length !== cp.choices.length) return cp;
      return {
        ...cp,
        question: w.question,
        choices: cp.choices.map((c, i) => ({ ...c, text: w.choices[i]?.text ?? c.text, explanation: w.choices[i]?.explanation ?? c.explanation })),
      };
    }),
  };
}

/** The configuration explorer's sentences about flags, in the page's language where the pack has them. */
export function localizeFlags(modelled: Record<string, string>, removed: Record<string, string>): LanguagePack['flags'] {
  return { modelled: { ...modelled, ...pack?.flags.modelled }, removed: { ...removed, ...pack?.flags.removed } };
}

/** A scenario file's error in the page's language where the pack has its words; file, line and field stay. */
export function localizeScenarioError(e: ScenarioError): { message: string; hint: string; englishMessage: boolean } {
  if (!e.said || !pack) return { message: e.message, hint: e.hint, englishMessage: false };
  // A plain string is another program's words (the YAML parser's): English. kubectl's refusal and
  // its hint are said from kubectl's own catalog.
  const words = { ...pack.scenarioErrors, ...pack.catalog.kubectlErrors };
  return { message: say(e.said.message, words), hint: say(e.said.hint, words), englishMessage: typeof e.said.message === 'string' };
}

/** kubectl's refusal (or its hint) in the page's language where the pack has the words. */
export function sayKubectl(said: Said | string): string {
  return say(said, pack?.catalog.kubectlErrors);
}

/** `&lang=…` for links to a step, when the reader chose the language in the link. */
export function langParam(): string {
  const { lang, langFromUrl } = useUi.getState();
  return langFromUrl ? `&lang=${lang}` : '';
}

/** A UI string in the page's language, outside React. */
export function t(key: UiKey, params?: Params): string {
  return translator(useUi.getState().uiText)(key, params);
}

/** A UI string in the page's language; re-renders when the catalog arrives. */
export function useT(): Translate {
  const catalog = useUi((s) => s.uiText);
  return useMemo(() => translator(catalog), [catalog]);
}
