// React access to the app's one player store. The store is created on first use from the page's
// query string, so importing this module does no work.
import { useStore } from 'zustand';
import type { PlayerState, PlayerStore } from './player';
import { createPlayerStore } from './player';
import { loadAskQuestions, localProgressStorage } from './checkpointStorage';

let store: PlayerStore | undefined;

export function playerStore(): PlayerStore {
  store ??= createPlayerStore(globalThis.location?.search ?? '', { storage: localProgressStorage(), askQuestions: loadAskQuestions() });
  return store;
}

export function usePlayer<T>(selector: (s: PlayerState) => T): T {
  return useStore(playerStore(), selector);
}

export function useDispatch(): PlayerState['dispatch'] {
  return useStore(playerStore(), (s) => s.dispatch);
}
