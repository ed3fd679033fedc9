// Strategic merge patch, enough for pod status: maps merge, null deletes, lists with a merge key
// (conditions by type, podIPs/hostIPs by ip) merge element by element; other lists, such as the
// atomic containerStatuses, are replaced whole.
import type { JsonObject, JsonValue } from '../../types';
import { extend, isObject } from '../../core/json';

export const MERGE_KEYS: Record<string, string> = {
  // kubectl apply patches containers element by element.
  containers: 'name',
  conditions: 'type',
  podIPs: 'ip',
  hostIPs: 'ip',
};

export function strategicMerge(base: JsonObject, patch: JsonObject): JsonObject {
  // A copy that gets keys added: extend() keeps hidden classes shared (see core/json.ts).
  const out: JsonObject = extend({}, base);
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$setElementOrder/')) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = out[key];
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(value) && Array.isArray(current)) {
      out[key] = mergeList(current, value, mergeKey, patch[`$setElementOrder/${key}`]);
    } else if (isObject(value) && isObject(current)) {
      out[key] = strategicMerge(current, value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function mergeList(current: JsonValue[], patch: JsonValue[], mergeKey: string, order: JsonValue | undefined): JsonValue[] {
  const merged = current.map((item) => {
    if (!isObject(item)) return item;
    const p = patch.find((x) => isObject(x) && x[mergeKey] === item[mergeKey]);
    return isObject(p) ? strategicMerge(item, p) : item;
  });
  for (const p of patch) {
    if (isObject(p) && !current.some((c) => isObject(c) && c[mergeKey] === p[mergeKey])) merged.push(p);
  }
  if (!Array.isArray(order)) return merged;
  const rank = (v: JsonValue): number => {
    const i = order.findIndex((o) => isObject(o) && isObject(v) && o[mergeKey] === v[mergeKey]);
    return i < 0 ? order.length : i;
  };
  return [...merged].sort((a, b) => rank(a) - rank(b));
}
