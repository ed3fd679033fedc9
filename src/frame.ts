// Which prerendered frame the address asks for. A prerendered page shows one frame: its scenario's
// first step at the default level, in English. src/early.ts hides a frame the address does not ask
// for as soon as it runs (rather than show the wrong step until the app is in), and src/boot.tsx
// hydrates only a frame the address does ask for: both ask asksForFrame.
import { chooseLang } from './catalog/lang';
import { DEFAULT_SCENARIO } from './playback/state';

/** The query keys that leave the frame as it is when they ask for what it shows. */
const FRAME_KEYS = new Set(['scenario', 'level', 'step', 'lang']);

/** The scenario of a scenario's own page, /s/<id>.html (or /s/<id> where the host drops `.html`). */
export function pageScenario(pathname: string): string | null {
  return /\/s\/([a-z0-9][a-z0-9-]*)(?:\.html)?$/.exec(pathname)?.[1] ?? null;
}

/**
 * Whether the address asks for exactly the frame `marker` (`scenario:level:cursor`) shows: no
 * other query key, its scenario (the page's own, or the default, when the query names none), its
 * level, step 1, and English (a language we do not ship gets English with a notice: not the frame).
 */
export function asksForFrame(marker: string, where: { pathname: string; search: string }, languages: readonly string[]): boolean {
  const [id, level] = marker.split(':');
  const query = new URLSearchParams(where.search);
  const lang = chooseLang(query.get('lang'), languages);
  return (
    [...query.keys()].every((k) => FRAME_KEYS.has(k)) &&
    (query.get('scenario') ?? pageScenario(where.pathname) ?? DEFAULT_SCENARIO) === id &&
    (query.get('level') ?? level) === level &&
    (query.get('step') ?? '1') === '1' &&
    lang.lang === 'en' &&
    lang.unknown === null
  );
}
