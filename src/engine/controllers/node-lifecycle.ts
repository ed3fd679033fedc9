// The node lifecycle controller (kube-controller-manager, service account node-controller). It
// never hears from kubelets: it watches their Leases through kube-apiserver, and every
// --node-monitor-period checks how long ago each Lease was renewed. Past
// --node-monitor-grace-period it sets the Node's conditions to Unknown and taints the Node
// node.kubernetes.io/unreachable (NoSchedule, then NoExecute).
import type { JsonObject } from '../types';
import type { HttpResponse } from '../core/messages';
import { record, send, update, type Ctx } from '../core/ctx';
import { isObject, list, obj, str } from '../core/json';
import { timestamp } from '../core/time';
import { controllerEvent, controllerRequest } from './client';
import { lifecycle, setLifecycle } from './node-lifecycle-state';
import { LEASE_RENEW_MS } from '../kubelet/lease';

/** --node-monitor-period: upstream default 5 s (the reference does not give it). */
export const NODE_MONITOR_PERIOD_MS = 5_000;
/** --node-monitor-grace-period: 50 s since v1.32 (reference C11). */
export const NODE_MONITOR_GRACE_MS = 50_000;
/** The NoExecute tainter's pass period (NodeEvictionPeriod, upstream 100 ms). */
const TAINTER_PERIOD_MS = 100;

export const UNREACHABLE = 'node.kubernetes.io/unreachable';

/**
 * A node's kubelet goes silent after command `afterCommand` settled. From here on the engine runs
 * the background loops this story depends on (every kubelet's renewals, the monitor pass) until
 * the controllers have acted; while a cluster is settled it leaves them out, as elsewhere.
 */
export function startLeaseStops(ctx: Ctx, afterCommand: number): boolean {
  const nl = lifecycle(ctx);
  const stops = (ctx.cluster.leaseStops ?? []).filter((s) => s.afterCommand === afterCommand && !nl?.silent.includes(s.node));
  if (!nl || stops.length === 0) return false;
  const silent = [...nl.silent, ...stops.map((s) => s.node)];
  // The kubelet's connections are gone: its pod watch no longer delivers anything.
  const watches = ctx.state.watches.filter((w) => !stops.some((s) => w.watcher === `kubelet/${s.node}`));
  update(ctx, { watches });
  for (const s of stops) {
    record(ctx, {
      id: 'kubelet.lease',
      level: 'overview',
      actor: `kubelet/${s.node}`,
      from: `kubelet/${s.node}`,
      to: `kubelet/${s.node}`,
      text: { key: 'kubelet.lease.stopped', params: { node: s.node } },
      detail: { lease: `kube-node-lease/${s.node}`, renewInterval: '10s', leaseDurationSeconds: 40 },
      misconception: 'heartbeats-to-controller-manager',
    });
  }
  if (!nl.running) {
    // Every Lease was fresh while the cluster was settled: the controller's probe times start now.
    const probes = Object.fromEntries(ctx.cluster.nodes.map((n) => [n.name, ctx.state.clock]));
    setLifecycle(ctx, { silent, running: true, probes });
    ctx.cluster.nodes.forEach((n, i) => send(ctx, { type: 'kubelet.renewLease', node: n.name }, ((i + 1) * 3_000) % LEASE_RENEW_MS));
    send(ctx, { type: 'nodeLifecycle.monitor' }, NODE_MONITOR_PERIOD_MS);
  } else setLifecycle(ctx, { silent });
  return true;
}

/** The Lease informer saw a renewal: the controller's probe timestamp for that node moves to now. */
export function leaseObserved(ctx: Ctx, lease: JsonObject): void {
  const nl = lifecycle(ctx);
  const node = str(lease, 'metadata.name');
  if (!nl || !node) return;
  setLifecycle(ctx, { probes: { ...nl.probes, [node]: ctx.state.clock } });
}

export function nodeObserved(ctx: Ctx, node: JsonObject, deleted: boolean): void {
  const nl = lifecycle(ctx);
  const name = str(node, 'metadata.name');
  if (!nl || !name) return;
  const { [name]: _old, ...rest } = nl.nodes;
  setLifecycle(ctx, { nodes: deleted ? rest : { ...rest, [name]: node } });
}

/** The story is over once every silent node is marked and tainted and every eviction was sent. */
function finished(ctx: Ctx): boolean {
  const nl = lifecycle(ctx);
  if (!nl) return true;
  return nl.silent.every((n) => nl.unknown.includes(n) && nl.tainted.includes(n)) && Object.keys(nl.evictions).length === 0;
}

