import { useEffect } from 'react';
import { assertNever } from '../../playback/assertNever';
import type { KeyCommand } from '../../playback/keymap';
import { commandForKey, keyInputOf } from '../../playback/keymap';
import { playerStore } from '../../store/hooks';
import { useUi } from '../../store/ui';
import { handleGoToKey } from './goToKeys';
import { openSpeakerView } from './speakerWindow';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function run(command: KeyCommand): void {
  const { dispatch, answer } = playerStore().getState();
  const ui = useUi.getState();
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
      return ui.setHelpOpen(true);
    case 'speaker':
      return openSpeakerView();
    case 'blackout':
      return ui.setBlackout(true);
    case 'overview':
      return ui.setOverviewOpen(true);
    case 'goTo':
      return ui.setGoToDigits('');
    case 'reveal':
      return answer({ type: 'revealed' });
    default:
      return assertNever(command);
  }
}

/**
 * Document-level keys (presenter remotes send PageDown/PageUp); ignored while typing in a field.
 * In presenter mode the keys are taken in the capture phase, so they work whatever has focus, and
 * B/. black the screen until any key is pressed.
 */
export function useKeyboard(presenter = false): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ui = useUi.getState();
      if (e.defaultPrevented || MODIFIERS.has(e.key)) return;
      if (presenter && ui.blackout) {
        e.preventDefault();
        return ui.setBlackout(false);
      }
      if (ui.helpOpen || ui.overviewOpen) return;
      if (presenter && handleGoToKey(e.key)) return e.preventDefault();
      const command = commandForKey(keyInputOf(e), presenter);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey, presenter);
    return () => document.removeEventListener('keydown', onKey, presenter);
  }, [presenter]);
}
