// The entry: small. It lets the prerendered frame paint first, then loads the app (React, React
// Flow, the view), the domain (engine, catalog, scenarios), the page's seed and the full
// stylesheets side by side; src/boot.tsx hydrates. Input that arrives before the app is live is
// recorded (src/early.ts). Every stylesheet the app needs from its first frame is imported here,
// so the prerender can inline the rules a frame may use.
import './index.css';
import './view/graph/prerendered.css';
import './view/boundary/boundary.css';
import './boot.css';
import { pageScenario } from './frame';
import { fetchSeed } from './store/seed';
import { yieldToPage } from './yieldToPage';
import type * as BootModule from './boot';
import type { EarlyInput } from './early';

const el = document.getElementById('root');
if (!el) throw new Error('index.html has no #root element');

// A scenario's own page, /s/<id>.html, is the deep link ?scenario=<id>: the store reads the query.
const page = pageScenario(location.pathname);
const query = new URLSearchParams(location.search);
if (page && !query.has('scenario')) {
  query.set('scenario', page);
  history.replaceState(history.state, '', `${location.pathname}?${query.toString()}${location.hash}`);
}

// The recorder of early input is already listening where the page's head ran src/early.ts (a
// prerendered page, which loaded this entry); elsewhere the app's copy of that module starts it.
const ran = (globalThis as { kubewalkEarlyInput?: EarlyInput }).kubewalkEarlyInput;
const early = ran ? Promise.resolve(ran) : import('./early').then((m) => m.earlyInput());

/**
 * The rest of the page's stylesheets, once applied: the prerender inlined the rules the frame
 * uses and links the others as a late sheet (the full sheets stay disabled: enabling them would
 * restyle every element of the page at once).
 */
function enableStylesheets(): Promise<unknown> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-late]')];
  return Promise.all(
    links.map((link) => {
      const applied = new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      });
      link.removeAttribute('disabled');
      return applied;
    }),
  );
}

/**
 * The app's modules, evaluated in three tasks rather than one: React, then React Flow, then the
 * view. The prerendered page has already fetched them all at once (src/early.ts).
 */
async function loadApp(): Promise<typeof BootModule> {
  await import('react-dom/client');
  await yieldToPage();
  await import('@xyflow/react');
  await yieldToPage();
  return import('./boot');
}

/**
 * The page's first use of localStorage waits while the browser loads the site's storage (a
 * synchronous round trip to its main process, tens of ms on a busy machine): here, in a task of
 * its own, rather than inside the one that creates the store.
 */
function openStorage(): void {
  try {
    void globalThis.localStorage?.length;
  } catch {
    // Storage disabled: the store does without it.
  }
}

/**
 * One frame first: the prerendered page paints before anything else is fetched or run. Then each
 * piece of start-up work in a task of its own, none of them long (each fetch costs the page a
 * little too).
 */
async function startAfterFirstPaint(root: HTMLElement): Promise<void> {
  await new Promise(requestAnimationFrame);
  await yieldToPage();
  // Measured while the first frame's layout is still clean: once the late stylesheets are on,
  // reading a size would make the page recompute their styles first.
  const graph = root.querySelector<HTMLElement>('.kw-graph');
  const box = graph ? { width: graph.clientWidth, height: graph.clientHeight } : null;
  const styles = enableStylesheets();
  await yieldToPage();
  const seed = fetchSeed(document);
  await yieldToPage();
  const app = loadApp();
  // Fetched now, beside the app: src/store/traces.ts imports the same chunk when it needs it.
  void yieldToPage().then(() => import('./store/domain').catch(() => undefined));
  const [{ start }, input, frame] = await Promise.all([app, early, seed, styles]);
  await yieldToPage();
  openStorage();
  await yieldToPage();
  await start(root, frame, input, box);
}

void startAfterFirstPaint(el);
