// Narrow selectors over the player store. Derived arrays are memoised per trace and level so that
// selectors return stable references (zustand re-renders on reference change).
import type { Level } from '../engine/types';
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

/** 1-based number of the current step within the level (0 when nothing is visible). */
export const selectStepNumber = (s: PlayerState): number => selectVisible(s).indexOf(s.playback.cursor) + 1;

export const selectStepCount = (s: PlayerState): number => selectVisible(s).length;

/** The step shown before the current one at this level: what "changed" is measured against. */
export const selectPreviousStep = (s: PlayerState): Step | undefined => {
  const visible = selectVisible(s);
  const at = visible.indexOf(s.playback.cursor);
  const prev = at > 0 ? visible[at - 1] : undefined;
  return prev === undefined ? undefined : s.trace.steps[prev];
};

/** The kubectl command line the current step belongs to. */
export const selectCommandLine = (s: PlayerState): string => {
  const step = selectStep(s);
  return step ? (s.scenario.commands[step.command] ?? '') : '';
};
