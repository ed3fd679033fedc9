// The open watches at the shown step, each with the events it has received so far.
import type { Step } from '../../catalog/types';
import type { WatchPayload, WatchView } from '../../engine/types';
import { countUpTo, indicesWith } from './stepIndex';

export interface Received {
  type: WatchPayload['type'];
  key: string;
  resourceVersion: string;
  /** Full-trace index of the step that delivered it. */
  index: number;
}

export interface WatchRow {
  watch: WatchView;
  received: Received[];
}

const idOf = (w: { watcher: string; resource: string; fieldSelector?: string | undefined }): string =>
  `${w.watcher}\u0000${w.resource}\u0000${w.fieldSelector ?? ''}`;

/** Events delivered to each open watch, matched by watcher, resource and field selector. */
export function watchRows(steps: readonly Step[], upTo: number, open: readonly WatchView[]): WatchRow[] {
  const rows = open.map((watch) => ({ watch, received: [] as Received[] }));
  const byId = new Map(rows.map((r) => [idOf(r.watch), r]));
  const indices = indicesWith(steps, 'watch');
  const n = countUpTo(indices, upTo);
  for (let i = 0; i < n; i++) {
    const step = steps[indices[i] ?? -1];
    const w = step?.watch;
    if (!step || !w) continue;
    byId.get(idOf(w))?.received.push({ type: w.type, key: w.key, resourceVersion: w.resourceVersion, index: step.index });
  }
  return rows;
}

/** `3 ADDED, 5 MODIFIED`: how many events of each type, in the order they first came. */
export function countsByType(received: readonly Received[]): string {
  const counts = new Map<string, number>();
  for (const r of received) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
}
