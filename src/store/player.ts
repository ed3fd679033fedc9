// The player store: playback state plus the trace it plays. Thin glue: every change goes through
// the playback reducer; the trace is looked up, never edited.
import { createStore } from 'zustand/vanilla';
import type { RenderedTrace } from '../catalog/types';
import type { PlaybackAction } from '../playback/reducer';
import { reducePlayback } from '../playback/reducer';
import type { PlaybackState } from '../playback/state';
import { decodeUrl } from '../playback/url';
import type { Scenario } from '../scenario/types';
import { scenarioById, scenarioIds, traceFor } from './traces';

export interface PlayerState {
  playback: PlaybackState;
  trace: RenderedTrace;
  scenario: Scenario;
  /** Why the deep link was not followed exactly (empty when it was). */
  urlNotices: string[];
  dispatch: (action: PlaybackAction) => void;
  dismissNotices: () => void;
}

export type PlayerStore = ReturnType<typeof createPlayerStore>;

export function createPlayerStore(search: string) {
  const { state, notices } = decodeUrl(search, {
    scenarioIds: scenarioIds(),
    stepsOf: (id) => traceFor(id).steps,
  });
  return createStore<PlayerState>()((set, get) => ({
    playback: state,
    trace: traceFor(state.scenarioId),
    scenario: scenarioById(state.scenarioId),
    urlNotices: notices,
    dispatch: (action) => {
      const current = get();
      if (action.type === 'scenarioChosen') {
        if (action.scenarioId === current.playback.scenarioId) return;
        const trace = traceFor(action.scenarioId);
        const playback = reducePlayback(current.playback, action, trace.steps);
        set({ playback, trace, scenario: scenarioById(action.scenarioId) });
        return;
      }
      const playback = reducePlayback(current.playback, action, current.trace.steps);
      if (!samePlayback(playback, current.playback)) set({ playback });
    },
    dismissNotices: () => set({ urlNotices: [] }),
  }));
}

function samePlayback(a: PlaybackState, b: PlaybackState): boolean {
  return (
    a.cursor === b.cursor &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.level === b.level &&
    a.scenarioId === b.scenarioId
  );
}
