// Server-side apply's field ownership: the set of fields a manager applied, written as FieldsV1
// (`f:name` for a map key, `k:{"name":"web"}` for a list element by its merge key, `.` for the
// element itself), and what leaves the object when a later apply from the same manager drops it.
import type { JsonObject, JsonValue } from '../types';
import { isObject, list, obj } from '../core/json';
import { MERGE_KEYS } from './pods/strategic-merge';

/** Identity is not owned: apiVersion, kind and metadata.name/namespace are stripped from the set. */
function ownable(manifest: JsonObject): JsonObject {
  const { apiVersion: _v, kind: _k, metadata, ...rest } = manifest;
  const { name: _n, namespace: _ns, ...md } = isObject(metadata) ? metadata : {};
  return Object.keys(md).length ? { ...rest, metadata: md } : rest;
}

function fieldSet(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key] as JsonValue;
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(v)) {
      const elements: JsonObject = {};
      for (const e of v) if (isObject(e)) elements[`k:${JSON.stringify({ [mergeKey]: e[mergeKey] ?? null })}`] = { '.': {}, ...fieldSet(e) };
      out[`f:${key}`] = elements;
    } else {
      // Other lists are atomic: the whole list is one field.
      out[`f:${key}`] = isObject(v) && Object.keys(v).length ? fieldSet(v) : {};
    }
  }
  return out;
}

/** The FieldsV1 of an applied configuration. */
export function fieldsV1(manifest: JsonObject): JsonObject {
  return fieldSet(ownable(manifest));
}

/** The FieldsV1 this manager's last Apply recorded, or none. */
export function appliedBefore(live: JsonObject, manager: string): JsonObject {
  const entry = list(live, 'metadata.managedFields').find((m) => m.manager === manager && m.operation === 'Apply');
  return entry ? obj(entry, 'fieldsV1') : {};
}

/** Remove from `value` what `before` owned and `after` no longer names (the applier dropped it). */
export function removeDropped(value: JsonObject, before: JsonObject, after: JsonObject): JsonObject {
  const out: JsonObject = { ...value };
  for (const [path, sub] of Object.entries(before)) {
    if (!path.startsWith('f:')) continue;
    const key = path.slice(2);
    const named = after[path];
    // A leaf it no longer names is removed; a group (metadata, labels) is walked, never dropped whole.
    if (!isObject(sub) || Object.keys(sub).length === 0) {
      if (named === undefined) delete out[key];
      continue;
    }
    const next = isObject(named) ? named : {};
    const current = out[key];
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(current)) {
      out[key] = current.flatMap((e): JsonValue[] => {
        if (!isObject(e)) return [e];
        const id = `k:${JSON.stringify({ [mergeKey]: e[mergeKey] ?? null })}`;
        const was = sub[id];
        const now = next[id];
        if (isObject(was) && now === undefined) return [];
        return isObject(was) && isObject(now) ? [removeDropped(e, was, now)] : [e];
      });
    } else if (isObject(current)) {
      out[key] = removeDropped(current, sub, next);
    }
  }
  return out;
}

/** managedFields with this manager's Apply entry replaced by the new set. */
export function withApplyEntry(object: JsonObject, manager: string, time: string, fields: JsonObject): JsonObject {
  const md = obj(object, 'metadata');
  const others = list(object, 'metadata.managedFields').filter((m) => !(m.manager === manager && m.operation === 'Apply'));
  const mine: JsonObject = { manager, operation: 'Apply', apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : 'v1', time, fieldsType: 'FieldsV1', fieldsV1: fields };
  return { ...object, metadata: { ...md, managedFields: [...others, mine] } };
}
