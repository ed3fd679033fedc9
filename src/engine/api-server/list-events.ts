// A list of core/v1 Events (kubectl describe's event search). Events have no watch cache by default,
// so the list is an etcd range read, filtered by the field selector in the API server.
import type { EtcdResult, Exchange } from '../core/messages';
import type { JsonObject } from '../types';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { isObject } from '../core/json';
import { apiStep } from './step';
import { withResourceVersion } from './registry';
import { matchesFieldSelector } from './field-selector';
import { PREFIX } from './list';
import type { RequestInfo } from './request-info';

export function handleEventList(ctx: Ctx, ex: Exchange, info: RequestInfo): void {
  const prefix = `${PREFIX.events}${info.namespace ? `${info.namespace}/` : ''}`;
  const fieldSelector = info.query.fieldSelector ?? '';
  apiStep(ctx, {
    id: 'apiserver.list.plan',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: 'apiserver.list.events', params: { prefix, fieldSelector: fieldSelector || '(none)' } },
    misconception: 'admission-on-reads',
    detail: { servedFrom: 'etcd (events have no watch cache by default)', fieldSelector, limit: info.query.limit ?? '' },
  });
  send(ctx, { type: 'etcd.request', exchange: ex, op: { op: 'Range', key: prefix, prefix: true, countOnly: false }, then: { kind: 'list-range', resource: info.resource, fieldSelector } }, 1);
}

/** An events.k8s.io/v1 Event as the core/v1 API shows it (the same object, older field names). */
export function asCoreEvent(e: JsonObject): JsonObject {
  if (e.apiVersion !== 'events.k8s.io/v1') return e;
  const { regarding, note, reportingController, deprecatedSource, deprecatedFirstTimestamp, deprecatedLastTimestamp, deprecatedCount, apiVersion: _v, ...rest } = e;
  const out: JsonObject = {
    ...rest,
    apiVersion: 'v1',
    involvedObject: regarding ?? {},
    message: note ?? '',
    source: deprecatedSource ?? {},
    firstTimestamp: deprecatedFirstTimestamp ?? null,
    lastTimestamp: deprecatedLastTimestamp ?? null,
    reportingComponent: reportingController ?? '',
  };
  if (typeof deprecatedCount === 'number') out.count = deprecatedCount;
  return out;
}

export function finishRangeList(ctx: Ctx, ex: Exchange, resource: string, fieldSelector: string, result: EtcdResult): void {
  const items = result.kvs
    .map((kv) => withResourceVersion(asCoreEvent(kv.value), kv.modRevision))
    .filter((e) => matchesFieldSelector(fieldSelector, e));
  apiStep(ctx, {
    id: 'apiserver.list',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: 'apiserver.list.filtered', params: { resource, read: result.kvs.length, count: items.length, revision: result.revision } },
    detail: { servedFrom: 'etcd', revision: result.revision, items: items.map((i) => (isObject(i.metadata) && typeof i.metadata.name === 'string' ? i.metadata.name : '')) },
  });
  const body: JsonObject = { kind: 'EventList', apiVersion: 'v1', metadata: { resourceVersion: String(result.revision) }, items };
  respond(ctx, ex, jsonResponse(200, body), {
    text: { key: 'apiserver.response.list.events', params: { status: 200, resource, count: items.length } },
  });
}
