// Keeps the address bar a deep link to the current step (replaceState: no history spam), with the
// presenter or speaker mode when one is on.
import { encodeUrl } from '../playback/url';
import type { PlayerStore } from './player';
import { langParam } from './lang';
import { useUi } from './ui';

/** The deep link to the current step, without any mode: what "Copy link" shares. */
export function stepSearch(store: PlayerStore): string {
  const { playback, trace, branch } = store.getState();
  return encodeUrl(playback, trace.steps, branch) + langParam();
}

/** Writes a step's address now if one waits for its frame to be painted (see syncUrl). */
let flushPending: () => void = () => undefined;

/** Before something reads the address bar (the speaker view's link), bring it up to date. */
export function flushUrl(): void {
  flushPending();
}

export function syncUrl(store: PlayerStore): () => void {
  const write = () => {
    const { mode } = useUi.getState();
    const search = stepSearch(store) + (mode === 'app' ? '' : `&mode=${mode}`);
    if (globalThis.location.search !== search) {
      globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}${search}${globalThis.location.hash}`);
    }
  };
  // replaceState costs the browser a few milliseconds: a step's address is written just after the
  // frame that shows the step is painted (the task after its animation frame), not in the key
  // press. Steps faster than frames write once.
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): boolean => {
    const waiting = frame !== undefined || timer !== undefined;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
    return waiting;
  };
  const flush = () => {
    if (cancel()) write();
  };
  const afterPaint = () => {
    if (frame !== undefined || timer !== undefined) return;
    if (typeof requestAnimationFrame === 'undefined') return write();
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(() => {
        timer = undefined;
        write();
      }, 0);
    });
  };
  flushPending = flush;
  // The first address too: not inside the commit that mounts the app (a hydrating page's longest task).
  afterPaint();
  const offPlayer = store.subscribe((next, prev) => {
    if (next.playback !== prev.playback) afterPaint();
  });
  const offUi = useUi.subscribe((next, prev) => {
    if (next.mode !== prev.mode) {
      cancel();
      write();
    }
  });
  // Leaving or hiding the page (a reload, a bookmark) keeps the address of the step on screen.
  globalThis.addEventListener('pagehide', flush);
  globalThis.document.addEventListener('visibilitychange', flush);
  return () => {
    offPlayer();
    offUi();
    globalThis.removeEventListener('pagehide', flush);
    globalThis.document.removeEventListener('visibilitychange', flush);
    flush();
    if (flushPending === flush) flushPending = () => undefined;
  };
}
