// "What happens next?" checkpoints: which question stands between two steps. Pure; the store asks
// before it moves the cursor forward.
import type { Checkpoint } from '../scenario/types';

/** A question on screen: where playback goes once it is answered, skipped or revealed. */
export interface ActiveCheckpoint {
  /** The checkpoint's id (the step id it comes before). */
  before: string;
  /** Full-trace cursor shown when the class moves on. */
  target: number;
  /** Index of the student's choice, or null while unanswered. */
  chosen: number | null;
  /** True once the answer and every explanation are shown. */
  revealed: boolean;
}

/** Full-trace index of the step a checkpoint comes before: the first step with that id, or -1. */
export function checkpointIndex(steps: readonly { id: string }[], before: string): number {
  return steps.findIndex((s) => s.id === before);
}

/**
 * The first unsettled checkpoint passed when moving forward from `from` to `to`: one whose step is
 * after `from` and at or before `to`. Works at every detail level, since the step itself may be
 * hidden and `to` is then the first shown step after it.
 */
export function crossedCheckpoint(
  steps: readonly { id: string }[],
  checkpoints: readonly Checkpoint[],
  from: number,
  to: number,
  settled: readonly string[],
): Checkpoint | undefined {
  if (to <= from) return undefined;
  let found: { cp: Checkpoint; at: number } | undefined;
  for (const cp of checkpoints) {
    if (settled.includes(cp.before)) continue;
    const at = checkpointIndex(steps, cp.before);
    if (at > from && at <= to && (!found || at < found.at)) found = { cp, at };
  }
  return found?.cp;
}
