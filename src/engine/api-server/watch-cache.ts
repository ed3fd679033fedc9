// The watch cache ("cacher"): one etcd watch per resource; each change is fanned out to client
// watches. A filtered watcher sees ADDED when an object starts matching and DELETED when it stops,
// so one etcd update can be MODIFIED for one watcher and ADDED for another (cache_watcher.go).
import type { EtcdWatchEvent } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { HOP_MS } from '../core/http';
import { apiStep } from './step';
import { fanOut } from './watch-fanout';
import { withResourceVersion } from './registry';
import { buildTable } from './table';

export function handleEtcdNotify(ctx: Ctx, ev: EtcdWatchEvent): void {
  const obj = ev.value ?? ev.prev;
  if (!obj) return;
  const out = fanOut(ctx.state.watches, ev);
  if (!out) return;
  const object = withResourceVersion(obj, ev.modRevision);
  const { deliveries } = out;
  apiStep(ctx, {
    id: 'apiserver.watchcache',
    level: 'deep',
    stage: 'watch-cache',
    text: { key: 'apiserver.watchcache', params: { key: ev.key, revision: ev.modRevision, count: deliveries.length } },
    misconception: out.mixed ? 'same-event-for-everyone' : undefined,
    detail: out.detail,
  });
  for (const d of deliveries) {
    const msg = {
      type: 'watch.event' as const,
      watcher: d.w.watcher,
      eventType: d.type,
      key: ev.key,
      resource: d.w.resource,
      // A watcher that asked for as=Table gets each object rendered as a one-row Table.
      object: d.w.table ? buildTable(d.w.resource, [object], ev.modRevision, ctx.state.clock) : object,
      ...(d.w.fieldSelector !== undefined ? { fieldSelector: d.w.fieldSelector } : {}),
      ...(d.w.exchangeId !== undefined ? { exchangeId: d.w.exchangeId } : {}),
    };
    send(ctx, msg, HOP_MS);
  }
}
