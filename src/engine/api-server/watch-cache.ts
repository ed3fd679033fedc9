// The watch cache ("cacher"): one etcd watch per resource; each change is fanned out to client
// watches. A filtered watcher sees ADDED when an object starts matching and DELETED when it stops,
// so one etcd update can be MODIFIED for one watcher and ADDED for another (cache_watcher.go).
import type { EtcdWatchEvent } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { HOP_MS } from '../core/http';
import { apiStep } from './step';
import { matchesFieldSelector } from './field-selector';
import { withResourceVersion } from './registry';
import { buildTable } from './table';

type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

export function watchEventType(selector: string | undefined, ev: EtcdWatchEvent, memo?: { prev: Map<string, string>; value: Map<string, string> }): WatchType | null {
  const before = matchesFieldSelector(selector, ev.prev, memo?.prev);
  const after = ev.type === 'PUT' && matchesFieldSelector(selector, ev.value, memo?.value);
  if (!before && after) return 'ADDED';
  if (before && after) return 'MODIFIED';
  if (before && !after) return 'DELETED';
  return null;
}

export function handleEtcdNotify(ctx: Ctx, ev: EtcdWatchEvent): void {
  const watches = ctx.state.watches.filter((w) => ev.key.startsWith(w.prefix));
  if (watches.length === 0) return;
  const obj = ev.value ?? ev.prev;
  if (!obj) return;
  const object = withResourceVersion(obj, ev.modRevision);
  const memo = { prev: new Map<string, string>(), value: new Map<string, string>() };
  // One pass sorts watchers into deliveries and skipped (a pod event has ~100 kubelet watchers, most skipped).
  const deliveries: { w: (typeof watches)[number]; type: WatchType }[] = [];
  const skipped: string[] = [];
  let mixed = false;
  for (const w of watches) {
    const type = watchEventType(w.fieldSelector, ev, memo);
    if (type === null) {
      skipped.push(w.watcher);
      continue;
    }
    if (deliveries.length > 0 && deliveries[0]?.type !== type) mixed = true;
    deliveries.push({ w, type });
  }
  apiStep(ctx, {
    id: 'apiserver.watchcache',
    level: 'deep',
    stage: 'watch-cache',
    text: { key: 'apiserver.watchcache', params: { key: ev.key, revision: ev.modRevision, count: deliveries.length } },
    misconception: mixed ? 'same-event-for-everyone' : undefined,
    detail: {
      etcdEvent: ev.type,
      deliveries: deliveries.map((d) => ({ watcher: d.w.watcher, type: d.type, fieldSelector: d.w.fieldSelector ?? '' })),
      skipped,
    },
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
