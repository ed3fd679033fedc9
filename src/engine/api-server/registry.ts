// The generic registry's object bookkeeping: system fields on create, resourceVersion from the
// etcd mod_revision on read (it is never stored), QoS class (reference B3, B5).
import type { JsonObject } from '../types';
import { extend, isObject, list, text } from '../core/json';

export function qosClass(pod: JsonObject): 'BestEffort' | 'Burstable' | 'Guaranteed' {
  const containers = list(pod, 'spec.containers');
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const r = isObject(c.resources) ? c.resources : {};
    const req = isObject(r.requests) ? r.requests : {};
    const lim = isObject(r.limits) ? r.limits : {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const res of ['cpu', 'memory']) {
      const l = lim[res];
      const q = req[res] ?? l;
      if (l === undefined || q !== l) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** FillObjectMetaSystemFields + PrepareForCreate: uid, creationTimestamp, a fresh Pending status. */
export function prepareCreate(
  obj: JsonObject,
  p: { uid: string; now: string; namespace: string; manager: string; isPod: boolean },
): JsonObject {
  const md = isObject(obj.metadata) ? obj.metadata : {};
  const { resourceVersion: _rv, uid: _uid, creationTimestamp: _ct, ...rest } = md;
  const metadata: JsonObject = extend(rest, {
    namespace: p.namespace,
    uid: p.uid,
    creationTimestamp: p.now,
    managedFields: [{ manager: p.manager, operation: 'Update', apiVersion: text(obj.apiVersion, 'v1'), time: p.now, fieldsType: 'FieldsV1' }],
  });
  return extend(obj, p.isPod ? { metadata, status: { phase: 'Pending', qosClass: qosClass(obj) } } : { metadata });
}

/** Without ?fieldManager the manager is the User-Agent up to its first "/" (prefixFromUserAgent). */
export function defaultManager(userAgent: string | undefined): string {
  const prefix = (userAgent ?? '').split('/')[0] ?? '';
  return prefix || 'unknown';
}

/** Update managedFields for a write by `manager`, replacing its entry for the same subresource. */
export function withManagedEntry(obj: JsonObject, entry: { manager: string; time: string; subresource?: string }): JsonObject {
  const md = isObject(obj.metadata) ? obj.metadata : {};
  const others = list(obj, 'metadata.managedFields').filter((m) => !(m.manager === entry.manager && m.subresource === entry.subresource));
  const mine: JsonObject = { manager: entry.manager, operation: 'Update', apiVersion: text(obj.apiVersion, 'v1'), time: entry.time, fieldsType: 'FieldsV1' };
  if (entry.subresource) mine.subresource = entry.subresource;
  return { ...obj, metadata: extend(md, { managedFields: [...others, mine] }) };
}

export function withResourceVersion(obj: JsonObject, rv: number): JsonObject {
  const md = isObject(obj.metadata) ? obj.metadata : {};
  return { ...obj, metadata: extend(md, { resourceVersion: String(rv) }) };
}

/** The value handed to etcd: resourceVersion is cleared before encoding (it is the revision). */
export function forStorage(obj: JsonObject): JsonObject {
  const md = isObject(obj.metadata) ? obj.metadata : {};
  if (!('resourceVersion' in md)) return obj;
  const { resourceVersion: _rv, ...rest } = md;
  return { ...obj, metadata: rest };
}