export function monitorNodeHealth(ctx: Ctx): void {
  const nl = lifecycle(ctx);
  if (!nl?.running) return;
  if (finished(ctx)) {
    setLifecycle(ctx, { running: false });
    return;
  }
  const now = ctx.state.clock;
  const rows = Object.entries(nl.probes).map(([node, at]) => ({ node, renewalSeenAt: timestamp(at), secondsAgo: Math.floor((now - at) / 1000) }));
  const late = rows.filter((r) => now - (nl.probes[r.node] ?? now) > NODE_MONITOR_GRACE_MS && !nl.unknown.includes(r.node));
  record(ctx, {
    id: 'controller.node-lifecycle',
    level: 'deep',
    actor: 'kube-controller-manager',
    from: 'kube-controller-manager',
    to: 'kube-controller-manager',
    text: { key: late.length ? 'controller.node-lifecycle.late' : 'controller.node-lifecycle.monitor', params: { nodes: rows.map((r) => `${r.node} ${r.secondsAgo}s`).join(', '), late: late.map((r) => r.node).join(', '), grace: NODE_MONITOR_GRACE_MS / 1000 } },
    detail: { leases: rows, gracePeriod: `${NODE_MONITOR_GRACE_MS / 1000}s`, monitorPeriod: `${NODE_MONITOR_PERIOD_MS / 1000}s` },
  });
  for (const r of late) markUnknown(ctx, r.node, Math.floor((now - (nl.probes[r.node] ?? now)) / 1000));
  send(ctx, { type: 'nodeLifecycle.monitor' }, NODE_MONITOR_PERIOD_MS);
}

const STATUS_UNKNOWN = { reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' };

function markUnknown(ctx: Ctx, node: string, seconds: number): void {
  const nl = lifecycle(ctx);
  const current = nl?.nodes[node];
  if (!nl || !current) return;
  setLifecycle(ctx, { unknown: [...nl.unknown, node] });
  const now = timestamp(ctx.state.clock);
  // Every condition the kubelet reported becomes Unknown; lastHeartbeatTime keeps the kubelet's last.
  const conditions = list(current, 'status.conditions').map((c) => ({ ...c, status: 'Unknown', ...STATUS_UNKNOWN, lastTransitionTime: now }));
  const body: JsonObject = { ...current, status: { ...obj(current, 'status'), conditions } };
  controllerRequest(
    ctx,
    { controller: 'node', key: node, method: 'PUT', path: `/api/v1/nodes/${node}/status`, body, story: { request: 'overview', chain: 'deep', write: 'standard', response: 'deep' }, purpose: { kind: 'node-lifecycle', node, write: 'status' } },
    { id: 'controller.node-lifecycle', key: 'controller.node-lifecycle.unknown', params: { node, seconds, grace: NODE_MONITOR_GRACE_MS / 1000 } },
  );
}

function taint(ctx: Ctx, node: string, current: JsonObject, effect: 'NoSchedule' | 'NoExecute'): void {
  const taints = list(current, 'spec.taints');
  if (taints.some((t) => t.key === UNREACHABLE && t.effect === effect)) return;
  // spec.taints has no merge key: the patch carries the whole new list.
  const next = [...taints, { key: UNREACHABLE, effect, timeAdded: timestamp(ctx.state.clock) }];
  controllerRequest(
    ctx,
    { controller: 'node', key: node, method: 'PATCH', path: `/api/v1/nodes/${node}`, body: { spec: { taints: next } }, story: { request: 'standard', chain: 'deep', write: 'deep', response: 'deep' }, purpose: { kind: 'node-lifecycle', node, write: `taint-${effect}` } },
    { id: 'controller.node-lifecycle', key: `controller.node-lifecycle.taint.${effect}`, params: { node, taint: `${UNREACHABLE}:${effect}` } },
  );
}

/** The tainter's next pass swaps in the NoExecute taint, from the Node as its informer has it now. */
export function noExecuteTaintingPass(ctx: Ctx, node: string): void {
  const current = lifecycle(ctx)?.nodes[node];
  if (current) taint(ctx, node, current, 'NoExecute');
}

export function nodeLifecycleResponse(ctx: Ctx, node: string, write: 'status' | 'taint-NoSchedule' | 'taint-NoExecute', response: HttpResponse): void {
  if (response.status >= 400 || !isObject(response.body)) return;
  if (write === 'status') {
    const uidIsName = { kind: 'Node', name: node, uid: node, apiVersion: 'v1' };
    controllerEvent(ctx, 'node', uidIsName, 'NodeNotReady', `Node ${node} status is now: NodeNotReady`, node, 'standard');
    taint(ctx, node, response.body, 'NoSchedule');
  } else if (write === 'taint-NoSchedule') {
    send(ctx, { type: 'nodeLifecycle.taint', node }, TAINTER_PERIOD_MS);
  }
}
