import { describe, expect, it } from 'vitest';
import { compareAndPut, getEntry, keysWithPrefix, range } from './kv';
import type { EtcdState } from '../core/state';

const empty: EtcdState = { revision: 7, buckets: {}, lastKey: null };

describe('etcd store', () => {
  it('create is a compare-and-put on mod_revision 0 and raises the global revision by one', () => {
    const a = compareAndPut(empty, '/registry/pods/default/a', 0, { kind: 'Pod' });
    expect(a.succeeded).toBe(true);
    expect(a.etcd.revision).toBe(8);
    expect(getEntry(a.etcd, '/registry/pods/default/a')).toMatchObject({ createRevision: 8, modRevision: 8, version: 1 });
    const again = compareAndPut(a.etcd, '/registry/pods/default/a', 0, { kind: 'Pod' });
    expect(again.succeeded).toBe(false);
    expect(again.etcd).toBe(a.etcd);
    expect(again.modRevision).toBe(8);
  });

  it('update compares the last-read mod_revision; revisions are global, not per key', () => {
    const a = compareAndPut(empty, '/k/a', 0, { v: 1 });
    const b = compareAndPut(a.etcd, '/k/b', 0, { v: 1 });
    const stale = compareAndPut(b.etcd, '/k/a', 7, { v: 2 });
    expect(stale.succeeded).toBe(false);
    const ok = compareAndPut(b.etcd, '/k/a', 8, { v: 2 });
    expect(ok.succeeded).toBe(true);
    expect(getEntry(ok.etcd, '/k/a')).toMatchObject({ createRevision: 8, modRevision: 10, version: 2 });
    expect(ok.event).toMatchObject({ type: 'PUT', prev: { v: 1 }, value: { v: 2 }, modRevision: 10 });
  });

  it('writes share structure: other buckets and entries stay the same objects', () => {
    const a = compareAndPut(empty, '/registry/pods/default/a', 0, { v: 1 });
    const n = compareAndPut(a.etcd, '/registry/minions/n', 0, { v: 1 });
    const b = compareAndPut(n.etcd, '/registry/pods/default/b', 0, { v: 1 });
    expect(b.etcd.buckets.minions).toBe(n.etcd.buckets.minions);
    expect(getEntry(b.etcd, '/registry/pods/default/a')).toBe(getEntry(a.etcd, '/registry/pods/default/a'));
    expect(keysWithPrefix(b.etcd, '/registry/pods/')).toEqual(['/registry/pods/default/a', '/registry/pods/default/b']);
  });

  it('range reads one key or a sorted prefix', () => {
    let s = empty;
    for (const k of ['/r/pods/b', '/r/pods/a', '/r/podsx']) s = compareAndPut(s, k, 0, {}).etcd;
    expect(range(s, '/r/pods/', true).map((r) => r.key)).toEqual(['/r/pods/a', '/r/pods/b']);
    expect(range(s, '/r/pods/a', false)).toHaveLength(1);
    expect(range(s, '/r/none', false)).toHaveLength(0);
  });
});
