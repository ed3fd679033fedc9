// What kube-controller-manager's node lifecycle and taint-eviction controllers keep in memory.
// The engine runs them only for scenarios that let a node go silent (cluster.leaseStops): in the
// others nothing would change their output, and their informers would only add noise.
import type { JsonObject } from '../types';
import type { EtcdState } from '../core/state';
import { update, type Ctx } from '../core/ctx';
import { pmapEntries, type PMap } from '../core/pmap';
import { range } from '../etcd/kv';
import { str } from '../core/json';
import { withResourceVersion } from '../api-server/registry';

export interface NodeLifecycleState {
  /** Nodes whose kubelet has stopped renewing its Lease. */
  silent: string[];
  /** While true, heartbeats and the controller's monitor pass keep running (see node-lifecycle.ts). */
  running: boolean;
  /** node → logical ms at which the controller last saw its Lease renewed (probeTimestamp). */
  probes: Record<string, number>;
  /** node → the Node as the controller's Node informer last saw it. */
  nodes: Record<string, JsonObject>;
  /** Nodes the controller has marked Ready=Unknown. */
  unknown: string[];
  /** Nodes whose NoExecute taint the taint-eviction controller has processed. */
  tainted: string[];
  /** Bound pods as the taint-eviction controller's pod informer sees them, keyed `ns/name`. */
  pods: Record<string, JsonObject>;
  /** Pod key → logical ms at which its NoExecute toleration runs out. */
  evictions: Record<string, number>;
}

export function lifecycle(ctx: Ctx): NodeLifecycleState | undefined {
  return ctx.state.nodeLifecycle;
}

export function setLifecycle(ctx: Ctx, patch: Partial<NodeLifecycleState>): void {
  const current = ctx.state.nodeLifecycle;
  if (!current) throw new Error(`node lifecycle state missing (patch ${JSON.stringify(Object.keys(patch))})`);
  update(ctx, { nodeLifecycle: { ...current, ...patch } });
}

/** The informers' first LIST fills the Node and Pod caches (seeded, not a step). */
export function seededLifecycle(etcd: EtcdState, seededPods: PMap<JsonObject>): NodeLifecycleState {
  const nodes = Object.fromEntries(range(etcd, '/registry/minions/', true).map(({ key, entry }) => [key.slice('/registry/minions/'.length), withResourceVersion(entry.value, entry.modRevision)]));
  const pods = Object.fromEntries(pmapEntries(seededPods).filter(([, p]) => str(p, 'spec.nodeName')));
  return { silent: [], running: false, probes: {}, nodes, unknown: [], tainted: [], pods, evictions: {} };
}
