// etcd's key-value store: one global revision; per key create_revision, mod_revision and version.
// Every successful write raises the revision by exactly one.
import type { JsonObject } from '../types';
import type { EtcdEntry, EtcdState } from '../core/state';
import type { EtcdWatchEvent } from '../core/messages';

export interface TxnOutcome {
  etcd: EtcdState;
  succeeded: boolean;
  /** The key's mod_revision after the Txn (0 when it does not exist). */
  modRevision: number;
  event: EtcdWatchEvent | null;
}

export function range(etcd: EtcdState, key: string, prefix: boolean): { key: string; entry: EtcdEntry }[] {
  if (!prefix) {
    const entry = etcd.kv[key];
    return entry ? [{ key, entry }] : [];
  }
  return Object.keys(etcd.kv)
    .filter((k) => k.startsWith(key))
    .sort()
    .map((k) => ({ key: k, entry: etcd.kv[k] as EtcdEntry }));
}

/** Txn If mod_revision(key) == expected Then Put(key, value). expected 0 means "absent". */
export function compareAndPut(
  etcd: EtcdState,
  key: string,
  expectedModRevision: number,
  value: JsonObject,
  leaseTtl?: number,
): TxnOutcome {
  const current = etcd.kv[key];
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
    etcd: { revision, kv: { ...etcd.kv, [key]: entry } },
    succeeded: true,
    modRevision: revision,
    event: { key, type: 'PUT', prev: current ? current.value : null, value, modRevision: revision },
  };
}
