// Keys act only while the embed has focus: the listener sits on the embed's own root element, so
// two embeds on a page (or an embed inside a slide deck) never take each other's keys.
import { commandForKey, keyInputOf } from '../playback/keymap';
import type { PlayerStore } from '../store/player';

export function toggleFullscreen(el: HTMLElement): void {
  const doc = el.ownerDocument;
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
  else void el.requestFullscreen?.().catch(() => undefined);
}

export function listenKeys(root: HTMLElement, store: PlayerStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const command = commandForKey(keyInputOf(e, 'DIV'));
    const { dispatch } = store.getState();
    const act: Partial<Record<NonNullable<typeof command>, () => void>> = {
      next: () => dispatch({ type: 'next' }),
      previous: () => dispatch({ type: 'previous' }),
      first: () => dispatch({ type: 'first' }),
      last: () => dispatch({ type: 'last' }),
      togglePlay: () => dispatch({ type: 'playToggled' }),
      fullscreen: () => toggleFullscreen(root),
    };
    // Help and speaker view belong to the full app; the embed leaves those keys to the page.
    const run = command ? act[command] : undefined;
    if (!run) return;
    e.preventDefault();
    run();
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}
