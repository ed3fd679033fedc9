// A consistent list (resourceVersion unset): since v1.31 kube-apiserver asks etcd for its current
// revision, waits for the watch cache to reach it and serves the list from the cache.
import type { Exchange, EtcdResult } from '../core/messages';
import type { JsonObject } from '../types';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { str } from '../core/json';
import { apiStep } from './step';
import { deeper } from './levels';
import { buildTable } from './table';
import { withResourceVersion } from './registry';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import type { RequestInfo } from './request-info';

export const PREFIX: Record<string, string> = { nodes: '/registry/minions/', pods: '/registry/pods/', events: '/registry/events/' };

export function handleList(ctx: Ctx, ex: Exchange, info: RequestInfo): void {
  apiStep(ctx, {
    id: 'apiserver.list.plan',
    level: deeper(ex.story.chain),
    stage: 'watch-cache',
    text: { key: 'apiserver.list.plan', params: { resource: info.resource } },
    misconception: 'admission-on-reads',
    detail: { resourceVersion: '(unset): consistent read', feature: 'ConsistentListFromCache (GA, locked on in 1.34)', limit: info.query.limit ?? '' },
  });
  const prefix = `${PREFIX[info.resource] ?? `/registry/${info.resource}/`}${info.namespace ? `${info.namespace}/` : ''}`;
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: prefix, prefix: true, countOnly: true }, then: { kind: 'list-revision-check', resource: info.resource } }, 1);
}

/** etcd answered the revision check: serve from the watch cache at that revision. */
export function finishList(ctx: Ctx, ex: Exchange, resource: string, result: EtcdResult, prefix: string): void {
  const items: JsonObject[] = keysWithPrefix(ctx.state.etcd, prefix)
    .map((k) => {
      const e = getEntry(ctx.state.etcd, k);
      return e ? withResourceVersion(e.value, e.modRevision) : {};
    });
  apiStep(ctx, {
    id: 'apiserver.list',
    level: ex.story.chain,
    stage: 'watch-cache',
    text: { key: 'apiserver.list', params: { resource, count: items.length, revision: result.revision } },
    misconception: 'every-get-reads-etcd',
    detail: { servedFrom: 'watch cache', revision: result.revision, items: items.map((i) => str(i, 'metadata.name') ?? '') },
  });
  const accept = ex.request.headers.Accept ?? '';
  const body: JsonObject = accept.includes('as=Table')
    ? buildTable(resource, items, result.revision, ctx.state.clock)
    : { kind: resource === 'nodes' ? 'NodeList' : 'PodList', apiVersion: 'v1', metadata: { resourceVersion: String(result.revision) }, items };
  respond(ctx, ex, jsonResponse(200, body), {
    text: { key: 'apiserver.response.list', params: { status: 200, resource, count: items.length } },
  });
}
