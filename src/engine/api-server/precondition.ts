// Store.Update's optimistic concurrency check (reference B3, C8). A PUT carries the
// resourceVersion its author read; if the object has been written since, its mod_revision has moved
// and the update is refused with 409 Conflict rather than overwriting the newer write. No lock is
// taken when reading: the check happens once, when writing, and etcd's compare-and-put repeats it
// atomically. A PUT without a resourceVersion is an unconditional update (AllowUnconditionalUpdate
// is true for every type modelled here).
import type { JsonObject } from '../types';
import type { Exchange } from '../core/messages';
import type { Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { str } from '../core/json';
import { apiStep } from './step';
import { statusFailure } from './status';

/** The group suffix kube-apiserver puts after the resource in messages: none for the core group. */
export function qualified(resource: string): { what: string; group: string } {
  if (resource === 'leases') return { what: 'leases.coordination.k8s.io', group: 'coordination.k8s.io' };
  if (resource === 'deployments' || resource === 'replicasets') return { what: `${resource}.apps`, group: 'apps' };
  return { what: resource === 'minions' ? 'nodes' : resource, group: '' };
}

/** apierrors.NewConflict with storage.OptimisticLockErrorMsg. */
export function conflictStatus(resource: string, name: string): JsonObject {
  const q = qualified(resource);
  const message = `Operation cannot be fulfilled on ${q.what} "${name}": the object has been modified; please apply your changes to the latest version and try again`;
  return statusFailure(409, 'Conflict', message, q.group ? { name, group: q.group, kind: q.what } : { name, kind: q.what });
}

/**
 * True when the update may go on. On a stale resourceVersion it answers 409 itself. The check is
 * told for users' requests (and for any conflict); controllers' routine PUTs pass it silently.
 */
export function checkResourceVersion(ctx: Ctx, ex: Exchange, input: JsonObject, modRevision: number, key: string): boolean {
  const sent = str(input, 'metadata.resourceVersion') ?? '';
  const stale = sent !== '' && sent !== String(modRevision);
  const resource = key.split('/')[2] ?? '';
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (stale || ex.purpose.kind === 'kubectl') {
    apiStep(ctx, {
      id: 'apiserver.precondition',
      level: stale ? ex.story.chain : 'deep',
      stage: 'storage',
      text: { key: stale ? 'apiserver.precondition.conflict' : sent ? 'apiserver.precondition' : 'apiserver.precondition.none', params: { sent, current: modRevision, key } },
      detail: { sentResourceVersion: sent || '(none: unconditional update)', storedModRevision: modRevision, key },
      ...(stale ? { misconception: 'update-locks' } : {}),
    });
  }
  if (!stale) return true;
  respond(ctx, ex, jsonResponse(409, conflictStatus(resource, name)), {
    text: { key: 'apiserver.response.error', params: { status: 409, reason: 'Conflict' } },
  });
  return false;
}
