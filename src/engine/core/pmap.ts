// A persistent map as plain JSON: entries spread over fixed shards, so an update copies one
// shard (about n/64 entries) instead of the whole map, and every other shard is shared.

export interface PMap<V> {
  shards: Record<string, Record<string, V>>;
}

const SHARDS = 64;

function shardOf(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return String((h >>> 0) % SHARDS);
}

export function emptyPMap<V>(): PMap<V> {
  return { shards: {} };
}

export function pmapGet<V>(m: PMap<V>, key: string): V | undefined {
  return m.shards[shardOf(key)]?.[key];
}

export function pmapHas<V>(m: PMap<V>, key: string): boolean {
  return pmapGet(m, key) !== undefined;
}

export function pmapSet<V>(m: PMap<V>, key: string, value: V): PMap<V> {
  const s = shardOf(key);
  return { shards: { ...m.shards, [s]: { ...m.shards[s], [key]: value } } };
}

export function pmapDelete<V>(m: PMap<V>, key: string): PMap<V> {
  const s = shardOf(key);
  const shard = m.shards[s];
  if (!shard || !(key in shard)) return m;
  const { [key]: _gone, ...rest } = shard;
  return { shards: { ...m.shards, [s]: rest } };
}

/** Entries in a stable order (sorted by key), for deterministic iteration. */
export function pmapEntries<V>(m: PMap<V>): [string, V][] {
  return Object.values(m.shards)
    .flatMap((shard) => Object.entries(shard))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
