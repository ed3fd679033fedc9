// etcd's key-value store: one global revision; per key create_revision, mod_revision and version.
// Every successful write raises the revision by exactly one.
import type { JsonObject } from '../types';
import type { EtcdBucket, EtcdEntry, EtcdState } from '../core/state';
import type { EtcdWatchEvent } from '../core/messages';
import { emptyPMap, pmapDelete, pmapGet, pmapHas, pmapSet } from '../core/pmap';
import { flatten, removeChunked, upsertChunked, withPrefix } from '../core/chunked';

const self = (k: string): string => k;

export interface TxnOutcome {
  etcd: EtcdState;
  succeeded: boolean;
  /** The key's mod_revision after the Txn (0 when it does not exist). */
  modRevision: number;
  event: EtcdWatchEvent | null;
}

export const EMPTY_ETCD: EtcdState = { revision: 0, buckets: {}, lastKey: null };

/** `/registry/pods/default/x` → `pods`: the bucket a key lives in. */
export function bucketOf(key: string): string {
  // Hot path (every read and write): slice between slashes rather than split the whole key.
  const start = key.startsWith('/registry/') ? 10 : 1;
  const end = key.indexOf('/', start);
  return end < 0 ? key.slice(start) : key.slice(start, end);
}

export function getEntry(etcd: EtcdState, key: string): EtcdEntry | undefined {
  const bucket = etcd.buckets[bucketOf(key)];
  return bucket ? pmapGet(bucket.entries, key) : undefined;
}

/** Sorted keys starting with `prefix`. A prefix shorter than one bucket scans the buckets. */
export function keysWithPrefix(etcd: EtcdState, prefix: string): string[] {
  const bucketPrefix = /^\/registry\/[^/]+\//.test(prefix) || (!prefix.startsWith('/registry/') && /^\/[^/]+\//.test(prefix));
  if (bucketPrefix) {
    const bucket = etcd.buckets[bucketOf(prefix)];
    return bucket ? withPrefix(bucket.keys, self, prefix) : [];
  }
  return Object.values(etcd.buckets)
    .flatMap((b) => flatten(b.keys))
    .filter((k) => k.startsWith(prefix))
    .sort();
}

export function range(etcd: EtcdState, key: string, prefix: boolean): { key: string; entry: EtcdEntry }[] {
  const keys = prefix ? keysWithPrefix(etcd, key) : getEntry(etcd, key) ? [key] : [];
  return keys.map((k) => ({ key: k, entry: getEntry(etcd, k) as EtcdEntry }));
}

function putEntry(etcd: EtcdState, key: string, entry: EtcdEntry, revision: number): EtcdState {
  const name = bucketOf(key);
  const bucket: EtcdBucket = etcd.buckets[name] ?? { keys: [], entries: emptyPMap() };
  const keys = pmapHas(bucket.entries, key) ? bucket.keys : upsertChunked(bucket.keys, key, self, key);
  return {
    revision,
    buckets: { ...etcd.buckets, [name]: { keys, entries: pmapSet(bucket.entries, key, entry) } },
    lastKey: key,
  };
}

/** Txn If mod_revision(key) == expected Then Delete(key): the delete the etcd3 store issues. */
export function compareAndDelete(etcd: EtcdState, key: string, expectedModRevision: number): TxnOutcome {
  const current = getEntry(etcd, key);
  if (!current || current.modRevision !== expectedModRevision) {
    return { etcd, succeeded: false, modRevision: current?.modRevision ?? 0, event: null };
  }
  const name = bucketOf(key);
  const bucket = etcd.buckets[name] as EtcdBucket;
  const revision = etcd.revision + 1;
  const next: EtcdBucket = { keys: removeChunked(bucket.keys, self, key), entries: pmapDelete(bucket.entries, key) };
  return {
    etcd: { revision, buckets: { ...etcd.buckets, [name]: next }, lastKey: key },
    succeeded: true,
    modRevision: 0,
    event: { key, type: 'DELETE', prev: current.value, value: null, modRevision: revision },
  };
}

/** Txn If mod_revision(key) == expected Then Put(key, value). expected 0 means "absent". */
export function compareAndPut(
  etcd: EtcdState,
  key: string,
  expectedModRevision: number,
  value: JsonObject,
  leaseTtl?: number,
): TxnOutcome {
  const current = getEntry(etcd, key);
  const currentMod = current?.modRevision ?? 0;
  if (currentMod !== expectedModRevision) {
    return { etcd, succeeded: false, modRevision: currentMod, event: null };
  }
  const revision = etcd.revision + 1;
  const entry: EtcdEntry = {
    value,
    createRevision: current ? current.createRevision : revision,
    modRevision: revision,
    version: (current?.version ?? 0) + 1,
  };
  if (leaseTtl !== undefined) entry.leaseTtl = leaseTtl;
  return {
    etcd: putEntry(etcd, key, entry, revision),
    succeeded: true,
    modRevision: revision,
    event: { key, type: 'PUT', prev: current ? current.value : null, value, modRevision: revision },
  };
}
