// The graph of a printed step as plain sentences: who talked to whom, and what the cluster looks
// like afterwards. Text prints well in black and white and costs nothing to lay out.
import type { Step } from '../../catalog/types';
import type { ClusterView } from '../../engine/types';

export function messageLine(step: Step): string {
  return step.from === step.to ? `${step.actor} works in process` : `${step.from} → ${step.to}`;
}

/** `before`: the state the previous printed step showed (the step's own state for the first). */
export function stateLines(state: ClusterView, before: ClusterView): string[] {
  const lines: string[] = [];
  const since = before.revision;
  const written = state.etcd.filter((row) => row.modRevision > since).map((row) => `${row.key} (revision ${row.modRevision})`);
  lines.push(`etcd revision ${state.revision}${written.length > 0 ? `; written: ${written.join(', ')}` : ''}`);
  // The system pods are scenery: counted, not listed on every step.
  const system = state.pods.filter((pod) => pod.namespace === 'kube-system');
  if (system.length > 0) lines.push(`kube-system: ${system.length} pods`);
  for (const pod of state.pods.filter((p) => p.namespace !== 'kube-system')) {
    lines.push(`Pod ${pod.namespace}/${pod.name}: ${pod.status}, ${pod.nodeName ? `on ${pod.nodeName}` : 'no node yet'}, resourceVersion ${pod.resourceVersion}`);
  }
  if (state.schedulerQueue.length > 0) lines.push(`Scheduler queue: ${state.schedulerQueue.join(', ')}`);
  return lines;
}
