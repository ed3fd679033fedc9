import { useMemo } from 'react';
import type { Level } from '../../engine/types';
import { alignSteps, firstDivergence } from '../../playback/align';
import { visibleOf } from '../../store/selectors';
import { scenarioById, traceFor } from '../../store/traces';

/** The two traces at one level, aligned row by row, and where they first part. */
export function useCompare(leftId: string, rightId: string, level: Level) {
  return useMemo(() => {
    const left = traceFor(leftId).steps;
    const right = traceFor(rightId).steps;
    const pick = (steps: typeof left) => visibleOf(steps, level).map((index) => ({ id: steps[index]?.id ?? '', index }));
    const rows = alignSteps(pick(left), pick(right));
    return {
      left,
      right,
      leftVisible: visibleOf(left, level),
      rightVisible: visibleOf(right, level),
      leftTitle: scenarioById(leftId).title,
      rightTitle: scenarioById(rightId).title,
      rows,
      divergence: firstDivergence(rows),
    };
  }, [leftId, rightId, level]);
}
