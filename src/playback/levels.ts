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

const visibleCache = new WeakMap<LevelledSteps, Partial<Record<Level, readonly number[]>>>();

/**
 * Full-trace indices of the steps shown at `level`, in order. Kept per steps array (traces are never
 * edited): every key press asks for them, and a deep trace at scale holds 160k steps.
 */
export function visibleIndices(steps: LevelledSteps, level: Level): number[] {
  let byLevel = visibleCache.get(steps);
  if (!byLevel) visibleCache.set(steps, (byLevel = {}));
  let out = byLevel[level];
  if (!out) {
    const rank = LEVELS.indexOf(level);
    const found: number[] = [];
    steps.forEach((step, i) => {
      if (LEVELS.indexOf(step.level) <= rank) found.push(i);
    });
    byLevel[level] = out = found;
  }
  // A copy would cost what the cache saves: callers only read it (typed mutable for old callers).
  return out as number[];
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
