// What the current step makes active in the graph, as primitives so selectors stay cheap.
import type { Step } from '../../catalog/types';
import type { ApiServerStage, ComponentId, ClusterView } from '../../engine/types';
import { t } from '../../store/lang';

/** What a component does in the current step; null when it is idle. */
export type Involvement = 'sends' | 'receives' | 'works' | null;

export function involvement(step: Step | undefined, id: ComponentId): Involvement {
  if (!step) return null;
  const travels = step.from !== step.to;
  if (travels && step.to === id) return 'receives';
  if (travels && step.from === id) return 'sends';
  if (step.actor === id || step.from === id) return 'works';
  return null;
}

export function linkActive(step: Step | undefined, a: ComponentId, b: ComponentId): boolean {
  if (!step) return false;
  return (step.from === a && step.to === b) || (step.from === b && step.to === a);
}

export function activeStage(step: Step | undefined): ApiServerStage | null {
  return step?.stage ?? null;
}

const watchersCache = new WeakMap<ClusterView['watches'], Set<string>>();

/** Who holds a watch, once per watches array: a hundred kubelets each ask on every step. */
function watchers(watches: ClusterView['watches']): Set<string> {
  let found = watchersCache.get(watches);
  if (!found) watchersCache.set(watches, (found = new Set(watches.map((w) => w.watcher))));
  return found;
}

/** One line of live detail under a component's name. */
export function componentDetail(state: ClusterView, id: ComponentId, commandLine: string): string {
  if (id === 'kubectl') return commandLine ? `$ ${commandLine}` : t('graph.detail.idle');
  if (id === 'etcd') return t('graph.detail.etcd', { revision: state.revision, count: state.etcd.length });
  if (id === 'kube-scheduler') {
    const q = state.schedulerQueue;
    return q.length ? t('graph.detail.queue', { pods: q.join(', ') }) : t('graph.detail.queueEmpty');
  }
  const watching = watchers(state.watches).has(id);
  if (id === 'kube-controller-manager') return t(watching ? 'graph.detail.informers' : 'graph.detail.controllers');
  if (id.startsWith('kubelet/')) return t(watching ? 'graph.detail.kubeletWatching' : 'graph.detail.nodeAgent');
  return t('graph.detail.runtime');
}
