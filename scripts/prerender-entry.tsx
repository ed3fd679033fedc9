// Server entry of the build-time prerender (scripts/prerender-plugin.ts): renders a page's first
// frame with the very tree the browser hydrates, and the seed the browser hydrates it from. Built
// into one file; each import of that file (with its own query) is a fresh module instance, so the
// app's singleton stores start clean for every page.
import { prerender } from 'react-dom/static';
import { posterFrame } from '../src/embed/posterFrame';
import { POSTER_FRAME_CSS } from '../src/embed/posterFrameCss';
import { Root } from '../src/root';
import { visibleIndices } from '../src/playback/levels';
import { playerStore } from '../src/store/hooks';
import type { Seed } from '../src/store/seed';
import { makeSeed } from '../src/store/seed';
import { loadDomain, scenarioList } from '../src/store/traces';
import { offersAt } from '../src/store/whatif';
import { buildLayout } from '../src/view/graph/layout';

export interface Prerendered {
  html: string;
  seed: Seed;
  title: string;
  summary: string;
  /** The embed poster's picture of this first frame (src/embed/posterFrame.ts). */
  poster: string;
  /** The poster picture's stylesheet. */
  posterCss: string;
  /** What the poster shows: `<scenario>:<level>`, the embed hides it for any other deep link. */
  posterOf: string;
}

export async function render(search: string): Promise<Prerendered> {
  // The stores read the page's query string when they are first used.
  Object.defineProperty(globalThis, 'location', { value: { search, pathname: '/', hash: '' }, configurable: true });
  await loadDomain();
  const { playback, scenario, trace, askQuestions } = playerStore().getState();
  const visible = visibleIndices(trace.steps, playback.level);
  const next = visible[visible.indexOf(playback.cursor) + 1] ?? trace.steps.length;
  const seed = makeSeed(trace, next, {
    scenario,
    scenarios: scenarioList(),
    offers: offersAt(playback.scenarioId, playback.cursor, playback.level),
    marker: `${playback.scenarioId}:${playback.level}:${playback.cursor}`,
    askQuestions,
  });
  const first = trace.steps[playback.cursor];
  if (!first) throw new Error(`scenario "${playback.scenarioId}" has no step ${playback.cursor}`);
  const poster = posterFrame(playback.scenarioId, first, buildLayout(scenario.cluster.nodes));
  // No boundary is outlined for streaming: that would add inline scripts, which the CSP refuses.
  const { prelude } = await prerender(<Root />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const html = await new Response(prelude).text();
  return { html, seed, title: scenario.title, summary: scenario.summary, poster, posterCss: POSTER_FRAME_CSS, posterOf: `${playback.scenarioId}:${playback.level}` };
}
