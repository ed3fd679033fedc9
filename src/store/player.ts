// The player store: playback state plus the trace it plays. Thin glue: every change goes through
// the playback reducer; the trace is looked up, never edited. Checkpoints stand between steps: a
// forward move that passes one shows the question instead, and the move completes once answered,
// skipped or (in class) revealed.
import { createStore } from 'zustand/vanilla';
import type { RenderedTrace } from '../catalog/types';
import { assertNever } from '../playback/assertNever';
import type { ActiveCheckpoint } from '../playback/checkpoints';
import { crossedCheckpoint } from '../playback/checkpoints';
import type { Answer } from '../playback/progress';
import { withAnswer } from '../playback/progress';
import { nearestVisible, visibleIndices } from '../playback/levels';
import type { PlaybackAction } from '../playback/reducer';
import { reducePlayback } from '../playback/reducer';
import type { PlaybackState } from '../playback/state';
import { decodeUrl } from '../playback/url';
import type { Scenario } from '../scenario/types';
import type { ProgressStorage } from './checkpointStorage';
import { memoryProgressStorage } from './checkpointStorage';
import { scenarioById, scenarioIds, traceFor } from './traces';
import { branchTrace } from './whatif';
import { t } from './lang';

export type CheckpointAction =
  | { type: 'answered'; choice: number }
  | { type: 'skipped' }
  | { type: 'revealed' }
  | { type: 'continued' };

/** What two windows (audience and speaker view) keep equal. */
export interface SyncedState {
  scenarioId: string;
  level: PlaybackState['level'];
  cursor: number;
  checkpoint: ActiveCheckpoint | null;
  /** The what-if branch on screen (null: the main path); absent from a window that predates it. */
  branch?: string | null;
}

export interface PlayerState {
  playback: PlaybackState;
  trace: RenderedTrace;
  scenario: Scenario;
  /** Why the deep link was not followed exactly (empty when it was). */
  urlNotices: string[];
  /** The question on screen, if any. */
  checkpoint: ActiveCheckpoint | null;
  /** Checkpoint ids of this scenario already answered or skipped: not asked again. */
  settled: string[];
  /** In class (presenter or speaker view): questions go to the room, nothing is stored. */
  room: boolean;
  /** Whether a student is asked the questions (always in class). */
  askQuestions: boolean;
  dispatch: (action: PlaybackAction) => void;
  answer: (action: CheckpointAction) => void;
  setRoom: (room: boolean) => void;
  setAskQuestions: (ask: boolean) => void;
  applySynced: (synced: SyncedState) => void;
  dismissNotices: () => void;
  /** The what-if branch shown instead of the scenario's main path, or null on the main path. */
  branch: string | null;
  showTrace: (shown: ShownTrace) => void;
}

/** Another trace to show in place of the current one: a what-if branch, or a sandbox session. */
export interface ShownTrace {
  trace: RenderedTrace;
  scenario: Scenario;
  /** The what-if id when `trace` is a branch of `scenario`, else null. */
  branch: string | null;
  /** Full-trace index to land on (the nearest step visible at the current level). */
  cursor: number;
  playing?: boolean;
}

export type PlayerStore = ReturnType<typeof createPlayerStore>;

const FORWARD = new Set<PlaybackAction['type']>(['next', 'ticked']);

export interface PlayerOptions {
  storage?: ProgressStorage;
  /** Ask students the scenario's questions (off by default so a bare store just steps). */
  askQuestions?: boolean;
  /** Takes a move instead of making it, while it returns true (a hydrating page's queue). */
  hold?: (action: PlaybackAction) => boolean;
}

