// Levels nest: overview ⊂ standard ⊂ deep. A view level shows every step whose own level is at
// least as important as it.
import type { Level } from '../engine/types';
import { LEVELS } from '../engine/types';

/** Anything with a level: a RawStep, a rendered Step, or a test fixture. */
export type LevelledSteps = readonly { readonly level: Level }[];

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function isVisibleAt(stepLevel: Level, viewLevel: Level): boolean {
  return LEVELS.indexOf(stepLevel) <= LEVELS.indexOf(viewLevel);
}

/** Full-trace indices of the steps shown at `level`, in order. */
export function visibleIndices(steps: LevelledSteps, level: Level): number[] {
  const out: number[] = [];
  steps.forEach((step, i) => {
    if (isVisibleAt(step.level, level)) out.push(i);
  });
  return out;
}

/**
 * The step to stay on when `cursor` may not be visible: the cursor itself, else the last visible
 * step before it, else the first visible step (0 when nothing is visible).
 */
export function nearestVisible(visible: readonly number[], cursor: number): number {
  let best: number | undefined;
  for (const index of visible) {
    if (index > cursor) break;
    best = index;
  }
  return best ?? visible[0] ?? 0;
}
