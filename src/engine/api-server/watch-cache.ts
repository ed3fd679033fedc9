// The watch cache ("cacher"): one etcd watch per resource; each change is fanned out to client
// watches. A filtered watcher sees ADDED when an object starts matching and DELETED when it stops,
// so one etcd update can be MODIFIED for one watcher and ADDED for another (cache_watcher.go).
import type { JsonObject } from '../types';
import type { EtcdWatchEvent } from '../core/messages';
import type { WatchRegistration } from '../core/state';
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

type Delivery = { w: WatchRegistration; type: WatchType };

// The step's detail is shared, frozen plain JSON per (watch list, etcd event type, outcome per
// watcher): a pod's events on one node fan out the same way each time, and each list names ~100
// kubelets, so 4k watch-cache steps each kept their own copy of it.
const DETAILS = new WeakMap<WatchRegistration[], Map<string, JsonObject>>();

function detailOf(all: WatchRegistration[], etcdEvent: string, signature: string, deliveries: Delivery[], skipped: string[]): JsonObject {
  let byKey = DETAILS.get(all);
  if (!byKey) {
    byKey = new Map();
    DETAILS.set(all, byKey);
  }
  const key = `${etcdEvent}:${signature}:${skipped.length}`;
  let detail = byKey.get(key);
  // The key names who got what; the check makes a hit exact whatever the key leaves out.
  if (!detail || !same(detail, deliveries, skipped)) {
    detail = Object.freeze({
      etcdEvent,
      deliveries: deliveries.map((d) => ({ watcher: d.w.watcher, type: d.type, fieldSelector: d.w.fieldSelector ?? '' })),
      skipped,
    });
    byKey.set(key, detail);
  }
  return detail;
}

function same(detail: JsonObject, deliveries: Delivery[], skipped: string[]): boolean {
  const d = detail.deliveries as { watcher: string; type: string; fieldSelector: string }[];
  const k = detail.skipped as string[];
  if (d.length !== deliveries.length || k.length !== skipped.length) return false;
  for (let i = 0; i < k.length; i++) if (k[i] !== skipped[i]) return false;
  return deliveries.every((x, i) => d[i]?.watcher === x.w.watcher && d[i]?.type === x.type && d[i]?.fieldSelector === (x.w.fieldSelector ?? ''));
}

const MARK: Record<WatchType, string> = { ADDED: 'A', MODIFIED: 'M', DELETED: 'D' };

export function handleEtcdNotify(ctx: Ctx, ev: EtcdWatchEvent): void {
  const all = ctx.state.watches;
  const obj = ev.value ?? ev.prev;
  if (!obj || !all.some((w) => ev.key.startsWith(w.prefix))) return;
  const object = withResourceVersion(obj, ev.modRevision);
  const memo = { prev: new Map<string, string>(), value: new Map<string, string>() };
  // One pass sorts watchers into deliveries and skipped (a pod event has ~100 kubelet watchers, most skipped).
  const deliveries: Delivery[] = [];
  const skipped: string[] = [];
  let signature = '';
  let mixed = false;
  for (let i = 0; i < all.length; i++) {
    const w = all[i] as WatchRegistration;
    if (!ev.key.startsWith(w.prefix)) continue;
    const type = watchEventType(w.fieldSelector, ev, memo);
    if (type === null) {
      skipped.push(w.watcher);
      continue;
    }
    signature += `${i}${MARK[type]}`;
    if (deliveries.length > 0 && deliveries[0]?.type !== type) mixed = true;
    deliveries.push({ w, type });
  }
  apiStep(ctx, {
    id: 'apiserver.watchcache',
    level: 'deep',
    stage: 'watch-cache',
    text: { key: 'apiserver.watchcache', params: { key: ev.key, revision: ev.modRevision, count: deliveries.length } },
    misconception: mixed ? 'same-event-for-everyone' : undefined,
    detail: detailOf(all, ev.type, signature, deliveries, skipped),
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
