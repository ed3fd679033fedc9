// The taint-eviction controller (split out of node lifecycle in v1.29). It watches Nodes and Pods;
// when a Node gains a NoExecute taint it deletes each Pod there once the Pod's matching toleration
// runs out: at once without one, never with one that has no tolerationSeconds. Pods get the 300 s
// tolerations for not-ready and unreachable from the DefaultTolerationSeconds admission plugin.
import type { JsonObject, Taint } from '../types';
import { record, send, type Ctx } from '../core/ctx';
import { list, str, text } from '../core/json';
import { parseTimestamp } from '../core/time';
import { tolerates } from '../scheduler/filter';
import { controllerEvent, controllerRequest } from './client';
import { keyOf, objectRef } from './cache';
import { lifecycle, setLifecycle } from './node-lifecycle-state';

/** The pod informer keeps bound pods; a deleted one leaves. */
export function podObserved(ctx: Ctx, pod: JsonObject, deleted: boolean): void {
  const nl = lifecycle(ctx);
  if (!nl || !str(pod, 'spec.nodeName')) return;
  const key = keyOf(pod);
  const { [key]: _old, ...rest } = nl.pods;
  setLifecycle(ctx, { pods: deleted ? rest : { ...rest, [key]: pod } });
}

/** Seconds the pod may stay: null = forever, 0 = evict now. */
function tolerationSeconds(pod: JsonObject, taints: Taint[]): number | null {
  let min: number | null = null;
  for (const taint of taints) {
    const matching = list(pod, 'spec.tolerations').filter((t) => tolerates({ spec: { tolerations: [t] } }, taint));
    if (matching.length === 0) return 0;
    const seconds = matching.map((t) => (typeof t.tolerationSeconds === 'number' ? t.tolerationSeconds : null));
    if (seconds.includes(null)) continue;
    const least = Math.min(...(seconds as number[]));
    min = min === null ? least : Math.min(min, least);
  }
  return min === null ? null : Math.max(0, min);
}

export function taintEvictionNodeUpdate(ctx: Ctx, node: JsonObject): void {
  const nl = lifecycle(ctx);
  const name = str(node, 'metadata.name') ?? '';
  const raw = list(node, 'spec.taints').filter((t) => t.effect === 'NoExecute');
  if (!nl || raw.length === 0 || nl.tainted.includes(name)) return;
  const taints = raw.map((t): Taint => ({ key: text(t.key), effect: 'NoExecute', ...(typeof t.value === 'string' ? { value: t.value } : {}) }));
  // Tolerations count from when the taint was added, not from when the controller saw it.
  const added = Math.min(...raw.map((t) => (typeof t.timeAdded === 'string' ? parseTimestamp(t.timeAdded) : ctx.state.clock)));
  const evictions = { ...nl.evictions };
  const plan: { pod: string; seconds: number | null }[] = [];
  for (const pod of Object.values(nl.pods)) {
    if (str(pod, 'spec.nodeName') !== name || str(pod, 'metadata.deletionTimestamp')) continue;
    const seconds = tolerationSeconds(pod, taints);
    plan.push({ pod: keyOf(pod), seconds });
    if (seconds === null) continue;
    const at = Math.max(ctx.state.clock, added + seconds * 1000);
    evictions[keyOf(pod)] = at;
    send(ctx, { type: 'taintEviction.evict', podKey: keyOf(pod), uid: str(pod, 'metadata.uid') ?? '' }, at - ctx.state.clock);
  }
  setLifecycle(ctx, { tainted: [...nl.tainted, name], evictions });
  record(ctx, {
    id: 'controller.taint-eviction',
    level: 'standard',
    actor: 'kube-controller-manager',
    from: 'kube-controller-manager',
    to: 'kube-controller-manager',
    text: { key: 'controller.taint-eviction.plan', params: { node: name, taints: taints.map((t) => `${t.key}:${t.effect}`).join(', '), pods: plan.map((p) => `${p.pod} in ${p.seconds ?? 'never'}${p.seconds === null ? '' : 's'}`).join(', ') || 'none' } },
    detail: { plan },
  });
}

export function evictPod(ctx: Ctx, podKey: string, uid: string): void {
  const nl = lifecycle(ctx);
  if (!nl) return;
  const { [podKey]: _due, ...evictions } = nl.evictions;
  setLifecycle(ctx, { evictions });
  const pod = nl.pods[podKey];
  if (!pod || str(pod, 'metadata.uid') !== uid || str(pod, 'metadata.deletionTimestamp')) return;
  const [ns, name] = podKey.split('/') as [string, string];
  controllerEvent(ctx, 'taint-eviction', objectRef(pod, 'Pod', 'v1'), 'TaintManagerEviction', `Marking for deletion Pod ${podKey}`, podKey, 'standard');
  controllerRequest(
    ctx,
    { controller: 'taint-eviction', key: podKey, method: 'DELETE', path: `/api/v1/namespaces/${ns}/pods/${name}`, body: { kind: 'DeleteOptions', apiVersion: 'v1' }, story: { request: 'overview', chain: 'deep', write: 'standard', response: 'deep' }, purpose: { kind: 'taint-eviction', podKey } },
    { id: 'controller.taint-eviction', key: 'controller.taint-eviction.delete', params: { pod: podKey } },
  );
}
