// A single-object GET with resourceVersion unset: a quorum read from etcd, not the watch cache
// (reference D9). kubectl asks for a Table unless -o yaml/json wants the object itself.
import type { EtcdResult, Exchange } from '../core/messages';
import type { JsonObject } from '../types';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { apiStep } from './step';
import { buildTable } from './table';
import { statusFailure } from './status';
import { withResourceVersion } from './registry';
import { PREFIX } from './list';
import { qualified } from './precondition';
import type { RequestInfo } from './request-info';

export function handleGet(ctx: Ctx, ex: Exchange, info: RequestInfo): void {
  const key = `${PREFIX[info.resource] ?? `/registry/${info.resource}/`}${info.namespace ? `${info.namespace}/` : ''}${info.name}`;
  apiStep(ctx, {
    id: 'apiserver.get',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: 'apiserver.get', params: { resource: info.resource, name: info.name, key } },
    detail: { resourceVersion: '(unset): most recent, read from etcd with a quorum read', key },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key, prefix: false, countOnly: false }, then: { kind: 'get', resource: info.resource } }, 1);
}

export function finishGet(ctx: Ctx, ex: Exchange, resource: string, result: EtcdResult, key: string): void {
  const kv = result.kvs[0];
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (!kv) {
    const q = qualified(resource);
    respond(ctx, ex, jsonResponse(404, statusFailure(404, 'NotFound', `${q.what} "${name}" not found`, q.group ? { name, group: q.group, kind: q.what } : { name, kind: resource })), {
      text: { key: 'apiserver.response.error', params: { status: 404, reason: 'NotFound' } },
    });
    return;
  }
  const object = withResourceVersion(kv.value, kv.modRevision);
  const accept = ex.request.headers.Accept ?? '';
  const body: JsonObject = accept.includes('as=Table') ? buildTable(resource, [object], kv.modRevision, ctx.state.clock) : object;
  respond(ctx, ex, jsonResponse(200, body), {
    text: { key: 'apiserver.response.get', params: { status: 200, resource, name, resourceVersion: kv.modRevision } },
  });
}
