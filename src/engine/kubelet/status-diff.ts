// The status manager sends a two-way strategic merge patch (CreateTwoWayMergePatch) between the
// status it last saw and the one it wants: unchanged fields are left out, removed ones become null,
// conditions merge by type with a $setElementOrder list. Go marshals the patch map with sorted keys.
import type { JsonObject, JsonValue } from '../types';
import { extend, isObject } from '../core/json';

/**
 * Whether both encode to the same JSON with sorted keys, compared in place (sorting and
 * stringifying both sides per field was the kubelet's biggest allocator). A missing or undefined
 * value counts as null, and a non-finite number too, as JSON.stringify writes them.
 */
export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  const x = a === undefined || (typeof a === 'number' && !Number.isFinite(a)) ? null : a;
  const y = b === undefined || (typeof b === 'number' && !Number.isFinite(b)) ? null : b;
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  return true;
}

/** Recursively sorts object keys, as encoding/json does for a map. */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  // Most objects are already in order; sort() copies its array even then.
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  const out: JsonObject = {};
  for (const key of keys) out[key] = sortKeys(value[key] ?? null);
  return out;
}

function diffObject(old: JsonObject, next: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (!sameJson(old[key], next[key])) out[key] = key in next ? (next[key] ?? null) : null;
  }
  return out;
}

function diffConditions(old: JsonObject[], next: JsonObject[]): JsonObject[] {
  const changed: JsonObject[] = [];
  for (const c of next) {
    const before = old.find((o) => o.type === c.type);
    if (!before) changed.push(c);
    else if (!sameJson(before, c)) changed.push(extend(diffObject(before, c), { type: c.type ?? null }));
  }
  return changed;
}

/** The status half of the patch body; `conditions` is the only merge-keyed list the kubelet changes. */
export function statusDiff(old: JsonObject, next: JsonObject): JsonObject {
  const { conditions: oldConds, ...oldRest } = old;
  const { conditions: nextConds, ...nextRest } = next;
  const patch = diffObject(oldRest, nextRest);
  const before = Array.isArray(oldConds) ? oldConds.filter(isObject) : [];
  const after = Array.isArray(nextConds) ? nextConds.filter(isObject) : [];
  const changed = diffConditions(before, after);
  if (changed.length > 0) {
    patch.conditions = changed;
    if (before.length > 0) patch['$setElementOrder/conditions'] = after.map((c) => ({ type: c.type ?? null }));
  }
  return patch;
}
