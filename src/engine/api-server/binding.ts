// POST pods/<name>/binding → BindingREST: kube-apiserver (not the scheduler) sets spec.nodeName
// and PodScheduled=True in one GuaranteedUpdate (read, then compare-and-put on mod_revision).
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { extend, isObject, list, str } from '../core/json';
import { timestamp } from '../core/time';
import { apiStep } from './step';
import { deeper } from './levels';
import { statusFailure, statusSuccess } from './status';
import { forStorage } from './registry';
import type { Admitted } from './filters';

function fail(ctx: Ctx, ex: Exchange, code: number, reason: string, message: string): void {
  respond(ctx, ex, jsonResponse(code, statusFailure(code, reason, message)), {
    text: { key: 'apiserver.response.error', params: { status: code, reason } },
  });
}

export function handleBinding(ctx: Ctx, ex: Exchange, { info }: Admitted): void {
  const binding = ex.request.body ?? {};
  const target = str(binding, 'target.name') ?? '';
  apiStep(ctx, { id: 'apiserver.decode', level: 'deep', stage: 'decode', text: { key: 'apiserver.decode', params: { kind: 'Binding', changes: 0, fieldValidation: 'Warn' } } });
  apiStep(ctx, { id: 'apiserver.admission.mutating', level: 'deep', stage: 'mutating-admission', text: { key: 'apiserver.admission.mutating.none', params: { resource: 'pods/binding' } } });
  apiStep(ctx, { id: 'apiserver.validation', level: 'deep', stage: 'validation', text: { key: 'apiserver.validation.binding', params: { node: target } } });
  apiStep(ctx, { id: 'apiserver.admission.validating', level: 'deep', stage: 'validating-admission', text: { key: 'apiserver.admission.validating.none', params: { resource: 'pods/binding' } } });
  if (target === '') return fail(ctx, ex, 422, 'Invalid', `Binding.core "${info.name}" is invalid: target.name: Required value`);
  const key = `/registry/pods/${info.namespace}/${info.name}`;
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'update-read', update: 'binding', input: binding } }, 1);
}

/** setPodNodeAndMetadata: the checks and the change, on the object just read from etcd. */
export function applyBinding(ctx: Ctx, ex: Exchange, binding: JsonObject, current: JsonObject, modRevision: number, key: string): void {
  const name = str(current, 'metadata.name') ?? '';
  const node = str(binding, 'target.name') ?? '';
  const wantUid = str(binding, 'metadata.uid');
  if (wantUid && wantUid !== str(current, 'metadata.uid')) {
    return fail(ctx, ex, 409, 'Conflict', `Operation cannot be fulfilled on pods "${name}": Precondition failed: UID in precondition: ${wantUid}, UID in object meta: ${str(current, 'metadata.uid') ?? ''}`);
  }
  const already = str(current, 'spec.nodeName');
  if (already) {
    return fail(ctx, ex, 409, 'Conflict', `Operation cannot be fulfilled on pods/binding "${name}": pod ${name} is already assigned to node "${already}"`);
  }
  const spec = isObject(current.spec) ? current.spec : {};
  const status = isObject(current.status) ? current.status : {};
  const conditions = list(current, 'status.conditions').filter((c) => c.type !== 'PodScheduled');
  const updated: JsonObject = {
    ...current,
    spec: extend(spec, { nodeName: node }),
    status: { ...status, conditions: [...conditions, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: timestamp(ctx.state.clock) }] },
  };
  apiStep(ctx, {
    id: 'apiserver.binding',
    level: deeper(ex.story.write),
    stage: 'storage',
    text: { key: 'apiserver.binding', params: { pod: name, node, revision: modRevision } },
    misconception: 'podscheduled-by-kubelet',
    detail: { checks: ['UID precondition', 'not being deleted', 'not already bound', 'no schedulingGates'], set: { 'spec.nodeName': node, 'status.conditions[PodScheduled]': 'True' } },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Update', key, expectedModRevision: modRevision, value: forStorage(updated) }, then: { kind: 'update-write', update: 'binding', input: binding, object: updated } }, 1);
}

export function finishBinding(ctx: Ctx, ex: Exchange, result: EtcdResult): void {
  respond(ctx, ex, jsonResponse(201, statusSuccess(201)), {
    text: { key: 'apiserver.response.binding', params: { status: 201, revision: result.modRevision } },
  });
}
