// The replicaset controller's other half of manageReplicas: with more active Pods than
// spec.replicas it DELETEs the surplus (at most burstReplicas per sync), all at once, chosen by
// getPodsToDelete. Each is an ordinary graceful delete: the Pod gets a deletionTimestamp, its
// kubelet stops it and sends the final DELETE. The controller expects to see each deletion on
// its watch (terminating counts) before it syncs again.
import type { JsonObject } from '../types';
import { record, type Ctx } from '../core/ctx';
import { str, text } from '../core/json';
import { pmapEntries } from '../core/pmap';
import { IN_CONTROLLER_MANAGER, controllerEvent, controllerRequest } from './client';
import { controllerOf, controllers, keyOf, objectRef, setControllers } from './cache';
import { deletionCost, getPodsToDelete, isPodActive } from './pods-to-delete';

/** DeletionObserved: the watch showed this Pod terminating or gone, or its DELETE failed. */
export function deletionObserved(deletions: Record<string, string[]>, rsKey: string, podKey: string): Record<string, string[]> {
  const pending = deletions[rsKey];
  if (!pending?.includes(podKey)) return deletions;
  const rest = pending.filter((k) => k !== podKey);
  if (rest.length > 0) return { ...deletions, [rsKey]: rest };
  const { [rsKey]: _done, ...others } = deletions;
  return others;
}

/** The active Pods this ReplicaSet controls, and those of every ReplicaSet of the same Deployment. */
function ownedAndRelated(ctx: Ctx, rs: JsonObject): { owned: JsonObject[]; related: JsonObject[] } {
  const c = controllers(ctx);
  const uid = str(rs, 'metadata.uid');
  const deployment = controllerOf(rs)?.uid;
  const owned: JsonObject[] = [];
  const related: JsonObject[] = [];
  for (const [, pod] of pmapEntries(c.pods)) {
    const owner = controllerOf(pod);
    if (!owner || !isPodActive(pod)) continue;
    const ownerRs = c.replicasets[`${str(pod, 'metadata.namespace') ?? ''}/${text(owner.name)}`];
    if (owner.uid === uid) owned.push(pod);
    if (owner.uid === uid || (deployment !== undefined && ownerRs && controllerOf(ownerRs)?.uid === deployment)) related.push(pod);
  }
  return { owned, related };
}

export function deleteSurplus(ctx: Ctx, key: string, rs: JsonObject, desired: number, active: number, burst: number): void {
  const { owned, related } = ownedAndRelated(ctx, rs);
  const chosen = getPodsToDelete(owned, related, Math.min(active - desired, burst), ctx.state.clock);
  if (chosen.length === 0) return;
  const names = chosen.map((r) => str(r.pod, 'metadata.name') ?? '');
  const ranking = chosen.map(({ pod, rank }) => ({
    pod: str(pod, 'metadata.name') ?? '',
    node: str(pod, 'spec.nodeName') ?? '',
    phase: str(pod, 'status.phase') ?? '',
    deletionCost: deletionCost(pod),
    podsOnNode: rank,
    created: str(pod, 'metadata.creationTimestamp') ?? '',
  }));
  record(ctx, {
    ...IN_CONTROLLER_MANAGER,
    id: 'controller.replicaset',
    level: 'standard',
    text: { key: 'controller.replicaset.delete', params: { replicaset: key, desired, active, deleting: chosen.length, pods: names.join(', ') } },
    detail: { desired, active, deleting: chosen.length, burstReplicas: burst, order: 'unassigned, Pending/Unknown/Running, not ready, pod-deletion-cost, pods on the same node, newest ready, restarts, newest created', chosen: ranking },
  });
  const c = controllers(ctx);
  setControllers(ctx, { deletions: { ...c.deletions, [key]: chosen.map((r) => keyOf(r.pod)) } });
  const story = { request: 'standard' as const, chain: 'deep' as const, write: 'deep' as const, response: 'deep' as const };
  const ns = str(rs, 'metadata.namespace') ?? '';
  for (const name of names) {
    controllerRequest(
      ctx,
      { controller: 'replicaset', key, method: 'DELETE', path: `/api/v1/namespaces/${ns}/pods/${name}`, body: { kind: 'DeleteOptions', apiVersion: 'v1' }, story },
      { id: 'controller.request', key: 'controller.request.pod.delete', params: { replicaset: str(rs, 'metadata.name') ?? '', pod: name } },
    );
  }
}

/** A DELETE came back: on success record SuccessfulDelete; a failed one will never be seen on the watch. */
export function replicaSetDeleted(ctx: Ctx, key: string, path: string, ok: boolean): void {
  const [, , , , ns = '', , name = ''] = path.split('?')[0]?.split('/') ?? [];
  const c = controllers(ctx);
  const rs = c.replicasets[key];
  if (ok && rs) controllerEvent(ctx, 'replicaset', objectRef(rs, 'ReplicaSet', 'apps/v1'), 'SuccessfulDelete', `Deleted pod: ${name}`, key);
  if (!ok) setControllers(ctx, { deletions: deletionObserved(c.deletions, key, `${ns}/${name}`) });
}
