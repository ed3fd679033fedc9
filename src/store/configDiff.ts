// What changed when the flags changed: the steps of a scenario re-run with new flags, matched
// against the kubeadm run by step id and narration key, in order (a longest common subsequence).
import type { Step } from '../catalog/types';

export type Mark = 'same' | 'added' | 'removed' | 'changed';

export interface DiffRow {
  mark: Mark;
  step: Step;
  /** The kubeadm-run step it replaces, for `changed`. */
  before?: Step;
}

const sig = (s: Step): string => s.id;

/** Rows in trace order: kept steps (changed when their words differ), added and removed ones. */
export function diffSteps(before: Step[], after: Step[]): DiffRow[] {
  const n = before.length;
  const m = after.length;
  // LCS table over step ids, rows sized m + 1; traces are at most a few hundred steps here.
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = sig(before[i] as Step) === sig(after[j] as Step) ? ((table[i + 1] as number[])[j + 1] ?? 0) + 1 : Math.max((table[i + 1] as number[])[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const b = before[i];
    const a = after[j];
    if (b && a && sig(b) === sig(a)) {
      const changed = b.title !== a.title || b.narration !== a.narration || b.http?.status !== a.http?.status;
      rows.push(changed ? { mark: 'changed', step: a, before: b } : { mark: 'same', step: a });
      i++;
      j++;
    } else if (a && (!b || ((table[i] as number[])[j + 1] ?? 0) >= ((table[i + 1] as number[])[j] ?? 0))) {
      rows.push({ mark: 'added', step: a });
      j++;
    } else if (b) {
      rows.push({ mark: 'removed', step: b });
      i++;
    }
  }
  return rows;
}
