// Drives one player store from protocol commands and reports its steps as protocol events. Shared
// by the embed page (commands over postMessage) and the web component (methods on the element).
import { assertNever } from '../playback/assertNever';
import type { PlayerState, PlayerStore } from '../store/player';
import { selectStep, selectStepCount, selectStepNumber, selectVisible } from '../store/selectors';
import type { EmbedCommand, EmbedEvent, StepInfo, Theme } from './protocol';

export function stepInfo(s: PlayerState): StepInfo {
  return {
    scenario: s.playback.scenarioId,
    level: s.playback.level,
    step: selectStepNumber(s),
    stepCount: selectStepCount(s),
    stepId: selectStep(s)?.id ?? '',
    playing: s.playback.playing,
  };
}

/** Applies a command; a step number past either end goes to that end. */
export function applyCommand(store: PlayerStore, command: EmbedCommand, setTheme: (theme: Theme) => void): void {
  const state = store.getState();
  const { dispatch } = state;
  switch (command.type) {
    case 'goTo': {
      const visible = selectVisible(state);
      const index = visible[Math.min(command.step, visible.length) - 1];
      if (index !== undefined) dispatch({ type: 'goTo', index });
      return;
    }
    case 'next':
      return dispatch({ type: 'next' });
    case 'previous':
      return dispatch({ type: 'previous' });
    case 'play':
      if (!state.playback.playing) dispatch({ type: 'playToggled' });
      return;
    case 'pause':
      return dispatch({ type: 'paused' });
    case 'setLevel':
      return dispatch({ type: 'levelChosen', level: command.level });
    case 'setTheme':
      return setTheme(command.theme);
    case 'hello':
      return;
    default:
      return assertNever(command);
  }
}

/** Calls `emit` with stepChanged on every step or level change, and ended on reaching the last step. */
export function watchSteps(store: PlayerStore, emit: (event: EmbedEvent) => void): () => void {
  return store.subscribe((next, prev) => {
    const a = next.playback;
    const b = prev.playback;
    if (a.cursor === b.cursor && a.level === b.level && a.scenarioId === b.scenarioId && a.playing === b.playing) return;
    const info = stepInfo(next);
    emit({ kubewalk: 1, type: 'stepChanged', ...info });
    const moved = a.cursor !== b.cursor;
    if (moved && info.stepCount > 0 && info.step === info.stepCount) emit({ kubewalk: 1, type: 'ended', ...info });
  });
}
