// kube-controller-manager: its shared informers see every pod. No controller owns a bare Pod
// (no ownerReferences), so for the default scenarios it watches and does nothing.
import type { JsonObject } from '../types';
import { record, type Ctx } from '../core/ctx';
import { list, str, text } from '../core/json';

export function controllerManagerWatch(ctx: Ctx, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: JsonObject, key: string, fieldSelector?: string): void {
  const owners = list(object, 'metadata.ownerReferences').map((o) => `${text(o.kind)}/${text(o.name)}`);
  const pk = `${str(object, 'metadata.namespace') ?? ''}/${str(object, 'metadata.name') ?? ''}`;
  record(ctx, {
    id: 'controller-manager.watch',
    level: type === 'ADDED' ? 'standard' : 'deep',
    actor: 'kube-controller-manager',
    from: 'kube-apiserver',
    to: 'kube-controller-manager',
    text: { key: owners.length ? 'controller-manager.watch.owned' : 'controller-manager.watch', params: { type, pod: pk, owners: owners.join(', ') } },
    watch: { watcher: 'kube-controller-manager', type, key, resource: 'pods', resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) },
  });
}
