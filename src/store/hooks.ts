// React access to the player store. The app uses one store, created on first use from the page's
// query string, so importing this module does no work. A subtree (an embed, one web component
// instance) can put its own store in PlayerStoreContext; everything below then uses that one.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlayerOptions, PlayerState, PlayerStore } from './player';
import { createPlayerStore } from './player';
import { loadAskQuestions, localProgressStorage } from './checkpointStorage';

let store: PlayerStore | undefined;

/** The app's one store; `options` apply only if this call creates it (src/boot.tsx hydrating). */
export function playerStore(options: Pick<PlayerOptions, 'askQuestions' | 'hold'> = {}): PlayerStore {
  store ??= createPlayerStore(globalThis.location?.search ?? '', { storage: localProgressStorage(), askQuestions: loadAskQuestions(), ...options });
  return store;
}

/** null: use the app's one store. */
export const PlayerStoreContext = createContext<PlayerStore | null>(null);

/** The store of the nearest PlayerStoreContext, or the app's one store. */
export function usePlayerStore(): PlayerStore {
  return useContext(PlayerStoreContext) ?? playerStore();
}

export function usePlayer<T>(selector: (s: PlayerState) => T): T {
  return useStore(usePlayerStore(), selector);
}

export function useDispatch(): PlayerState['dispatch'] {
  return useStore(usePlayerStore(), (s) => s.dispatch);
}
