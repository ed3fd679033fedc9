// Derives the visible cluster (ClusterView) from engine state, reusing the previous view's parts
// whenever the state part behind them is the same object: steps share structure. The etcd rows and
// the pods are kept as chunked lists (core/chunked.ts) and turned into the plain arrays the view
// reads on first access, so 100k steps do not each hold a full copy of thousands of rows.
import type { ClusterView, EtcdRow, NodeView, PodPhase, PodView, Taint } from '../types';
import type { EngineState, EtcdEntry, EtcdState } from './state';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import { at, list, str } from './json';
import { chunkedOf, flatten, removeChunked, upsertChunked, type Chunked } from './chunked';

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

/** Flattened lists by their chunks: views whose list did not change share one array. */
const FLAT = new WeakMap<object, unknown[]>();
/** Each view's chunked lists, read by the shared getters below. */
const PARTS = new WeakMap<ClusterView, EtcdParts>();

function flat<T>(view: ClusterView, name: 'etcd' | 'pods', chunks: Chunked<T>): T[] {
  let value = FLAT.get(chunks) as T[] | undefined;
  if (!value) {
    value = flatten(chunks);
    FLAT.set(chunks, value);
  }
  // From now on an ordinary data property (redefining keeps the key's place in the object).
  Object.defineProperty(view, name, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

// One pair of getter functions for all views: getters written in an object literal are new
// functions per view, which put every view in dictionary mode (~680 bytes each instead of ~130).
const ETCD: PropertyDescriptor = {
  get(this: ClusterView): EtcdRow[] {
    return flat(this, 'etcd', (PARTS.get(this) as EtcdParts).rows);
  },
  enumerable: true,
  configurable: true,
};
const PODS: PropertyDescriptor = {
  get(this: ClusterView): PodView[] {
    return flat(this, 'pods', (PARTS.get(this) as EtcdParts).pods);
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
  rows: Chunked<EtcdRow>;
  nodes: NodeView[];
  pods: Chunked<PodView>;
}

const rowKey = (r: EtcdRow): string => r.key;
// Each pod row's sort key, built once: the binary searches of every pod write compare ~12 rows,
// and building the key each time made (and flattened) a new string per comparison.
const POD_KEYS = new WeakMap<PodView, string>();
const podKey = (p: PodView): string => {
  let key = POD_KEYS.get(p);
  if (key === undefined) {
    key = `/registry/pods/${p.namespace}/${p.name}`;
    POD_KEYS.set(p, key);
  }
  return key;
};

/** Reuses the previous rows, replacing (or removing) only the one key a single write touched. */
function etcdViewFrom(prev: ViewBase, etcd: EtcdState): EtcdParts {
  const same = prev.parts;
  if (prev.state.etcd === etcd) return same;
  const key = etcd.lastKey;
  if (!key || etcd.revision !== prev.state.etcd.revision + 1) return etcdView(etcd);
  const entry = getEntry(etcd, key);
  if (!entry) {
    const parts: EtcdParts = { ...same, rows: removeChunked(same.rows, rowKey, key) };
    if (key.startsWith('/registry/minions/')) parts.nodes = same.nodes.filter((n) => `/registry/minions/${n.name}` !== key);
    if (key.startsWith('/registry/pods/')) parts.pods = removeChunked(same.pods, podKey, key);
    return parts;
  }
  const parts: EtcdParts = { ...same, rows: upsertChunked(same.rows, rowOf(key, entry), rowKey, key) };
  if (key.startsWith('/registry/minions/')) parts.nodes = upsert(same.nodes, nodeView(entry.value), (n) => `/registry/minions/${n.name}`, key);
  if (key.startsWith('/registry/pods/')) parts.pods = upsertChunked(same.pods, podView(entry.value, entry.modRevision), podKey, key);
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
  return { rows: chunkedOf(rows), nodes, pods: chunkedOf(pods) };
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
