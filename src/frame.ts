// Which prerendered frame the address asks for. A prerendered page shows one frame: its scenario's
// first step at the default level, in English. src/early.ts hides a frame the address does not ask
// for as soon as it runs (rather than show the wrong step until the app is in), and src/boot.tsx
// hydrates only a frame the address does ask for.
import { chooseLang } from './catalog/lang';

/** The query keys that leave the frame as it is when they ask for what it shows. */
const FRAME_KEYS = new Set(['scenario', 'level', 'step', 'lang']);

/**
 * Whether the query `search` asks for exactly the frame `marker` (`scenario:level:cursor`) shows:
 * no other key, its scenario (`scenario` when the query names none), its level, step 1, English.
 */
export function asksForFrame(marker: string, search: string, languages: readonly string[], scenario: string): boolean {
  const [id, level] = marker.split(':');
  const query = new URLSearchParams(search);
  return (
    [...query.keys()].every((k) => FRAME_KEYS.has(k)) &&
    (query.get('scenario') ?? scenario) === id &&
    (query.get('level') ?? level) === level &&
    (query.get('step') ?? '1') === '1' &&
    chooseLang(query.get('lang'), languages).lang === 'en'
  );
}

/** The scenario of a scenario's own page, /s/<id>.html (its query may name none). */
export function pageScenario(pathname: string): string | null {
  return /\/s\/([a-z0-9][a-z0-9-]*)\.html$/.exec(pathname)?.[1] ?? null;
}
