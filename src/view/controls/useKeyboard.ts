import { useEffect } from 'react';
import { assertNever } from '../../playback/assertNever';
import { commandForKey } from '../../playback/keymap';
import { playerStore } from '../../store/hooks';
import { useUi } from '../../store/ui';

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Document-level keys (presenter remotes send PageDown/PageUp); ignored while typing in a field. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || useUi.getState().helpOpen) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const command = commandForKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        targetTag: target?.tagName ?? 'BODY',
        targetEditable: target?.isContentEditable ?? false,
      });
      if (!command) return;
      e.preventDefault();
      const { dispatch } = playerStore().getState();
      switch (command) {
        case 'next':
          return dispatch({ type: 'next' });
        case 'previous':
          return dispatch({ type: 'previous' });
        case 'first':
          return dispatch({ type: 'first' });
        case 'last':
          return dispatch({ type: 'last' });
        case 'togglePlay':
          return dispatch({ type: 'playToggled' });
        case 'fullscreen':
          return toggleFullscreen();
        case 'help':
          return useUi.getState().setHelpOpen(true);
        default:
          return assertNever(command);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
