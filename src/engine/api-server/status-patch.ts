// PATCH pods/<name>/status (strategic merge) from the kubelet: read, merge into status only,
// NodeRestriction, ValidateStatusUpdate, compare-and-put.
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { isObject, str } from '../core/json';
import { apiStep } from './step';
import { statusFailure } from './status';
import { defaultManager, forStorage, withManagedEntry, withResourceVersion } from './registry';
import { timestamp } from '../core/time';
import { strategicMerge } from './pods/strategic-merge';
import type { Admitted } from './filters';

function fail(ctx: Ctx, ex: Exchange, code: number, reason: string, message: string): void {
  respond(ctx, ex, jsonResponse(code, statusFailure(code, reason, message)), {
    text: { key: 'apiserver.response.error', params: { status: code, reason } },
  });
}

export function handleStatusPatch(ctx: Ctx, ex: Exchange, { info }: Admitted): void {
  apiStep(ctx, {
    id: 'apiserver.decode',
    level: 'deep',
    stage: 'decode',
    text: { key: 'apiserver.decode.patch', params: { contentType: ex.request.headers['Content-Type'] ?? '' } },
  });
  const key = `/registry/pods/${info.namespace}/${info.name}`;
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'update-read', update: 'status-patch', input: ex.request.body ?? {} } }, 1);
}

export function applyStatusPatch(ctx: Ctx, ex: Exchange, patch: JsonObject, current: JsonObject, modRevision: number, key: string): void {
  const name = str(current, 'metadata.name') ?? '';
  const wantUid = str(patch, 'metadata.uid');
  if (wantUid && wantUid !== str(current, 'metadata.uid')) {
    return fail(ctx, ex, 409, 'Conflict', `Operation cannot be fulfilled on pods "${name}": Precondition failed: UID in precondition: ${wantUid}, UID in object meta: ${str(current, 'metadata.uid') ?? ''}`);
  }
  const isNode = ex.credential.organizations.includes('system:nodes');
  const node = ex.credential.commonName.replace(/^system:node:/, '');
  const boundTo = str(current, 'spec.nodeName') ?? '';
  apiStep(ctx, {
    id: 'apiserver.admission.mutating',
    level: 'deep',
    stage: 'mutating-admission',
    text: isNode
      ? { key: 'apiserver.admission.noderestriction', params: { node, pod: name, boundTo } }
      : { key: 'apiserver.admission.mutating.none', params: { resource: 'pods/status' } },
  });
  if (isNode && boundTo !== node) {
    return fail(ctx, ex, 403, 'Forbidden', `pods "${name}" is forbidden: node "${node}" can only update pod status for pods with spec.nodeName set to itself`);
  }
  const status = isObject(current.status) ? current.status : {};
  const patchStatus = isObject(patch.status) ? patch.status : {};
  const merged: JsonObject = { ...current, status: strategicMerge(status, patchStatus) };
  // The patch handler records who wrote the status (manager from the User-Agent, subresource status).
  const updated = withManagedEntry(merged, { manager: defaultManager(ex.request.headers['User-Agent']), time: timestamp(ctx.state.clock), subresource: 'status' });
  apiStep(ctx, {
    id: 'apiserver.validation',
    level: 'deep',
    stage: 'validation',
    text: { key: 'apiserver.validation.status', params: { pod: name, phase: str(updated, 'status.phase') ?? '' } },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Update', key, expectedModRevision: modRevision, value: forStorage(updated) }, then: { kind: 'update-write', update: 'status-patch', input: patch, object: updated } }, 1);
}

export function finishStatusPatch(ctx: Ctx, ex: Exchange, object: JsonObject, result: EtcdResult): void {
  respond(ctx, ex, jsonResponse(200, withResourceVersion(object, result.modRevision)), {
    text: { key: 'apiserver.response.status', params: { status: 200, phase: str(object, 'status.phase') ?? '', revision: result.modRevision } },
  });
}
