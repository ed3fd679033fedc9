// What playback is: which scenario, which step, playing or not, how fast, at what detail level.
import type { Level } from '../engine/types';

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PlaybackState {
  scenarioId: string;
  /** Index of the current step in the full (deep) trace; always a step visible at `level`. */
  cursor: number;
  playing: boolean;
  speed: Speed;
  level: Level;
}

export const DEFAULT_SCENARIO = 'create-pod';
export const DEFAULT_LEVEL: Level = 'standard';
export const DEFAULT_SPEED: Speed = 1;

/** Milliseconds a step stays on screen while playing at 1×. */
export const BASE_STEP_MS = 1800;

export function stepIntervalMs(speed: Speed): number {
  return BASE_STEP_MS / speed;
}

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}
