// A sorted list kept as small chunks, so one insert, replace or remove copies one chunk and the
// (short) chunk list instead of the whole list: thousands of steps can then each keep their own
// version of a list of thousands of etcd rows without the memory growing with the product.

export type Chunked<T> = readonly (readonly T[])[];

const MAX = 128;

/** Chunks of up to 64 items from a sorted list. */
export function chunkedOf<T>(items: readonly T[]): Chunked<T> {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX / 2) out.push(items.slice(i, i + MAX / 2));
  return out;
}

function search<T>(items: readonly T[], key: string, keyOf: (t: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The chunk that holds `key`, or would: the first whose last item is not below it. */
function chunkFor<T>(list: Chunked<T>, key: string, keyOf: (t: T) => string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const chunk = list[mid] as readonly T[];
    if (keyOf(chunk[chunk.length - 1] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** A copy of `chunk` with `item` at `i`, replacing the item there or inserted before it (one exact-size array). */
function withItem<T>(chunk: readonly T[], i: number, item: T, replace: boolean): T[] {
  const n = chunk.length;
  const next = new Array<T>(replace ? n : n + 1);
  for (let j = 0; j < i; j++) next[j] = chunk[j] as T;
  next[i] = item;
  const shift = replace ? 0 : 1;
  for (let j = replace ? i + 1 : i; j < n; j++) next[j + shift] = chunk[j] as T;
  return next;
}

/** Replaces the item sorted under `key`, or inserts it in order. */
export function upsertChunked<T>(list: Chunked<T>, item: T, keyOf: (t: T) => string, key: string): Chunked<T> {
  if (list.length === 0) return [[item]];
  const c = chunkFor(list, key, keyOf);
  const chunk = list[c] as readonly T[];
  const i = search(chunk, key, keyOf);
  const next = withItem(chunk, i, item, i < chunk.length && keyOf(chunk[i] as T) === key);
  const out = list.slice();
  if (next.length > MAX) out.splice(c, 1, next.slice(0, MAX / 2), next.slice(MAX / 2));
  else out[c] = next;
  return out;
}

/** Removes the item sorted under `key` (the same list when it is absent). */
export function removeChunked<T>(list: Chunked<T>, keyOf: (t: T) => string, key: string): Chunked<T> {
  if (list.length === 0) return list;
  const c = chunkFor(list, key, keyOf);
  const chunk = list[c] as readonly T[];
  const i = search(chunk, key, keyOf);
  if (i >= chunk.length || keyOf(chunk[i] as T) !== key) return list;
  const out = list.slice();
  if (chunk.length === 1) out.splice(c, 1);
  else out[c] = chunk.filter((_, j) => j !== i);
  return out;
}

/** The items whose key starts with `prefix`, in order. */
export function withPrefix<T>(list: Chunked<T>, keyOf: (t: T) => string, prefix: string): T[] {
  const out: T[] = [];
  if (list.length === 0) return out;
  const first = chunkFor(list, prefix, keyOf);
  for (let c = first; c < list.length; c++) {
    const chunk = list[c] as readonly T[];
    for (let i = c === first ? search(chunk, prefix, keyOf) : 0; i < chunk.length; i++) {
      const k = keyOf(chunk[i] as T);
      if (!k.startsWith(prefix)) return out;
      out.push(chunk[i] as T);
    }
  }
  return out;
}

export function flatten<T>(list: Chunked<T>): T[] {
  const out: T[] = [];
  for (const chunk of list) for (const item of chunk) out.push(item);
  return out;
}
