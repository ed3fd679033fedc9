// The replicaset controller: counts the active Pods it owns and creates the missing ones from its
// template, with generateName, in slow-start batches (1, 2, 4, …, at most 500 per sync), waiting
// on its expectations until every create it issued has come back on the watch. A surplus is
// deleted instead (replicaset-delete.ts).
import type { JsonObject } from '../types';
import { record, type Ctx } from '../core/ctx';
import { at, obj, str } from '../core/json';
import { IN_CONTROLLER_MANAGER, controllerEvent, controllerRequest } from './client';
import { controllers, objectRef, ownerRef, setControllers } from './cache';
import { deleteSurplus } from './replicaset-delete';

const BURST_REPLICAS = 500;

function podFor(rs: JsonObject): JsonObject {
  const template = obj(rs, 'spec.template');
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      generateName: `${str(rs, 'metadata.name') ?? ''}-`,
      namespace: str(rs, 'metadata.namespace') ?? '',
      labels: obj(template, 'metadata.labels'),
      ownerReferences: [ownerRef(rs, 'ReplicaSet')],
    },
    spec: obj(template, 'spec'),
  };
}

export function syncReplicaSet(ctx: Ctx, key: string): void {
  const c = controllers(ctx);
  const rs = c.replicasets[key];
  if (!rs || (c.expectations[key] ?? 0) > 0 || c.deletions[key] || c.slowStart[key]) return;
  const desired = Number(at(rs, 'spec.replicas') ?? 0);
  const active = c.podsByOwner[str(rs, 'metadata.uid') ?? ''] ?? 0;
  if (active > desired) return deleteSurplus(ctx, key, rs, desired, active, BURST_REPLICAS);
  const diff = Math.min(desired - active, BURST_REPLICAS);
  if (diff <= 0) return;
  record(ctx, {
    ...IN_CONTROLLER_MANAGER,
    id: 'controller.replicaset',
    level: 'standard',
    text: { key: 'controller.replicaset.create', params: { replicaset: key, desired, active, creating: diff } },
    detail: { desired, active, creating: diff, burstReplicas: BURST_REPLICAS, batches: 'slow start: 1, 2, 4, … until one fails' },
  });
  setControllers(ctx, { expectations: { ...c.expectations, [key]: diff }, slowStart: { ...c.slowStart, [key]: { remaining: diff, batch: 1, inFlight: 0 } } });
  sendBatch(ctx, key);
}

function sendBatch(ctx: Ctx, key: string): void {
  const c = controllers(ctx);
  const s = c.slowStart[key];
  const rs = c.replicasets[key];
  if (!s || !rs) return;
  const n = Math.min(s.batch, s.remaining);
  setControllers(ctx, { slowStart: { ...c.slowStart, [key]: { remaining: s.remaining - n, batch: s.batch, inFlight: n } } });
  const ns = str(rs, 'metadata.namespace') ?? '';
  const story = { request: 'standard' as const, chain: 'deep' as const, write: 'deep' as const, response: 'deep' as const };
  for (let i = 0; i < n; i++) {
    controllerRequest(ctx, { controller: 'replicaset', key, method: 'POST', path: `/api/v1/namespaces/${ns}/pods`, body: podFor(rs), story }, { id: 'controller.request', key: 'controller.request.pod.create', params: { replicaset: str(rs, 'metadata.name') ?? '' } });
  }
}

/** A create came back: on success record SuccessfulCreate; when the batch is done, send the next, twice as big. */
export function replicaSetCreated(ctx: Ctx, key: string, ok: boolean, pod: JsonObject): void {
  const c = controllers(ctx);
  const s = c.slowStart[key];
  const rs = c.replicasets[key];
  if (!s) return;
  if (ok && rs) controllerEvent(ctx, 'replicaset', objectRef(rs, 'ReplicaSet', 'apps/v1'), 'SuccessfulCreate', `Created pod: ${str(pod, 'metadata.name') ?? ''}`, key);
  // A failed create will never be seen on the watch; nor will the creates slow start now skips.
  const skipped = ok ? 0 : 1 + s.remaining;
  const inFlight = s.inFlight - 1;
  const remaining = ok ? s.remaining : 0;
  const expectations = { ...c.expectations, [key]: Math.max(0, (c.expectations[key] ?? 0) - skipped) };
  if (inFlight > 0 || remaining > 0) {
    const next = inFlight > 0 ? { ...s, inFlight, remaining } : { remaining, batch: Math.min(s.batch * 2, remaining), inFlight: 0 };
    setControllers(ctx, { expectations, slowStart: { ...c.slowStart, [key]: next } });
    if (inFlight === 0) sendBatch(ctx, key);
    return;
  }
  const { [key]: _done, ...slowStart } = c.slowStart;
  setControllers(ctx, { expectations, slowStart });
}
