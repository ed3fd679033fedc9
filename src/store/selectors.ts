// Narrow selectors over the player store. Derived arrays are memoised per trace and level so that
// selectors return stable references (zustand re-renders on reference change).
import type { ClusterView, Level } from '../engine/types';
import type { Step } from '../catalog/types';
import { visibleIndices } from '../playback/levels';
import type { PlayerState } from './player';

const visibleCache = new WeakMap<readonly Step[], Map<Level, number[]>>();

export function visibleOf(steps: readonly Step[], level: Level): number[] {
  let byLevel = visibleCache.get(steps);
  if (!byLevel) {
    byLevel = new Map();
    visibleCache.set(steps, byLevel);
  }
  let visible = byLevel.get(level);
  if (!visible) {
    visible = visibleIndices(steps, level);
    byLevel.set(level, visible);
  }
  return visible;
}

export const selectSteps = (s: PlayerState): readonly Step[] => s.trace.steps;
export const selectVisible = (s: PlayerState): number[] => visibleOf(s.trace.steps, s.playback.level);
export const selectCursor = (s: PlayerState): number => s.playback.cursor;
export const selectPlaying = (s: PlayerState): boolean => s.playback.playing;
export const selectLevel = (s: PlayerState): Level => s.playback.level;

/** The current step; undefined only for a trace without steps. */
export const selectStep = (s: PlayerState): Step | undefined => s.trace.steps[s.playback.cursor];

/** Where `index` sits in an ascending list of indices, or -1. Binary: deep levels hold 160k steps. */
export function positionOf(visible: readonly number[], index: number): number {
  let lo = 0;
  let hi = visible.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = visible[mid] as number;
    if (at === index) return mid;
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** 1-based number of the current step within the level (0 when nothing is visible). */
export const selectStepNumber = (s: PlayerState): number => positionOf(selectVisible(s), s.playback.cursor) + 1;

export const selectStepCount = (s: PlayerState): number => selectVisible(s).length;

/**
 * The full-trace index whose cluster state the current step shows. A step stands for the finer
 * steps of the same command that follow it up to the next visible one, so at the overview level
 * the last step shows what kubectl printed, though printing is a standard-level step of its own.
 */
/** The last answer of selectShownIndex, with what it was asked about. */
let shown: { steps: readonly Step[] | null; level: Level | null; cursor: number; index: number } = { steps: null, level: null, cursor: -1, index: -1 };

export const selectShownIndex = (s: PlayerState): number => {
  const { steps } = s.trace;
  const { cursor, level } = s.playback;
  // Every graph node asks for the shown state on every change: a hundred nodes, one answer.
  if (shown.steps === steps && shown.level === level && shown.cursor === cursor) return shown.index;
  const visible = selectVisible(s);
  const next = visible[positionOf(visible, cursor) + 1];
  let end = next === undefined ? steps.length - 1 : next - 1;
  while (end > cursor && steps[end]?.command !== steps[cursor]?.command) end--;
  shown = { steps, level, cursor, index: end };
  return end;
};

/** The cluster state shown with the current step (see selectShownIndex). */
export const selectState = (s: PlayerState): ClusterView | undefined => s.trace.steps[selectShownIndex(s)]?.state ?? s.trace.initial;

/** The state shown with the previous visible step: everything up to just before the current one. */
export const selectPreviousState = (s: PlayerState): ClusterView | undefined =>
  s.playback.cursor > 0 && selectStepNumber(s) > 1 ? s.trace.steps[s.playback.cursor - 1]?.state : undefined;


/** The kubectl command line the current step belongs to. */
export const selectCommandLine = (s: PlayerState): string => {
  const step = selectStep(s);
  return step ? (s.scenario.commands[step.command] ?? '') : '';
};
