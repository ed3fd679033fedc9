// The status manager sends a two-way strategic merge patch (CreateTwoWayMergePatch) between the
// status it last saw and the one it wants: unchanged fields are left out, removed ones become null,
// conditions merge by type with a $setElementOrder list. Go marshals the patch map with sorted keys.
import type { JsonObject, JsonValue } from '../types';
import { isObject } from '../core/json';

export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(sortKeys(a ?? null)) === JSON.stringify(sortKeys(b ?? null));
}

/** Recursively sorts object keys, as encoding/json does for a map. */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] ?? null);
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
    else if (!sameJson(before, c)) changed.push({ ...diffObject(before, c), type: c.type ?? null });
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
