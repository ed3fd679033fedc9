// The app half of the start (src/main.tsx loads it): hydrates the prerendered frame from the
// page's seed without waiting for the domain chunk, or renders afresh once the domain is loaded
// when the page asks for something the frame does not show. Either way, input that arrived
// before the app listened is replayed once it does.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { EarlyInput } from './early';
import type { PlaybackAction } from './playback/reducer';
import { asksForFrame } from './frame';
import { Root } from './root';
import { loadAskQuestions } from './store/checkpointStorage';
import { playerStore } from './store/hooks';
import { loadLanguage } from './store/lang';
import type { Seed } from './store/seed';
import { loadDomain, seedDomain, traceInSlices } from './store/traces';
import { notePrerenderedBox } from './view/graph/prerendered';
import { yieldToPage } from './yieldToPage';

/** The prerendered graph's size, measured at the first frame (src/main.tsx). */
type Box = { width: number; height: number };

/**
 * Hydrates from the seed. Until the real trace is in (the domain chunk), the store holds the
 * seed's outline: moves wait in a queue and are made, in order, once it has arrived.
 */
function hydrate(el: HTMLElement, seed: Seed, early: EarlyInput, box: Box | null, onLive: () => void): boolean {
  const outline = seedDomain(seed);
  void loadLanguage();
  // The store starts as the frame was rendered: the hydrating render reads a store's initial
  // state, and every value that differs from it renders the whole app a second time, at once.
  // Moves wait in `waiting` until the real trace is in.
  let waiting: PlaybackAction[] | null = [];
  const hold = (action: PlaybackAction) => (waiting ? (waiting.push(action), true) : false);
  const store = playerStore({ askQuestions: seed.askQuestions, hold });
  const state = store.getState();
  const marker = `${state.playback.scenarioId}:${state.playback.level}:${state.playback.cursor}`;
  const fromSeed = state.trace === outline && state.askQuestions === seed.askQuestions;
  if (!fromSeed || marker !== seed.marker || state.urlNotices.length > 0) return false;
  let committed = false;
  let graphed = false;
  let traced = false;
  const live = () => {
    if (committed && graphed && traced) onLive();
  };
  const onCommit = () => {
    committed = true;
    // The frame was rendered with the build's question setting; the reader's own follows it.
    const ask = loadAskQuestions();
    if (ask !== seed.askQuestions) store.getState().setAskQuestions(ask);
    // The app listens now: early keys and swipes go through it (into the queue, if still waiting).
    early.replay();
    live();
  };
  // The graph hydrates in a later pass of its own (src/shells/app/AppShell.tsx): live once it is in.
  const onGraph = () => {
    graphed = true;
    live();
  };
  notePrerenderedBox(box);
  // A transition hydrates in slices, so the first render is not one long main-thread task; and
  // it starts in a task of its own, after the one that made the store.
  void yieldToPage().then(() => startTransition(() => void hydrateRoot(el, <Root onCommit={onCommit} onGraph={onGraph} />)));
  void loadDomain()
    .then(() => traceInSlices(seed.scenario.id))
    .then((trace) => {
      const moves = waiting ?? [];
      waiting = null;
      store.setState({ trace });
      for (const action of moves) store.getState().dispatch(action);
      traced = true;
      live();
    });
  return true;
}

/** Renders afresh once the domain (and the page's language) has loaded. */
async function render(el: HTMLElement, early: EarlyInput, onLive: () => void): Promise<void> {
  try {
    await Promise.all([loadDomain(), loadLanguage()]);
    playerStore();
  } catch {
    // The first render throws again inside the error boundary, which shows it.
  }
  await yieldToPage();
  const onCommit = () => {
    early.replay();
    onLive();
  };
  startTransition(() => createRoot(el).render(<Root onCommit={onCommit} />));
}

/**
 * Starts the app. `<html data-app="ready">` says it is fully live (hydrated or rendered, and the
 * real trace in): tests and scripts wait for it.
 */
export async function start(el: HTMLElement, seed: Seed | null, early: EarlyInput, box: Box | null): Promise<void> {
  const html = document.documentElement.dataset;
  const onLive = () => {
    delete html.stale;
    html.app = 'ready';
  };
  // The same question src/early.ts asked (another mode is another query key: not the frame).
  if (seed && asksForFrame(seed.marker, location, navigator.languages) && hydrate(el, seed, early, box, onLive)) return;
  // The frame shows another step: it keeps its place, hidden, until the app replaces it (src/early.ts
  // has usually hidden it already).
  if (seed) html.stale = '';
  return render(el, early, onLive);
}
