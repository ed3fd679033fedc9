// A persistent map as plain JSON: a fixed two-level trie of arrays (32 branches of 32 leaves) by
// key hash, so an update copies two 32-slot arrays and one small leaf ([key, value, key, value…])
// and shares everything else. Arrays rather than records: copying a packed array is a memcpy,
// while spreading a record with thousands of keys (the previous shards) was a slow dictionary copy.

type Leaf<V> = readonly (string | V)[];
type Branch<V> = readonly Leaf<V>[];

export interface PMap<V> {
  readonly root: readonly Branch<V>[];
}

const WIDTH = 32;
const EMPTY_LEAF: Leaf<never> = [];
const EMPTY_BRANCH: Branch<never> = Array.from({ length: WIDTH }, () => EMPTY_LEAF);
const EMPTY: PMap<never> = { root: Array.from({ length: WIDTH }, () => EMPTY_BRANCH) };

function hash(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function emptyPMap<V>(): PMap<V> {
  return EMPTY;
}

function leafOf<V>(m: PMap<V>, h: number): Leaf<V> {
  return (m.root[h & 31] as Branch<V>)[(h >>> 5) & 31] as Leaf<V>;
}

export function pmapGet<V>(m: PMap<V>, key: string): V | undefined {
  const leaf = leafOf(m, hash(key));
  for (let i = 0; i < leaf.length; i += 2) if (leaf[i] === key) return leaf[i + 1] as V;
  return undefined;
}

export function pmapHas<V>(m: PMap<V>, key: string): boolean {
  return pmapGet(m, key) !== undefined;
}

function withLeaf<V>(m: PMap<V>, h: number, leaf: Leaf<V>): PMap<V> {
  const root = m.root.slice();
  const branch = (root[h & 31] as Branch<V>).slice();
  branch[(h >>> 5) & 31] = leaf;
  root[h & 31] = branch;
  return { root };
}

export function pmapSet<V>(m: PMap<V>, key: string, value: V): PMap<V> {
  const h = hash(key);
  const leaf = leafOf(m, h).slice();
  let i = 0;
  while (i < leaf.length && leaf[i] !== key) i += 2;
  if (i < leaf.length && leaf[i + 1] === value) return m;
  leaf[i] = key;
  leaf[i + 1] = value;
  return withLeaf(m, h, leaf);
}

export function pmapDelete<V>(m: PMap<V>, key: string): PMap<V> {
  const h = hash(key);
  const leaf = leafOf(m, h);
  let i = 0;
  while (i < leaf.length && leaf[i] !== key) i += 2;
  if (i >= leaf.length) return m;
  return withLeaf(m, h, [...leaf.slice(0, i), ...leaf.slice(i + 2)]);
}

/** Entries in a stable order (sorted by key), for deterministic iteration. */
export function pmapEntries<V>(m: PMap<V>): [string, V][] {
  const out: [string, V][] = [];
  for (const branch of m.root) for (const leaf of branch) for (let i = 0; i < leaf.length; i += 2) out.push([leaf[i] as string, leaf[i + 1] as V]);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
