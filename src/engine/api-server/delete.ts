// DELETE of a Pod (Store.Delete with the pod strategy's CheckGracefulDelete): a bound, running pod
// is only marked (deletionTimestamp, deletionGracePeriodSeconds) and the kubelet finishes the job
// with a final delete of grace 0 and a UID precondition; an unbound pod, or grace 0, goes at once.
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { at, isObject, str } from '../core/json';
import { timestamp } from '../core/time';
import { apiStep } from './step';
import { statusFailure } from './status';
import { forStorage, withResourceVersion } from './registry';
import type { Admitted } from './filters';

function fail(ctx: Ctx, ex: Exchange, code: number, reason: string, message: string, details: JsonObject): void {
  respond(ctx, ex, jsonResponse(code, statusFailure(code, reason, message, details)), {
    text: { key: 'apiserver.response.error', params: { status: code, reason } },
  });
}

export function handleDelete(ctx: Ctx, ex: Exchange, { info }: Admitted): void {
  const key = `/registry/pods/${info.namespace}/${info.name}`;
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'delete-read', options: ex.request.body ?? {} } }, 1);
}

/** CheckGracefulDelete: the request's grace, else the pod's; 0 when it never ran or already ended. */
function gracePeriod(pod: JsonObject, options: JsonObject): { seconds: number; why: string } {
  const requested = at(options, 'gracePeriodSeconds');
  const own = at(pod, 'spec.terminationGracePeriodSeconds');
  if (!str(pod, 'spec.nodeName')) return { seconds: 0, why: 'the pod is not bound to a node, so nothing runs' };
  const phase = str(pod, 'status.phase');
  if (phase === 'Succeeded' || phase === 'Failed') return { seconds: 0, why: `the pod already ended (${phase})` };
  if (typeof requested === 'number') return { seconds: requested, why: 'from the request (gracePeriodSeconds)' };
  return { seconds: typeof own === 'number' ? own : 30, why: 'from spec.terminationGracePeriodSeconds' };
}

export function deleteRead(ctx: Ctx, ex: Exchange, options: JsonObject, kv: EtcdResult['kvs'][number] | undefined, key: string): void {
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (!kv) return fail(ctx, ex, 404, 'NotFound', `pods "${name}" not found`, { name, kind: 'pods' });
  const pod = kv.value;
  const uid = str(pod, 'metadata.uid') ?? '';
  const wantUid = str(options, 'preconditions.uid');
  if (wantUid && wantUid !== uid) {
    return fail(ctx, ex, 409, 'Conflict', `Operation cannot be fulfilled on pods "${name}": Precondition failed: UID in precondition: ${wantUid}, UID in object meta: ${uid}`, { name, kind: 'pods' });
  }
  const grace = gracePeriod(pod, options);
  const already = str(pod, 'metadata.deletionTimestamp');
  const final = grace.seconds === 0;
  apiStep(ctx, {
    id: 'apiserver.delete',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: final ? 'apiserver.delete.now' : already ? 'apiserver.delete.pending' : 'apiserver.delete.graceful', params: { pod: `${str(pod, 'metadata.namespace') ?? ''}/${name}`, seconds: grace.seconds, why: grace.why } },
    ...(final ? {} : { misconception: 'delete-is-immediate' }),
    detail: { gracePeriodSeconds: grace.seconds, why: grace.why, preconditions: wantUid ? { uid: wantUid } : {}, propagationPolicy: str(options, 'propagationPolicy') ?? 'Background' },
  });
  if (final) {
    send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Delete', key, expectedModRevision: kv.modRevision }, then: { kind: 'delete-write', options, object: pod, final: true } }, 1);
    return;
  }
  if (already) {
    respond(ctx, ex, jsonResponse(200, withResourceVersion(pod, kv.modRevision)), { text: { key: 'apiserver.response.deleted', params: { status: 200, name } } });
    return;
  }
  const md = isObject(pod.metadata) ? pod.metadata : {};
  const marked: JsonObject = { ...pod, metadata: { ...md, deletionTimestamp: timestamp(ctx.state.clock + grace.seconds * 1000), deletionGracePeriodSeconds: grace.seconds } };
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Update', key, expectedModRevision: kv.modRevision, value: forStorage(marked) }, then: { kind: 'delete-write', options, object: marked, final: false } }, 1);
}

export function deleteWritten(ctx: Ctx, ex: Exchange, object: JsonObject, result: EtcdResult, final: boolean): void {
  const name = str(object, 'metadata.name') ?? '';
  const rv = final ? result.revision : result.modRevision;
  respond(ctx, ex, jsonResponse(200, withResourceVersion(object, rv)), {
    text: { key: final ? 'apiserver.response.deleted' : 'apiserver.response.terminating', params: { status: 200, name } },
  });
}
