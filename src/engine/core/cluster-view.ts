// Derives the visible cluster (ClusterView) from engine state, reusing the previous view's parts
// whenever the state part behind them is the same object: steps share structure. The etcd rows and
// the pods are kept as version chains (core/view-list.ts) and turned into the plain arrays the view
// reads on first access, so 100k steps do not each hold a full copy of thousands of rows.
import type { ClusterView, EtcdRow, NodeView, PodPhase, PodView, Taint } from '../types';
import type { EngineState, EtcdEntry, EtcdState } from './state';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import { at, list, str } from './json';
import { build, builtList, withChange, type ItemOf, type ListVersion } from './view-list';

/** What the next view is derived from: the last state, its view and the view's chunked lists. */
export interface ViewBase {
  state: EngineState;
  view: ClusterView;
  parts: EtcdParts;
}

export function viewOf(state: EngineState, prev: ViewBase | null): ViewBase {
  if (prev && prev.state === state) return prev;
  const parts = prev ? etcdViewFrom(prev, state.etcd) : etcdView(state.etcd);
  const p = prev?.state;
  // Most steps between two writes (filter chain, admission, watch deliveries) change only engine
  // bookkeeping: nothing the view shows. Those steps share the previous (equal) view object.
  if (
    prev && p && parts === prev.parts && p.clock === state.clock && p.scheduler.activeQ === state.scheduler.activeQ &&
    p.watches === state.watches && p.kubectlOutput === state.kubectlOutput
  ) return { state, view: prev.view, parts };
  const view = lazyView(
    state.etcd.revision,
    parts,
    p && p.scheduler.activeQ === state.scheduler.activeQ && prev ? prev.view.schedulerQueue : state.scheduler.activeQ,
    p && p.watches === state.watches && prev
      ? prev.view.watches
      : state.watches.map((w) =>
          w.fieldSelector === undefined
            ? { watcher: w.watcher, resource: w.resource }
            : { watcher: w.watcher, resource: w.resource, fieldSelector: w.fieldSelector },
        ),
    p && p.kubectlOutput === state.kubectlOutput && prev ? prev.view.kubectlOutput : state.kubectlOutput,
    state.clock,
  );
  return { state, view, parts };
}

/** Each view's list versions, read by the shared getters below. */
const PARTS = new WeakMap<ClusterView, EtcdParts>();

// Views whose list did not change share one version, so one array.
function flat<T>(view: ClusterView, name: 'etcd' | 'pods', version: ListVersion<T>, itemOf: ItemOf<T>): T[] {
  const value = build(version, itemOf).items as T[];
  // From now on an ordinary data property (redefining keeps the key's place in the object).
  Object.defineProperty(view, name, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

// One pair of getter functions for all views: getters written in an object literal are new
// functions per view, which put every view in dictionary mode (~680 bytes each instead of ~130).
const ETCD: PropertyDescriptor = {
  get(this: ClusterView): EtcdRow[] {
    return flat(this, 'etcd', (PARTS.get(this) as EtcdParts).rows, rowOf);
  },
  enumerable: true,
  configurable: true,
};
const PODS: PropertyDescriptor = {
  get(this: ClusterView): PodView[] {
    return flat(this, 'pods', (PARTS.get(this) as EtcdParts).pods, podItem);
  },
  enumerable: true,
  configurable: true,
};

/**
 * The view with `etcd` and `pods` as the flattened lists, built on first read and then kept as
 * plain data properties (JSON.stringify, spread and structured clone all see ordinary arrays).
 * Built property by property so the getters take their places in the key order.
 */
function lazyView(revision: number, parts: EtcdParts, schedulerQueue: string[], watches: ClusterView['watches'], kubectlOutput: string[], clock: number): ClusterView {
  const view = { revision } as ClusterView;
  Object.defineProperty(view, 'etcd', ETCD);
  view.nodes = parts.nodes;
  Object.defineProperty(view, 'pods', PODS);
  view.schedulerQueue = schedulerQueue;
  view.watches = watches;
  view.kubectlOutput = kubectlOutput;
  view.clock = clock;
  PARTS.set(view, parts);
  return view;
}

export interface EtcdParts {
  rows: ListVersion<EtcdRow>;
  nodes: NodeView[];
  /** Pods in etcd key order. */
  pods: ListVersion<PodView>;
}

const podItem = (_key: string, e: EtcdEntry): PodView => podView(e.value, e.modRevision);

/** Reuses the previous lists, adding to them only the one key a single write touched. */
function etcdViewFrom(prev: ViewBase, etcd: EtcdState): EtcdParts {
  const same = prev.parts;
  if (prev.state.etcd === etcd) return same;
  const key = etcd.lastKey;
  if (!key || etcd.revision !== prev.state.etcd.revision + 1) return etcdView(etcd);
  const entry = getEntry(etcd, key);
  const parts: EtcdParts = { rows: withChange(same.rows, key, entry ?? null, rowOf), nodes: same.nodes, pods: same.pods };
  if (key.startsWith('/registry/minions/')) {
    parts.nodes = entry
      ? upsert(same.nodes, nodeView(entry.value), (n) => `/registry/minions/${n.name}`, key)
      : same.nodes.filter((n) => `/registry/minions/${n.name}` !== key);
  }
  if (key.startsWith('/registry/pods/')) parts.pods = withChange(same.pods, key, entry ?? null, podItem);
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
  const rowKeys: string[] = [];
  const rows: EtcdRow[] = [];
  const nodes: NodeView[] = [];
  const podKeys: string[] = [];
  const pods: PodView[] = [];
  for (const key of keysWithPrefix(etcd, '/')) {
    const e = getEntry(etcd, key);
    if (!e) continue;
    if (key.startsWith('/registry/minions/')) nodes.push(nodeView(e.value));
    if (key.startsWith('/registry/pods/')) {
      podKeys.push(key);
      pods.push(podView(e.value, e.modRevision));
    }
    rowKeys.push(key);
    rows.push(rowOf(key, e));
  }
  return { rows: builtList(rowKeys, rows), nodes, pods: builtList(podKeys, pods) };
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
