// A sorted list the view shows (etcd rows, pods) kept as a chain of versions: a write adds one
// small version (the key and its new entry) instead of copying part of the list, and a version's
// array is built only when a view reads it, from its nearest built ancestor. The trace is built
// far more often than it is read, and then mostly step after step.
import type { EtcdEntry } from './state';

export interface Built<T> {
  readonly keys: readonly string[];
  readonly items: readonly T[];
}

export interface ListVersion<T> {
  readonly base: ListVersion<T> | null;
  readonly key: string;
  /** The key's entry after the write; null once it was deleted. */
  readonly entry: EtcdEntry | null;
  /** Unbuilt versions from here back to a built one (at most; an ancestor may get built later). */
  readonly depth: number;
  built: Built<T> | null;
}

export type ItemOf<T> = (key: string, entry: EtcdEntry) => T;

/** Past this many unbuilt versions a version is built at once: a read never replays more. */
const CHECKPOINT = 1024;

export function builtList<T>(keys: string[], items: T[]): ListVersion<T> {
  return { base: null, key: '', entry: null, depth: 0, built: { keys, items } };
}

/** The version after one write of `key` (entry null: deleted). */
export function withChange<T>(base: ListVersion<T>, key: string, entry: EtcdEntry | null, itemOf: ItemOf<T>): ListVersion<T> {
  const v: ListVersion<T> = { base, key, entry, depth: base.built ? 1 : base.depth + 1, built: null };
  if (v.depth >= CHECKPOINT) build(v, itemOf);
  return v;
}

/** The version's items in key order, built once: its ancestor's array merged with the later writes. */
export function build<T>(v: ListVersion<T>, itemOf: ItemOf<T>): Built<T> {
  if (v.built) return v.built;
  // The latest entry of each key written since the nearest built ancestor.
  const changes = new Map<string, EtcdEntry | null>();
  let at = v;
  while (!at.built) {
    if (!changes.has(at.key)) changes.set(at.key, at.entry);
    at = at.base as ListVersion<T>;
  }
  const { keys, items } = at.built;
  // Default sort order is UTF-16 code units, the order `<` gives and the list is kept in.
  const changed = [...changes.keys()].sort();
  const outKeys: string[] = [];
  const outItems: T[] = [];
  let i = 0;
  for (const key of changed) {
    while (i < keys.length && (keys[i] as string) < key) {
      outKeys.push(keys[i] as string);
      outItems.push(items[i] as T);
      i++;
    }
    if (i < keys.length && keys[i] === key) i++;
    const entry = changes.get(key);
    if (entry) {
      outKeys.push(key);
      outItems.push(itemOf(key, entry));
    }
  }
  for (; i < keys.length; i++) {
    outKeys.push(keys[i] as string);
    outItems.push(items[i] as T);
  }
  v.built = { keys: outKeys, items: outItems };
  return v.built;
}
