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

export function syncUrl(store: PlayerStore): () => void {
  const write = () => {
    const { mode } = useUi.getState();
    const search = stepSearch(store) + (mode === 'app' ? '' : `&mode=${mode}`);
    if (globalThis.location.search !== search) {
      globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}${search}${globalThis.location.hash}`);
    }
  };
  write();
  const offPlayer = store.subscribe((next, prev) => {
    if (next.playback !== prev.playback) write();
  });
  const offUi = useUi.subscribe((next, prev) => {
    if (next.mode !== prev.mode) write();
  });
  return () => {
    offPlayer();
    offUi();
  };
}
