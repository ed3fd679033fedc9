// Step parts that many steps repeat verbatim (the same user's authentication, the same verb's
// authorization…) are built once and shared, deeply frozen: the trace keeps one copy instead of
// one per request, and its JSON is the same. A table is emptied when it grows past its bound.
const BOUND = 4096;

export interface SharedTable<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): T;
}

export function sharedTable<T extends object>(): SharedTable<T> {
  const map = new Map<string, T>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= BOUND) map.clear();
      map.set(key, deepFreeze(value));
      return value;
    },
  };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
