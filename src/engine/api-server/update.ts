// Writes to apps objects: PATCH deployments/<name>/scale (kubectl scale) and PUT of a whole
// ReplicaSet (the deployment controller). A PUT carries the resourceVersion it read; if the object
// changed since, the answer is 409 Conflict rather than a silent overwrite (reference C8).
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { at, obj, str, text } from '../core/json';
import { apiStep } from './step';
import { forStorage, withManagedEntry, withResourceVersion } from './registry';
import { checkResourceVersion } from './precondition';
import { defaultApps } from './apps';
import { timestamp } from '../core/time';
import type { Admitted } from './filters';
import { strategicMerge } from './pods/strategic-merge';

export { qualified } from './precondition';

const PREFIX: Record<string, string> = { deployments: '/registry/deployments/', replicasets: '/registry/replicasets/', nodes: '/registry/minions/', leases: '/registry/leases/' };

type Kind = 'scale' | 'replace' | 'patch';

export function handleUpdate(ctx: Ctx, ex: Exchange, { info }: Admitted, update: Kind): void {
  const key = `${PREFIX[info.resource] ?? `/registry/${info.resource}/`}${info.namespace ? `${info.namespace}/` : ''}${info.name}`;
  apiStep(ctx, {
    id: 'apiserver.decode',
    level: 'deep',
    stage: 'decode',
    text: { key: update === 'replace' ? 'apiserver.decode' : 'apiserver.decode.patch', params: { kind: str(ex.request.body ?? {}, 'kind') ?? (update === 'patch' ? KINDS[info.resource] ?? info.resource : 'Scale'), contentType: ex.request.headers['Content-Type'] ?? '', changes: 0, fieldValidation: info.query.fieldValidation ?? 'Warn' } },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'update-read', update, input: ex.request.body ?? {} } }, 1);
}

const KINDS: Record<string, string> = { nodes: 'Node', pods: 'Pod', deployments: 'Deployment', replicasets: 'ReplicaSet', leases: 'Lease' };

/** The new object: the scale's replicas, or the PUT body over the stored identity; generation moves with the spec. */
export function applyUpdate(ctx: Ctx, ex: Exchange, update: Kind, input: JsonObject, current: JsonObject, modRevision: number, key: string): void {
  const name = str(current, 'metadata.name') ?? '';
  const resource = key.split('/')[2] ?? '';
  const md = obj(current, 'metadata');
  const generation = typeof md.generation === 'number' ? md.generation : 1;
  let next: JsonObject;
  if (update === 'scale') {
    const replicas = at(input, 'spec.replicas');
    next = { ...current, spec: { ...obj(current, 'spec'), replicas: typeof replicas === 'number' ? replicas : 0 } };
  } else if (update === 'patch') {
    // A strategic merge patch applies to the object as it is now: no resourceVersion, no 409.
    next = strategicMerge(current, input);
  } else {
    if (!checkResourceVersion(ctx, ex, input, modRevision, key)) return;
    next = { ...input, metadata: { ...obj(input, 'metadata'), uid: md.uid ?? '', creationTimestamp: md.creationTimestamp ?? '' } };
    if (resource === 'deployments') next = replacedDeployment(next, current, ex, timestamp(ctx.state.clock));
  }
  // Deployments and ReplicaSets count spec changes in metadata.generation; Nodes do not.
  if (resource !== 'minions' && resource !== 'leases') {
    const specChanged = JSON.stringify(next.spec) !== JSON.stringify(current.spec);
    next = { ...next, metadata: { ...obj(next, 'metadata'), generation: specChanged ? generation + 1 : generation } };
  }
  apiStep(ctx, {
    id: 'apiserver.validation',
    level: 'deep',
    stage: 'validation',
    text: { key: 'apiserver.validation', params: { name } },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Update', key, expectedModRevision: modRevision, value: forStorage(next) }, then: { kind: 'update-write', update, input, object: next } }, 1);
}

export function finishUpdate(ctx: Ctx, ex: Exchange, update: Kind, object: JsonObject, result: EtcdResult): void {
  const stored = withResourceVersion(object, result.modRevision);
  const name = str(object, 'metadata.name') ?? '';
  const body: JsonObject =
    update === 'scale'
      ? {
          kind: 'Scale',
          apiVersion: 'autoscaling/v1',
          metadata: { name, namespace: str(object, 'metadata.namespace') ?? '', uid: str(object, 'metadata.uid') ?? '', resourceVersion: String(result.modRevision), creationTimestamp: str(object, 'metadata.creationTimestamp') ?? '' },
          spec: { replicas: at(object, 'spec.replicas') ?? 0 },
          status: { replicas: at(object, 'status.replicas') ?? 0, selector: Object.entries(obj(object, 'spec.selector.matchLabels')).map(([k, v]) => `${k}=${text(v)}`).join(',') },
        }
      : stored;
  respond(ctx, ex, jsonResponse(200, body), { text: { key: 'apiserver.response.updated', params: { status: 200, name, resourceVersion: result.modRevision } } });
}

/**
 * A user's PUT of a whole Deployment: defaults fill what the file leaves out, status stays the
 * stored one (PrepareForUpdate), and the writer gets its managedFields entry.
 */
function replacedDeployment(next: JsonObject, current: JsonObject, ex: Exchange, now: string): JsonObject {
  const manager = ex.request.path.match(/[?&]fieldManager=([^&]+)/)?.[1] ?? 'unknown';
  const md = obj(next, 'metadata');
  const defaulted = defaultApps({ ...next, metadata: { ...md, namespace: obj(current, 'metadata').namespace ?? '', managedFields: obj(current, 'metadata').managedFields ?? [] } }).pod;
  const { status: _sent, ...rest } = defaulted;
  return withManagedEntry(current.status === undefined ? rest : { ...rest, status: current.status }, { manager, time: now });
}
