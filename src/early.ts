// The prerendered page's one script. Input that arrives before the app is live: the page looks
// ready from its first paint, so a reader may press →, swipe or click Next while React and the
// engine are still loading. This module records those keys, pointer moves and button clicks and
// replays them, on the same elements (hydration keeps the page's nodes), once the app listens;
// after that it steps aside. The prerender loads it first and on its own (an async module in the
// head, built as one file by scripts/prerender-plugin.ts), so it listens before the page's body has
// been parsed; it hides a frame the address does not ask for; once the page has painted, it
// fetches the app. Where no page ran it (the dev server), the entry (src/main.tsx) imports it.

import { asksForFrame } from './frame';

type Recorded =
  | { kind: 'key'; target: EventTarget; init: KeyboardEventInit }
  | { kind: 'pointer'; type: string; target: EventTarget; init: PointerEventInit }
  | { kind: 'click'; target: EventTarget; init: MouseEventInit };

const POINTER = ['pointerdown', 'pointerup', 'pointercancel'] as const;

export interface EarlyInput {
  /** Stops recording and plays back what arrived, in order. */
  replay: () => void;
  /** How many events are waiting (tests read it). */
  pending: () => number;
}

function captureEarlyInput(doc: Document): EarlyInput {
  const queue: Recorded[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const { key, code, ctrlKey, metaKey, altKey, shiftKey, repeat } = e;
    queue.push({ kind: 'key', target: e.target ?? doc, init: { key, code, ctrlKey, metaKey, altKey, shiftKey, repeat } });
    // Keys the app will handle must not also scroll the page meanwhile.
    if (!ctrlKey && !metaKey && !altKey && /^(Arrow|Page|Home$|End$| $)/.test(key)) e.preventDefault();
  };
  const onPointer = (e: PointerEvent) => {
    if (!e.isTrusted || e.pointerType === 'mouse') return;
    const { pointerId, pointerType, clientX, clientY, isPrimary, button, buttons } = e;
    queue.push({ kind: 'pointer', type: e.type, target: e.target ?? doc, init: { pointerId, pointerType, clientX, clientY, isPrimary, button, buttons } });
  };
  // A button of the prerendered page does nothing until the app listens: its click waits too.
  // (A link needs no app: it is left to navigate.)
  const onClick = (e: MouseEvent) => {
    const button = e.target instanceof Element ? e.target.closest('#root button') : null;
    if (!e.isTrusted || !button) return;
    const { clientX, clientY, button: which, ctrlKey, metaKey, altKey, shiftKey, detail } = e;
    queue.push({ kind: 'click', target: button, init: { clientX, clientY, button: which, ctrlKey, metaKey, altKey, shiftKey, detail } });
    // Once hydration has begun React listens too, and would act on it now as well as on the replay.
    e.stopPropagation();
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('click', onClick, true);
  for (const type of POINTER) doc.addEventListener(type, onPointer, true);
  return {
    pending: () => queue.length,
    replay: () => {
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('click', onClick, true);
      for (const type of POINTER) doc.removeEventListener(type, onPointer, true);
      for (const r of queue.splice(0)) {
        // A node the app replaced is gone: the document stands in for it.
        const target = r.target instanceof Node && !r.target.isConnected ? doc : r.target;
        const init = { ...r.init, bubbles: true, cancelable: true };
        const event = r.kind === 'key' ? new KeyboardEvent('keydown', init) : r.kind === 'click' ? new MouseEvent('click', init) : new PointerEvent(r.type, init);
        target.dispatchEvent(event);
      }
    },
  };
}

const slot = globalThis as { kubewalkEarlyInput?: EarlyInput };

/** The page's one recorder: started by whichever of this module's importers runs first. */
export function earlyInput(): EarlyInput {
  slot.kubewalkEarlyInput ??= captureEarlyInput(document);
  return slot.kubewalkEarlyInput;
}

const PRELOADS_PER_TASK = 3;

/**
 * A prerendered page names the app's scripts in `<meta name="kubewalk-app">` (entry first, then
 * what it imports) instead of loading them itself: they are fetched once the whole page has been
 * parsed and painted, so nothing competes with that first paint. A page without it (the dev
 * server's) loads the app with a script tag.
 */
function loadAppAfterFirstPaint(doc: Document, waitForPaint: boolean): void {
  const [entry, ...imports] = doc.querySelector<HTMLMetaElement>('meta[name="kubewalk-app"]')?.content.split(' ') ?? [];
  if (!entry) return;
  // Each request costs the main thread about a millisecond (Chrome's ResourceFetcher): the entry
  // first, then its imports a few per task, so that starting the app's downloads is never one long
  // task on a slow phone.
  const preload = (from: number) => {
    for (const href of imports.slice(from, from + PRELOADS_PER_TASK)) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
    if (from + PRELOADS_PER_TASK < imports.length) setTimeout(() => preload(from + PRELOADS_PER_TASK), 0);
  };
  const load = () => {
    void import(/* @vite-ignore */ entry);
    setTimeout(() => preload(0), 0);
  };
  // The paint is on screen a little after its frame's callbacks have run: wait for the browser to
  // report it (where it can), then for two more frames to begin.
  const painted = () => (waitForPaint ? firstContentfulPaint() : Promise.resolve());
  const afterPaint = () => void painted().then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load, 0))));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  else afterPaint();
}

function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Should the app never start, a hidden frame shows again after this long: a wrong step beats a blank page. */
const STALE_FALLBACK_MS = 8000;

/**
 * A frame the address does not ask for (another step, scenario or language: src/frame.ts) is
 * hidden now, not shown until the app replaces it. The mark goes on `<html>`: the body may not
 * have been parsed yet. src/boot.tsx takes it off once the app shows the right frame.
 */
function hideOtherFrame(doc: Document): boolean {
  const marker = doc.querySelector<HTMLMetaElement>('meta[name="kubewalk-frame"]')?.content;
  if (!marker || asksForFrame(marker, location, navigator.languages)) return false;
  const html = doc.documentElement.dataset;
  html.stale = '';
  setTimeout(() => {
    if (!html.app) delete html.stale;
  }, STALE_FALLBACK_MS);
  return true;
}

// Once per page. A prerendered page runs this module from a file of its own (its one script,
// scripts/prerender-plugin.ts), which loads the app; the app's own copy runs only where no page
// did (the dev server: src/main.tsx imports it then).
if (!slot.kubewalkEarlyInput) {
  earlyInput();
  // A hidden frame may never paint content: then there is no first paint to wait for.
  const hidden = hideOtherFrame(document);
  loadAppAfterFirstPaint(document, !hidden);
}
