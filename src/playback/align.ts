// Two timelines side by side: steps matched by id in order (longest common subsequence), so what
// both stories share lines up and where they part is a row with one side empty.

/** One row: a full-trace index on each side, or null where that side has no such step. */
export interface AlignedRow {
  left: number | null;
  right: number | null;
}

export function alignSteps(left: readonly { id: string; index: number }[], right: readonly { id: string; index: number }[]): AlignedRow[] {
  const n = left.length;
  const m = right.length;
  // lcs[i][j]: length of the longest common subsequence of left[i..] and right[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = left[i]?.id === right[j]?.id ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const a = left[i];
    const b = right[j];
    if (a && b && a.id === b.id) {
      rows.push({ left: a.index, right: b.index });
      i++;
      j++;
    } else if (a && (!b || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      rows.push({ left: a.index, right: null });
      i++;
    } else if (b) {
      rows.push({ left: null, right: b.index });
      j++;
    }
  }
  return rows;
}

/** Index of the first row where the two sides differ, or -1 when they never do. */
export function firstDivergence(rows: readonly AlignedRow[]): number {
  return rows.findIndex((r) => r.left === null || r.right === null);
}
