// The entry: small, so it runs right after the prerendered frame has painted. It records input
// that arrives before the app is live (src/earlyInput.ts), then loads the app (React, React Flow,
// the view) and the domain (engine, catalog, scenarios) side by side; src/boot.tsx hydrates.
// Every stylesheet the first frame needs is imported here, so the prerender can inline it.
import '@xyflow/react/dist/base.css';
import './index.css';
import './view/whatif/whatif.css';
import './view/graph/prerendered.css';
import './boot.css';
import { readSeed } from './store/seed';

const el = document.getElementById('root');
if (!el) throw new Error('index.html has no #root element');
const seed = readSeed(document);

// A scenario's own page, /s/<id>.html, is the deep link ?scenario=<id>: the store reads the query.
if (seed && /\/s\/[^/]+\.html$/.test(location.pathname) && !new URLSearchParams(location.search).has('scenario')) {
  const query = new URLSearchParams(location.search);
  query.set('scenario', seed.scenario.id);
  history.replaceState(history.state, '', `${location.pathname}?${query.toString()}${location.hash}`);
}

// Fetched now, beside the app: src/store/traces.ts imports the same chunk when it needs it.
void import('./store/domain').catch(() => undefined);
// The recorder of early input is already listening: the page's head loads src/early.ts on its
// own, first (this import is the same module, and starts it where the page has no such script).
const early = import('./early').then((m) => m.earlyInput());
void Promise.all([import('./boot'), early]).then(([{ start }, input]) => start(el, seed, input));
