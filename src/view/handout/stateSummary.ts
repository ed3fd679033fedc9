// The graph of a printed step as plain sentences: who talked to whom, and what the cluster looks
// like afterwards. Text prints well in black and white and costs nothing to lay out.
import type { Step } from '../../catalog/types';
import type { ClusterView } from '../../engine/types';
import { t } from '../../store/lang';

export function messageLine(step: Step): string {
  return step.from === step.to ? t('wire.inProcess', { actor: step.actor }) : `${step.from} → ${step.to}`;
}

/** `before`: the state the previous printed step showed (the step's own state for the first). */
export function stateLines(state: ClusterView, before: ClusterView): string[] {
  const lines: string[] = [];
  const since = before.revision;
  const written = state.etcd.filter((row) => row.modRevision > since).map((row) => t('state.writtenKey', { key: row.key, revision: row.modRevision }));
  lines.push(written.length > 0 ? t('state.written', { revision: state.revision, keys: written.join(', ') }) : t('state.revision', { revision: state.revision }));
  // The system pods are scenery: counted, not listed on every step.
  const system = state.pods.filter((pod) => pod.namespace === 'kube-system');
  if (system.length > 0) lines.push(t('state.system', { count: system.length }));
  for (const pod of state.pods.filter((p) => p.namespace !== 'kube-system')) {
    lines.push(t('state.pod', { pod: `${pod.namespace}/${pod.name}`, status: pod.status, where: pod.nodeName ? t('state.onNode', { node: pod.nodeName }) : t('state.noNode'), rv: pod.resourceVersion }));
  }
  if (state.schedulerQueue.length > 0) lines.push(t('state.queue', { pods: state.schedulerQueue.join(', ') }));
  return lines;
}
