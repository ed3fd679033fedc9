// The entry: as small as possible, so nothing competes with painting the prerendered first frame
// (dist/index.html, scripts/prerender-plugin.ts). Once it has painted, the app (React, React Flow,
// the view) and the domain (engine, catalog, scenarios) load side by side; the app then hydrates.
// Every stylesheet the first frame needs is imported here, so it is a <link> in the page's head.
import '@xyflow/react/dist/base.css';
import './index.css';
import './view/graph/static-flow.css';
import './view/boundary/boundary.css';
import './view/whatif/whatif.css';
import { loadDomain } from './store/traces';

const el = document.getElementById('root');
if (!el) throw new Error('index.html has no #root element');

// A scenario's own page (/<id>.html) is the deep link ?scenario=<id>: the query string stays the
// one contract the store and the address bar speak.
const page = /\/([a-z0-9-]+)(?:\.html)?$/.exec(location.pathname)?.[1];
if (page && page !== 'index' && el.dataset.prerendered?.startsWith(`${page}:`)) {
  const query = new URLSearchParams(location.search);
  if (!query.has('scenario')) query.set('scenario', page);
  history.replaceState(history.state, '', `./?${query.toString()}${location.hash}`);
}

// A deep link to anything but the prerendered step: the frame would show the wrong thing until the
// app renders what was asked, so it stays hidden (its place kept: nothing shifts) until then.
const [scenario, level] = (el.dataset.prerendered ?? '').split(':');
const query = new URLSearchParams(location.search);
const asks = (key: string, value: string | undefined) => !query.has(key) || query.get(key) === value;
const fits =
  scenario !== undefined &&
  asks('scenario', scenario) &&
  asks('level', level) &&
  asks('step', '1') &&
  [...query.keys()].every((k) => k === 'scenario' || k === 'level' || k === 'step');
if (!fits) el.dataset.stale = '';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(): Promise<void> {
  const app = import('./boot');
  // The engine simulates the first scenario in a task of its own, apart from loading its code.
  const domain = Promise.all([loadDomain(), import('./store/lang').then((m) => m.loadLanguage())])
    .then(nextTask)
    .then(async () => (await import('./store/hooks')).playerStore())
    .catch(() => undefined);
  const [{ start, registerServiceWorker }] = await Promise.all([app, domain]);
  await nextTask();
  start(el as HTMLElement);
  // Offline support comes last: it must never compete with the first paint or hydration.
  registerServiceWorker();
}

/** Resolves once the prerendered frame has been painted (first-contentful-paint is reported). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden tab never paints; a browser without paint timing gets a frame and a task.
    if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 100);
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

void painted().then(load);