export function createPlayerStore(search: string, options: PlayerOptions = {}) {
  const storage = options.storage ?? memoryProgressStorage();
  const { state, notices, whatif } = decodeUrl(search, {
    scenarioIds: scenarioIds(),
    stepsOf: (id) => traceFor(id).steps,
    branchStepsOf: (id, whatif) => branchTrace(id, whatif)?.steps,
    translate: t,
  });
  // A deep link into a what-if branch starts on that branch (no checkpoints there: they ask about the main path).
  const branch = whatif ?? null;
  const startTrace = (whatif ? branchTrace(state.scenarioId, whatif) : undefined) ?? traceFor(state.scenarioId);
  const startScenario = scenarioById(state.scenarioId);
  const settledFor = (scenarioId: string, room: boolean): string[] =>
    room ? [] : Object.keys(storage.load()[scenarioId] ?? {});

  return createStore<PlayerState>()((set, get) => {
    const record = (answer: Answer) => {
      const { room, playback, checkpoint } = get();
      if (room || !checkpoint) return;
      storage.save(withAnswer(storage.load(), playback.scenarioId, checkpoint.before, answer));
    };
    const moveOn = () => {
      const { checkpoint, playback, settled } = get();
      if (!checkpoint) return;
      set({ checkpoint: null, settled: [...settled, checkpoint.before], playback: { ...playback, cursor: checkpoint.target } });
    };

    return {
      playback: state,
      trace: startTrace,
      scenario: branch ? { ...startScenario, checkpoints: [] } : startScenario,
      urlNotices: notices,
      checkpoint: null,
      settled: settledFor(state.scenarioId, false),
      room: false,
      askQuestions: options.askQuestions ?? false,
      dispatch: (action) => {
        if (options.hold?.(action)) return;
        const current = get();
        if (current.checkpoint) {
          // While a question is on screen nothing advances by itself; Next reveals it in class,
          // then moves on. Any other move closes the question and happens as asked.
          if (action.type === 'next' && (current.checkpoint.revealed || current.checkpoint.chosen !== null)) return moveOn();
          if (action.type === 'next' && current.room) return get().answer({ type: 'revealed' });
          if (FORWARD.has(action.type) || action.type === 'playToggled') return;
          set({ checkpoint: null });
        }
        if (action.type === 'scenarioChosen') {
          if (action.scenarioId === current.playback.scenarioId) return;
          const trace = traceFor(action.scenarioId);
          const playback = reducePlayback(current.playback, action, trace.steps);
          set({ playback, trace, scenario: scenarioById(action.scenarioId), settled: settledFor(action.scenarioId, current.room), branch: null });
          return;
        }
        const playback = reducePlayback(current.playback, action, current.trace.steps);
        if (FORWARD.has(action.type) && (current.room || current.askQuestions)) {
          const cp = crossedCheckpoint(current.trace.steps, current.scenario.checkpoints, current.playback.cursor, playback.cursor, current.settled);
          if (cp) {
            set({
              checkpoint: { before: cp.before, target: playback.cursor, chosen: null, revealed: false },
              playback: { ...current.playback, playing: false },
            });
            return;
          }
        }
        if (!samePlayback(playback, current.playback)) set({ playback });
      },
      answer: (action) => {
        const { checkpoint } = get();
        if (!checkpoint) return;
        switch (action.type) {
          case 'answered':
            record({ choice: action.choice });
            return set({ checkpoint: { ...checkpoint, chosen: action.choice, revealed: true } });
          case 'skipped':
            record({ skipped: true });
            return moveOn();
          case 'revealed':
            return set({ checkpoint: { ...checkpoint, revealed: true } });
          case 'continued':
            return moveOn();
          default:
            return assertNever(action);
        }
      },
      setRoom: (room) => {
        if (room === get().room) return;
        set({ room, checkpoint: null, settled: settledFor(get().playback.scenarioId, room) });
      },
      setAskQuestions: (ask) => set({ askQuestions: ask, checkpoint: ask ? get().checkpoint : null }),
      applySynced: (synced) => {
        const current = get();
        let { playback, trace, scenario } = current;
        // The other window may be on a what-if branch: follow it there and back.
        const branch = synced.branch ?? null;
        const branched = branch ? branchTrace(synced.scenarioId, branch) : undefined;
        const nextBranch = branched ? branch : null;
        if (synced.scenarioId !== playback.scenarioId || nextBranch !== current.branch) {
          const main = scenarioById(synced.scenarioId);
          trace = branched ?? traceFor(synced.scenarioId);
          scenario = branched ? { ...main, checkpoints: [] } : main;
        }
        playback = { ...playback, scenarioId: synced.scenarioId, level: synced.level, cursor: synced.cursor, playing: false };
        const sameCheckpoint = JSON.stringify(synced.checkpoint) === JSON.stringify(current.checkpoint);
        if (samePlayback(playback, current.playback) && sameCheckpoint && nextBranch === current.branch) return;
        set({ playback, trace, scenario, checkpoint: synced.checkpoint, branch: nextBranch });
      },
      dismissNotices: () => set({ urlNotices: [] }),
      branch,
      showTrace: ({ trace, scenario, branch, cursor, playing = false }) => {
        const { playback } = get();
        const at = nearestVisible(visibleIndices(trace.steps, playback.level), cursor);
        set({ trace, scenario, branch, checkpoint: null, playback: { ...playback, scenarioId: scenario.id, cursor: at, playing } });
      },
    };
  });
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
