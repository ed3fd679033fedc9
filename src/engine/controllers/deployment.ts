// The deployment controller: owns one ReplicaSet per pod template (named <deployment>-<hash of
// the template>) and keeps its replicas equal to the Deployment's. It never creates Pods itself.
import type { JsonObject } from '../types';
import { record, type Ctx } from '../core/ctx';
import { at, obj, str } from '../core/json';
import { controllerEvent, controllerRequest } from './client';
import { controllerOf, controllers, objectRef, ownerRef, setControllers } from './cache';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** ComputeHash: FNV-32a of the pod template, printed with rand.SafeEncodeString (no vowels). */
export function templateHash(template: JsonObject): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(template);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return [...String(h)].map((c) => ALPHANUMS[c.charCodeAt(0) % ALPHANUMS.length]).join('');
}

function newReplicaSet(d: JsonObject, hash: string): JsonObject {
  const name = `${str(d, 'metadata.name') ?? ''}-${hash}`;
  const template = obj(d, 'spec.template');
  const labels = { ...obj(template, 'metadata.labels'), 'pod-template-hash': hash };
  const replicas = Number(at(d, 'spec.replicas') ?? 1);
  return {
    kind: 'ReplicaSet',
    apiVersion: 'apps/v1',
    metadata: {
      name,
      namespace: str(d, 'metadata.namespace') ?? '',
      labels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(Number(replicas)), 'deployment.kubernetes.io/max-replicas': String(Number(replicas) + Math.ceil(Number(replicas) / 4)), 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [ownerRef(d, 'Deployment')],
    },
    spec: {
      replicas,
      selector: { matchLabels: { ...obj(d, 'spec.selector.matchLabels'), 'pod-template-hash': hash } },
      template: { ...template, metadata: { ...obj(template, 'metadata'), labels } },
    },
  };
}

export function syncDeployment(ctx: Ctx, key: string): void {
  const c = controllers(ctx);
  const d = c.deployments[key];
  if (!d || c.pending[key]) return;
  const uid = str(d, 'metadata.uid');
  const rs = Object.values(c.replicasets).find((r) => controllerOf(r)?.uid === uid);
  const replicas = at(d, 'spec.replicas');
  const ns = str(d, 'metadata.namespace') ?? '';
  const base = { actor: 'kube-controller-manager' as const, from: 'kube-controller-manager' as const, to: 'kube-controller-manager' as const };
  const story = { request: 'overview' as const, chain: 'deep' as const, write: 'standard' as const, response: 'deep' as const };
  if (!rs) {
    const hash = templateHash(obj(d, 'spec.template'));
    const body = newReplicaSet(d, hash);
    const rsName = str(body, 'metadata.name') ?? '';
    record(ctx, { ...base, id: 'controller.deployment', level: 'standard', text: { key: 'controller.deployment.create', params: { deployment: key, replicaset: rsName, replicas: Number(replicas) } } });
    setControllers(ctx, { pending: { ...c.pending, [key]: true } });
    controllerRequest(ctx, { controller: 'deployment', key, method: 'POST', path: `/apis/apps/v1/namespaces/${ns}/replicasets`, body, story }, { id: 'controller.request', key: 'controller.request.replicaset.create', params: { replicaset: rsName } });
    controllerEvent(ctx, 'deployment', objectRef(d, 'Deployment', 'apps/v1'), 'ScalingReplicaSet', `Scaled up replica set ${rsName} from 0 to ${String(Number(replicas))}`, key);
    return;
  }
  const current = at(rs, 'spec.replicas');
  if (current === replicas) return;
  const rsName = str(rs, 'metadata.name') ?? '';
  const up = Number(replicas) > Number(current);
  record(ctx, { ...base, id: 'controller.deployment', level: 'standard', text: { key: 'controller.deployment.scale', params: { deployment: key, replicaset: rsName, from: Number(current), to: Number(replicas) } } });
  setControllers(ctx, { pending: { ...c.pending, [key]: true } });
  // A PUT of the whole ReplicaSet carries the resourceVersion the informer saw: a stale one gets 409.
  const body: JsonObject = { ...rs, spec: { ...obj(rs, 'spec'), replicas: replicas ?? 0 } };
  controllerRequest(ctx, { controller: 'deployment', key, method: 'PUT', path: `/apis/apps/v1/namespaces/${ns}/replicasets/${rsName}`, body, story }, { id: 'controller.request', key: 'controller.request.replicaset.update', params: { replicaset: rsName, replicas: Number(replicas) } });
  controllerEvent(ctx, 'deployment', objectRef(d, 'Deployment', 'apps/v1'), 'ScalingReplicaSet', `Scaled ${up ? 'up' : 'down'} replica set ${rsName} from ${String(Number(current))} to ${String(Number(replicas))}`, key);
}
