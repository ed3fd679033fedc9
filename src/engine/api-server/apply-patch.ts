// PATCH with Content-Type application/apply-patch+yaml (server-side apply, reference B/C2): the
// registry reads the object; if it is absent, apply creates it (201, through the create path);
// if present, the applied configuration is merged in, fields this manager applied before and has
// now dropped are removed, and its managedFields entry (operation Apply) records what it owns.
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { str } from '../core/json';
import { timestamp } from '../core/time';
import { apiStep } from './step';
import { statusFailure } from './status';
import { forStorage } from './registry';
import { handleCreate } from './create';
import { finishUpdate } from './update';
import { strategicMerge } from './pods/strategic-merge';
import { unknownPodFields } from './pods/fields';
import { appliedBefore, fieldsV1, removeDropped, withApplyEntry } from './managed-fields';
import type { Admitted } from './filters';

export const APPLY_PATCH = 'application/apply-patch+yaml';

const keyOf = ({ info }: Admitted): string => `/registry/${info.resource}/${info.namespace}/${info.name}`;

export function handleApplyPatch(ctx: Ctx, ex: Exchange, admitted: Admitted): void {
  const body = ex.request.body ?? {};
  const { query } = admitted.info;
  const manager = query.fieldManager ?? '';
  const unknown = unknownPodFields(body);
  const strictFail = unknown.length > 0 && query.fieldValidation === 'Strict';
  apiStep(ctx, {
    id: 'apiserver.decode',
    level: strictFail ? ex.story.chain : 'deep',
    stage: 'decode',
    text: { key: strictFail ? 'apiserver.decode.strict' : 'apiserver.decode.apply', params: { kind: str(body, 'kind') ?? '', contentType: APPLY_PATCH, manager, force: query.force ?? 'false', changes: 0, fieldValidation: query.fieldValidation ?? 'Warn', unknown: unknown.join(', ') } },
    detail: { fieldManager: manager, force: query.force ?? 'false', fieldValidation: query.fieldValidation ?? 'Warn (server default)', unknownFields: unknown },
  });
  if (strictFail) {
    const message = `Pod in version "v1" cannot be handled as a Pod: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`;
    respond(ctx, ex, jsonResponse(400, statusFailure(400, 'BadRequest', message)), { text: { key: 'apiserver.response.error', params: { status: 400, reason: 'BadRequest' } } });
    return;
  }
  if (!manager) {
    // Apply needs an owner for the fields; kubectl always sends one.
    respond(ctx, ex, jsonResponse(400, statusFailure(400, 'BadRequest', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch')), { text: { key: 'apiserver.response.error', params: { status: 400, reason: 'BadRequest' } } });
    return;
  }
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: keyOf(admitted), prefix: false, countOnly: false }, then: { kind: 'apply-read', admitted } }, 1);
}

/** The object as the read found it (or nothing): create it, or merge the applied configuration in. */
export function applyRead(ctx: Ctx, ex: Exchange, admitted: Admitted, kv: { key: string; value: JsonObject; modRevision: number } | undefined): void {
  if (!kv) return handleCreate(ctx, ex, admitted, true);
  const body = ex.request.body ?? {};
  const manager = admitted.info.query.fieldManager ?? '';
  const before = appliedBefore(kv.value, manager);
  const after = fieldsV1(body);
  const merged = removeDropped(strategicMerge(kv.value, body), before, after);
  const next = withApplyEntry(merged, manager, timestamp(ctx.state.clock), after);
  const name = str(next, 'metadata.name') ?? '';
  apiStep(ctx, {
    id: 'apiserver.validation',
    level: ex.story.chain,
    stage: 'validation',
    text: { key: 'apiserver.validation.apply', params: { name, manager, owned: Object.keys(after).length } },
    detail: { fieldsV1: after, previouslyApplied: before },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Update', key: kv.key, expectedModRevision: kv.modRevision, value: forStorage(next) }, then: { kind: 'apply-write', admitted, object: next } }, 1);
}

/** The write landed (200), or lost a race and the apply starts again from a fresh read. */
export function applyWritten(ctx: Ctx, ex: Exchange, admitted: Admitted, object: JsonObject, result: EtcdResult): void {
  if (!result.succeeded) {
    send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: keyOf(admitted), prefix: false, countOnly: false }, then: { kind: 'apply-read', admitted } }, 1);
    return;
  }
  finishUpdate(ctx, ex, 'patch', object, result);
}
