// Per-trace indexes of the steps that carry one kind of payload, so a panel finds "the latest
// scheduling decision up to here" by binary search instead of scanning a 160,000-step trace.
import type { Step } from '../../catalog/types';

type Kind = 'scheduling' | 'watch' | 'http';

const cache = new WeakMap<readonly Step[], Partial<Record<Kind, number[]>>>();

export function indicesWith(steps: readonly Step[], kind: Kind): number[] {
  let byKind = cache.get(steps);
  if (!byKind) {
    byKind = {};
    cache.set(steps, byKind);
  }
  let found = byKind[kind];
  if (!found) {
    found = [];
    for (const s of steps) if (s[kind] !== undefined) found.push(s.index);
    byKind[kind] = found;
  }
  return found;
}

/** How many of the sorted indices are at or before `upTo`. */
export function countUpTo(indices: readonly number[], upTo: number): number {
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((indices[mid] ?? Infinity) <= upTo) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
