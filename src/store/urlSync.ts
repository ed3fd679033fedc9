// Keeps the address bar a deep link to the current step (replaceState: no history spam).
import { encodeUrl } from '../playback/url';
import type { PlayerStore } from './player';

export function syncUrl(store: PlayerStore): () => void {
  const write = () => {
    const { playback, trace } = store.getState();
    const search = encodeUrl(playback, trace.steps);
    if (globalThis.location.search !== search) {
      globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}${search}${globalThis.location.hash}`);
    }
  };
  write();
  return store.subscribe((next, prev) => {
    if (next.playback !== prev.playback) write();
  });
}
