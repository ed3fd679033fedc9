// Derives the visible cluster (ClusterView) from engine state, reusing the previous view's parts
// whenever the state part behind them is the same object: steps share structure.
import type { ClusterView, EtcdRow, NodeView, PodPhase, PodView, Taint } from '../types';
import type { EngineState, EtcdEntry, EtcdState } from './state';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import { at, list, str } from './json';

export function viewOf(
  state: EngineState,
  prev: { state: EngineState; view: ClusterView } | null,
): ClusterView {
  if (prev && prev.state === state) return prev.view;
  const same = <K extends keyof EngineState>(k: K): boolean => prev !== null && prev.state[k] === state[k];
  const etcdParts = prev ? etcdViewFrom(prev.state.etcd, prev.view, state.etcd) : etcdView(state.etcd);
  return {
    revision: state.etcd.revision,
    etcd: etcdParts.etcd,
    nodes: etcdParts.nodes,
    pods: etcdParts.pods,
    schedulerQueue:
      prev && prev.state.scheduler.activeQ === state.scheduler.activeQ
        ? prev.view.schedulerQueue
        : state.scheduler.activeQ,
    watches:
      same('watches') && prev
        ? prev.view.watches
        : state.watches.map((w) =>
            w.fieldSelector === undefined
              ? { watcher: w.watcher, resource: w.resource }
              : { watcher: w.watcher, resource: w.resource, fieldSelector: w.fieldSelector },
          ),
    kubectlOutput: same('kubectlOutput') && prev ? prev.view.kubectlOutput : state.kubectlOutput,
  };
}

type EtcdParts = Pick<ClusterView, 'etcd' | 'nodes' | 'pods'>;

/** Reuses the previous rows, replacing only the one key a single write touched. */
function etcdViewFrom(prevEtcd: EtcdState, prevView: ClusterView, etcd: EtcdState): EtcdParts {
  if (prevEtcd === etcd) return prevView;
  const key = etcd.lastKey;
  const entry = key ? getEntry(etcd, key) : undefined;
  if (!key || !entry || etcd.revision !== prevEtcd.revision + 1) return etcdView(etcd);
  const row = rowOf(key, entry);
  const parts: EtcdParts = { etcd: upsert(prevView.etcd, row, (r) => r.key, key), nodes: prevView.nodes, pods: prevView.pods };
  if (key.startsWith('/registry/minions/')) parts.nodes = upsert(prevView.nodes, nodeView(entry.value), (n) => `/registry/minions/${n.name}`, key);
  if (key.startsWith('/registry/pods/')) {
    parts.pods = upsert(prevView.pods, podView(entry.value, entry.modRevision), (p) => `/registry/pods/${p.namespace}/${p.name}`, key);
  }
  return parts;
}

/** Replaces or inserts the item whose sort key is `key` in a list sorted by that key. */
function upsert<T>(items: T[], item: T, keyOf: (t: T) => string, key: string): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  const out = items.slice();
  if (lo < items.length && keyOf(items[lo] as T) === key) out[lo] = item;
  else out.splice(lo, 0, item);
  return out;
}

function rowOf(key: string, e: EtcdEntry): EtcdRow {
  return {
    key,
    createRevision: e.createRevision,
    modRevision: e.modRevision,
    version: e.version,
    summary: summary(str(e.value, 'kind') ?? '', e.value),
  };
}

function etcdView(etcd: EtcdState): EtcdParts {
  const rows: EtcdRow[] = [];
  const nodes: NodeView[] = [];
  const pods: PodView[] = [];
  for (const key of keysWithPrefix(etcd, '/')) {
    const e = getEntry(etcd, key);
    if (!e) continue;
    if (key.startsWith('/registry/minions/')) nodes.push(nodeView(e.value));
    if (key.startsWith('/registry/pods/')) pods.push(podView(e.value, e.modRevision));
    rows.push(rowOf(key, e));
  }
  return { etcd: rows, nodes, pods };
}

function nodeView(node: Parameters<typeof str>[0]): NodeView {
  const ready = list(node, 'status.conditions').some((c) => c.type === 'Ready' && c.status === 'True');
  const labels = at(node, 'metadata.labels');
  const isCp =
    typeof labels === 'object' && labels !== null && !Array.isArray(labels) &&
    'node-role.kubernetes.io/control-plane' in labels;
  return {
    name: str(node, 'metadata.name') ?? '',
    role: isCp ? 'control-plane' : 'worker',
    ready,
    taints: list(node, 'spec.taints') as unknown as Taint[],
    unschedulable: at(node, 'spec.unschedulable') === true,
  };
}

/** What `kubectl get pods` shows in STATUS for the pod. */
export function podStatusText(pod: Parameters<typeof str>[0]): string {
  const phase = str(pod, 'status.phase') ?? 'Pending';
  // "Terminating" is no phase: kubectl derives it from deletionTimestamp (reference D20).
  if (str(pod, 'metadata.deletionTimestamp')) return 'Terminating';
  for (const cs of list(pod, 'status.containerStatuses')) {
    const waiting = at(cs, 'state.waiting.reason');
    if (typeof waiting === 'string') return waiting;
  }
  return phase;
}

function podView(pod: Parameters<typeof str>[0], modRevision: number): PodView {
  return {
    namespace: str(pod, 'metadata.namespace') ?? '',
    name: str(pod, 'metadata.name') ?? '',
    uid: str(pod, 'metadata.uid') ?? '',
    nodeName: str(pod, 'spec.nodeName') ?? null,
    phase: (str(pod, 'status.phase') ?? 'Pending') as PodPhase,
    status: podStatusText(pod),
    resourceVersion: String(modRevision),
  };
}

function summary(kind: string, value: Parameters<typeof str>[0]): string {
  const name = str(value, 'metadata.name') ?? '';
  if (kind === 'Pod') {
    const node = str(value, 'spec.nodeName');
    return `Pod ${name} (${podStatusText(value)}${node ? ` on ${node}` : ', unscheduled'})`;
  }
  if (kind === 'Event') return `Event ${str(value, 'reason') ?? ''}: ${str(value, 'note') ?? str(value, 'message') ?? ''}`;
  return `${kind} ${name}`;
}
