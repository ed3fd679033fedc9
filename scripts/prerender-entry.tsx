// Server entry of the build-time prerender (scripts/prerender-plugin.ts): renders the app's first
// frame for a query string with the same tree the browser hydrates. Built into one file per build;
// each import of that file (with its own query) is a fresh module instance, so stores start clean.
import { prerender } from 'react-dom/static';
import { Root } from '../src/root';
import { playerStore } from '../src/store/hooks';
import { loadDomain, scenarioList } from '../src/store/traces';

export interface Prerendered {
  html: string;
  /** What the browser compares with its own first state before hydrating (see src/main.tsx). */
  marker: string;
  title: string;
  scenarios: { id: string; title: string }[];
}

export async function render(search: string): Promise<Prerendered> {
  // The stores read the page's query string when they are first used.
  Object.defineProperty(globalThis, 'location', { value: { search, pathname: '/', hash: '' }, configurable: true });
  await loadDomain();
  const { playback, scenario } = playerStore().getState();
  // prerender waits for lazy parts (the packet) so the frame is complete.
  const { prelude } = await prerender(<Root />);
  const html = await new Response(prelude).text();
  return {
    html,
    marker: `${playback.scenarioId}:${playback.level}:${playback.cursor}`,
    title: scenario.title,
    scenarios: scenarioList(),
  };
}
