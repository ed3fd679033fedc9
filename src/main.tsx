import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './root';
import { playerStore } from './store/hooks';
import { loadDomain } from './store/traces';
import { useUi } from './store/ui';
import './index.css';

const el = document.getElementById('root');
if (!el) throw new Error('index.html has no #root element');

// A scenario's own page (/<id>.html, prerendered at build) is the deep link ?scenario=<id>: the
// query string stays the one contract the store and the address bar speak.
const page = /\/([a-z0-9-]+)(?:\.html)?$/.exec(location.pathname)?.[1];
if (page && page !== 'index' && el.dataset.prerendered?.startsWith(`${page}:`)) {
  const query = new URLSearchParams(location.search);
  if (!query.has('scenario')) query.set('scenario', page);
  history.replaceState(history.state, '', `./?${query.toString()}${location.hash}`);
}

/** The prerendered frame is hydrated only if it shows what this URL asks for; else it is replaced. */
function matchesPrerender(): boolean {
  const marker = el?.dataset.prerendered;
  if (!marker) return false;
  const { mode, handoutOpen } = useUi.getState();
  const { playback, urlNotices } = playerStore().getState();
  return mode === 'app' && !handoutOpen && urlNotices.length === 0 && marker === `${playback.scenarioId}:${playback.level}:${playback.cursor}`;
}

const start = () => {
  let hydrate = false;
  try {
    hydrate = matchesPrerender();
  } catch {
    // The domain failed to load: the first render throws again inside the error boundary.
  }
  // A transition renders in slices, so the first render is not one long main-thread task.
  startTransition(() => {
    if (hydrate) hydrateRoot(el, <Root />);
    else createRoot(el).render(<Root />);
  });
};

// The page has painted its prerendered first frame; load the engine, simulate the first scenario
// in its own task, then hydrate.
void loadDomain()
  .then(() => playerStore())
  .catch(() => undefined)
  .finally(() => setTimeout(start, 0));
