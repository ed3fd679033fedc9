// The playback reducer: events in, next playback state out. Pure; the trace's step levels come in
// as an argument so the reducer never holds the trace itself.
import type { Level } from '../engine/types';
import { assertNever } from './assertNever';
import type { LevelledSteps } from './levels';
import { nearestVisible, visibleIndices } from './levels';
import type { PlaybackState, Speed } from './state';

export type PlaybackAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Jump to a full-trace index (step list, slider); a hidden step resolves to the nearest shown. */
  | { type: 'goTo'; index: number }
  | { type: 'playToggled' }
  | { type: 'paused' }
  /** The play timer fired. */
  | { type: 'ticked' }
  | { type: 'restarted' }
  | { type: 'speedChosen'; speed: Speed }
  | { type: 'levelChosen'; level: Level }
  /** `steps` passed alongside must be the chosen scenario's. */
  | { type: 'scenarioChosen'; scenarioId: string };

function move(state: PlaybackState, visible: readonly number[], delta: number): number {
  const at = visible.indexOf(state.cursor);
  const next = Math.min(Math.max(at + delta, 0), visible.length - 1);
  return visible[next] ?? state.cursor;
}

/** Playing stops on the last step, so the button turns back into "Play" there. */
function settle(state: PlaybackState, visible: readonly number[]): PlaybackState {
  const atEnd = state.cursor === visible[visible.length - 1];
  return state.playing && atEnd ? { ...state, playing: false } : state;
}

export function reducePlayback(
  state: PlaybackState,
  action: PlaybackAction,
  steps: LevelledSteps,
): PlaybackState {
  const visible = visibleIndices(steps, state.level);
  const first = visible[0] ?? 0;
  const last = visible[visible.length - 1] ?? 0;
  switch (action.type) {
    case 'next':
    case 'ticked':
      return settle({ ...state, cursor: move(state, visible, 1) }, visible);
    case 'previous':
      return { ...state, cursor: move(state, visible, -1) };
    case 'first':
      return { ...state, cursor: first };
    case 'last':
      return { ...state, cursor: last, playing: false };
    case 'goTo':
      return settle({ ...state, cursor: nearestVisible(visible, action.index) }, visible);
    case 'playToggled':
      if (state.playing) return { ...state, playing: false };
      // At the end, Play starts over rather than doing nothing.
      return settle({ ...state, playing: true, cursor: state.cursor === last ? first : state.cursor }, visible);
    case 'paused':
      return state.playing ? { ...state, playing: false } : state;
    case 'restarted':
      return { ...state, cursor: first };
    case 'speedChosen':
      return { ...state, speed: action.speed };
    case 'levelChosen': {
      const shown = visibleIndices(steps, action.level);
      return settle({ ...state, level: action.level, cursor: nearestVisible(shown, state.cursor) }, shown);
    }
    case 'scenarioChosen':
      return { ...state, scenarioId: action.scenarioId, cursor: first, playing: false };
    default:
      return assertNever(action);
  }
}
