// Resumes a request when etcd answers (the second half of each registry operation).
import type { EtcdOp, EtcdResult, Exchange, StorageStep } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { assertNever } from '../core/assert';
import { finishList } from './list';
import { finishRangeList } from './list-events';
import { finishGet } from './get';
import { connectRead } from './connect';
import { deleteRead, deleteWritten } from './delete';
import { applyUpdate, finishUpdate, qualified } from './update';
import { finishCreate } from './create';
import { applyBinding, finishBinding } from './binding';
import { applyStatusPatch, finishStatusPatch } from './status-patch';
import { statusFailure } from './status';

export function handleEtcdResponse(ctx: Ctx, ex: Exchange, op: EtcdOp, then: StorageStep, result: EtcdResult): void {
  switch (then.kind) {
    case 'list-revision-check':
      return finishList(ctx, ex, then.resource, result, op.key);
    case 'list-range':
      return finishRangeList(ctx, ex, then.resource, then.fieldSelector, result);
    case 'connect-read':
      return connectRead(ctx, ex, then.subresource, result.kvs[0], op.key);
    case 'get':
      return finishGet(ctx, ex, then.resource, result, op.key);
    case 'create':
      return finishCreate(ctx, ex, then.object, result, then.warnings);
    case 'update-read': {
      const kv = result.kvs[0];
      if (!kv) {
        const name = op.key.slice(op.key.lastIndexOf('/') + 1);
        const q = qualified(op.key.split('/')[2] ?? 'pods');
        respond(ctx, ex, jsonResponse(404, statusFailure(404, 'NotFound', `${q.what} "${name}" not found`, q.group ? { name, group: q.group, kind: q.what } : { name, kind: q.what })), {
          text: { key: 'apiserver.response.error', params: { status: 404, reason: 'NotFound' } },
        });
        return;
      }
      if (then.update === 'binding') return applyBinding(ctx, ex, then.input, kv.value, kv.modRevision, kv.key);
      if (then.update === 'scale' || then.update === 'replace' || then.update === 'patch') return applyUpdate(ctx, ex, then.update, then.input, kv.value, kv.modRevision, kv.key);
      return applyStatusPatch(ctx, ex, then.input, kv.value, kv.modRevision, kv.key);
    }
    case 'delete-read':
      return deleteRead(ctx, ex, then.options, result.kvs[0], op.key);
    case 'delete-write':
      if (!result.succeeded) {
        // The pod changed between the read and the write: read it again, as Store.Delete does.
        send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: op.key, prefix: false, countOnly: false }, then: { kind: 'delete-read', options: then.options } }, 1);
        return;
      }
      return deleteWritten(ctx, ex, then.object, result, then.final);
    case 'update-write':
      if (!result.succeeded) {
        // GuaranteedUpdate lost a race: re-read and retry inside the API server (no 409 to the client).
        send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: op.key, prefix: false, countOnly: false }, then: { kind: 'update-read', update: then.update, input: then.input } }, 1);
        return;
      }
      if (then.update === 'scale' || then.update === 'replace' || then.update === 'patch') return finishUpdate(ctx, ex, then.update, then.object, result);
      return then.update === 'binding' ? finishBinding(ctx, ex, result) : finishStatusPatch(ctx, ex, then.object, result);
    default:
      return assertNever(then);
  }
}
