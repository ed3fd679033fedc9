// Who gets which event when one etcd change reaches the watch cache. The outcome per watcher
// depends only on the etcd event type, which watch prefixes the key falls under and the values of
// the fields the selectors read, before and after; so it is worked out once per such combination
// and per watch list (a pod's events on one node fan out the same way for every pod there),
// instead of testing ~100 kubelet selectors on every event.
import type { JsonObject } from '../types';
import type { EtcdWatchEvent } from '../core/messages';
import type { WatchRegistration } from '../core/state';
import { str } from '../core/json';
import { matchesFieldSelector, selectorFields } from './field-selector';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

function watchEventType(selector: string | undefined, ev: EtcdWatchEvent, memo?: { prev: Map<string, string>; value: Map<string, string> }): WatchType | null {
  const before = matchesFieldSelector(selector, ev.prev, memo?.prev);
  const after = ev.type === 'PUT' && matchesFieldSelector(selector, ev.value, memo?.value);
  if (!before && after) return 'ADDED';
  if (before && after) return 'MODIFIED';
  if (before && !after) return 'DELETED';
  return null;
}

export type Delivery = { w: WatchRegistration; type: WatchType };

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

export interface FanOut {
  deliveries: Delivery[];
  /** Watchers got different event types (one MODIFIED, another ADDED). */
  mixed: boolean;
  detail: JsonObject;
}

interface Plan {
  prefixes: string[];
  fields: string[];
  outcomes: Map<string, FanOut | null>;
}

const PLANS = new WeakMap<WatchRegistration[], Plan>();

function planOf(all: WatchRegistration[]): Plan {
  let plan = PLANS.get(all);
  if (!plan) {
    plan = {
      prefixes: [...new Set(all.map((w) => w.prefix))],
      fields: [...new Set(all.flatMap((w) => selectorFields(w.fieldSelector)))],
      outcomes: new Map(),
    };
    PLANS.set(all, plan);
  }
  return plan;
}

/** The field values an outcome depends on; lengths keep the key unambiguous whatever the values hold. */
function fieldKey(fields: string[], obj: JsonObject | null): string {
  if (obj === null) return '-';
  let key = '+';
  for (const f of fields) {
    const v = str(obj, f) ?? '';
    key += `${v.length}:${v}`;
  }
  return key;
}

/** null when no watch covers the key. */
export function fanOut(all: WatchRegistration[], ev: EtcdWatchEvent): FanOut | null {
  const plan = planOf(all);
  let mask = '';
  let any = false;
  for (const p of plan.prefixes) {
    const hit = ev.key.startsWith(p);
    any ||= hit;
    mask += hit ? '1' : '0';
  }
  if (!any) return null;
  const key = `${ev.type}|${mask}|${fieldKey(plan.fields, ev.prev)}|${fieldKey(plan.fields, ev.value)}`;
  let outcome = plan.outcomes.get(key);
  if (outcome === undefined) {
    outcome = sortWatchers(all, ev);
    plan.outcomes.set(key, outcome);
  }
  return outcome;
}

function sortWatchers(all: WatchRegistration[], ev: EtcdWatchEvent): FanOut {
  const memo = { prev: new Map<string, string>(), value: new Map<string, string>() };
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
  return { deliveries, mixed, detail: detailOf(all, ev.type, signature, deliveries, skipped) };
}
