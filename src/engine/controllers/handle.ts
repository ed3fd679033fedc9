// kube-controller-manager: its shared informers see Pods, Deployments and ReplicaSets. A bare Pod
// has no owner and nothing happens; an owned one is counted for its ReplicaSet, and changes to a
// Deployment or ReplicaSet queue that controller's sync.
import type { JsonObject } from '../types';
import type { Exchange, HttpResponse } from '../core/messages';
import { record, type Ctx } from '../core/ctx';
import { isObject, list, str, text } from '../core/json';
import { controllerOf, controllers, keyOf, setControllers } from './cache';
import { syncDeployment } from './deployment';
import { replicaSetCreated, syncReplicaSet } from './replicaset';
import { deletionObserved, replicaSetDeleted } from './replicaset-delete';
import { pmapDelete, pmapGet, pmapSet } from '../core/pmap';
import { leaseObserved, nodeObserved } from './node-lifecycle';
import { podObserved, taintEvictionNodeUpdate } from './taint-eviction';
import { lifecycle } from './node-lifecycle-state';

type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

function without(r: Record<string, JsonObject>, key: string): Record<string, JsonObject> {
  const { [key]: _gone, ...rest } = r;
  return rest;
}

function podEvent(ctx: Ctx, type: WatchType, object: JsonObject): void {
  const owner = controllerOf(object);
  if (!owner || owner.kind !== 'ReplicaSet') return;
  const c = controllers(ctx);
  const uid = text(owner.uid);
  // A Pod being deleted is no longer active: the replicaset controller replaces it right away.
  // Whether it already was is the informer's last copy of it.
  const pk = keyOf(object);
  const before = pmapGet(c.pods, pk);
  const wasTerminating = before !== undefined && str(before, 'metadata.deletionTimestamp') !== undefined;
  const terminating = type !== 'DELETED' && str(object, 'metadata.deletionTimestamp') !== undefined;
  const rsKey = `${str(object, 'metadata.namespace') ?? ''}/${text(owner.name)}`;
  const pods = type === 'DELETED' ? pmapDelete(c.pods, pk) : pmapSet(c.pods, pk, object);
  // A deletion is observed once the Pod is terminating or gone (DeletionObserved in updatePod/deletePod).
  const deletions = terminating || type === 'DELETED' ? deletionObserved(c.deletions, rsKey, pk) : c.deletions;
  const delta = type === 'ADDED' ? 1 : type === 'DELETED' ? (wasTerminating ? 0 : -1) : terminating && !wasTerminating ? -1 : 0;
  if (delta === 0) return setControllers(ctx, { pods, deletions });
  const expected = c.expectations[rsKey] ?? 0;
  setControllers(ctx, {
    pods,
    deletions,
    podsByOwner: { ...c.podsByOwner, [uid]: (c.podsByOwner[uid] ?? 0) + delta },
    expectations: delta > 0 && expected > 0 ? { ...c.expectations, [rsKey]: expected - 1 } : c.expectations,
  });
  // The owner is queued for a sync on every change of its pods; it acts once expectations are met.
  syncReplicaSet(ctx, rsKey);
}

export function controllerManagerWatch(ctx: Ctx, type: WatchType, resource: string, object: JsonObject, key: string, fieldSelector?: string): void {
  const owners = list(object, 'metadata.ownerReferences').map((o) => `${text(o.kind)}/${text(o.name)}`);
  const k = keyOf(object);
  record(ctx, {
    id: 'controller-manager.watch',
    level: type === 'ADDED' && resource !== 'pods' ? 'standard' : type === 'ADDED' && owners.length === 0 ? 'standard' : 'deep',
    actor: 'kube-controller-manager',
    from: 'kube-apiserver',
    to: 'kube-controller-manager',
    text: { key: resource !== 'pods' ? 'controller-manager.watch.apps' : owners.length ? 'controller-manager.watch.owned' : 'controller-manager.watch', params: { type, pod: k, owners: owners.join(', '), resource } },
    watch: { watcher: 'kube-controller-manager', type, key, resource, resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) },
  });
  const c = controllers(ctx);
  if (lifecycle(ctx)) {
    if (resource === 'pods') podObserved(ctx, object, type === 'DELETED');
    if (resource === 'leases') return leaseObserved(ctx, object);
    if (resource === 'nodes') {
      nodeObserved(ctx, object, type === 'DELETED');
      return taintEvictionNodeUpdate(ctx, object);
    }
  }
  if (resource === 'pods') return podEvent(ctx, type, object);
  if (resource === 'deployments') {
    setControllers(ctx, { deployments: type === 'DELETED' ? without(c.deployments, k) : { ...c.deployments, [k]: object } });
    return syncDeployment(ctx, k);
  }
  if (resource === 'replicasets') {
    setControllers(ctx, { replicasets: type === 'DELETED' ? without(c.replicasets, k) : { ...c.replicasets, [k]: object } });
    // The owning Deployment's write has landed: it may sync again.
    const owner = controllerOf(object);
    const dKey = owner ? `${str(object, 'metadata.namespace') ?? ''}/${text(owner.name)}` : '';
    if (dKey && c.pending[dKey]) {
      const { [dKey]: _done, ...pending } = c.pending;
      setControllers(ctx, { pending });
      syncDeployment(ctx, dKey);
    }
    syncReplicaSet(ctx, k);
  }
}

export function controllerResponse(ctx: Ctx, ex: Exchange, controller: 'deployment' | 'replicaset', key: string, response: HttpResponse): void {
  const isEvent = ex.request.path.endsWith('/events');
  if (isEvent) return;
  if (controller === 'replicaset' && ex.request.method === 'DELETE') return replicaSetDeleted(ctx, key, ex.request.path, response.status < 400);
  if (controller === 'replicaset') return replicaSetCreated(ctx, key, response.status < 400, isObject(response.body) ? response.body : {});
  // A failed write (409 on a stale ReplicaSet) is retried on the next sync, from a fresh cache.
  if (response.status >= 400) {
    const c = controllers(ctx);
    const { [key]: _done, ...pending } = c.pending;
    setControllers(ctx, { pending });
  }
}
