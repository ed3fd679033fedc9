// The graph of a printed step as plain sentences: who talked to whom, and what the cluster looks
// like afterwards. Text prints well in black and white and costs nothing to lay out.
import type { Step } from '../../catalog/types';
import type { ClusterView } from '../../engine/types';

export function messageLine(step: Step): string {
  return step.from === step.to ? `${step.actor} works in process` : `${step.from} → ${step.to}`;
}

export function stateLines(state: ClusterView, before: ClusterView | undefined): string[] {
  const lines: string[] = [];
  const since = before?.revision ?? 0;
  const written = state.etcd.filter((row) => row.modRevision > since).map((row) => `${row.key} (revision ${row.modRevision})`);
  lines.push(`etcd revision ${state.revision}${written.length > 0 ? `; written: ${written.join(', ')}` : ''}`);
  for (const pod of state.pods) {
    lines.push(`Pod ${pod.namespace}/${pod.name}: ${pod.status}, ${pod.nodeName ? `on ${pod.nodeName}` : 'no node yet'}, resourceVersion ${pod.resourceVersion}`);
  }
  if (state.schedulerQueue.length > 0) lines.push(`Scheduler queue: ${state.schedulerQueue.join(', ')}`);
  return lines;
}
