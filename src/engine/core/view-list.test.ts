import { describe, expect, it } from 'vitest';
import type { EtcdEntry } from './state';
import { build, builtList, withChange, type ListVersion } from './view-list';

const entry = (n: number): EtcdEntry => ({ value: { n }, createRevision: n, modRevision: n, version: 1 });
const itemOf = (key: string, e: EtcdEntry): string => `${key}@${e.modRevision}`;

describe('view-list', () => {
  it('builds every version as the list a sorted map would hold, from any ancestor', () => {
    // A deterministic walk of inserts, replaces and deletes over 40 keys, 3000 writes (past a checkpoint).
    const model = new Map<string, string>();
    let v: ListVersion<string> = builtList([], []);
    const versions: { v: ListVersion<string>; expected: string[] }[] = [];
    let x = 7;
    for (let n = 1; n <= 3000; n++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const key = `/k/${String(x % 40).padStart(2, '0')}`;
      const del = x % 5 === 0;
      if (del) model.delete(key);
      else model.set(key, itemOf(key, entry(n)));
      v = withChange(v, key, del ? null : entry(n), itemOf);
      if (n % 97 === 0 || n > 2990) versions.push({ v, expected: [...model.keys()].sort().map((k) => model.get(k) as string) });
    }
    for (const { v: version, expected } of versions.reverse()) expect(build(version, itemOf).items).toEqual(expected);
  });

  it('gives versions without a change of their own the same array', () => {
    const base = withChange(builtList(['/a'], ['a']), '/b', entry(2), itemOf);
    expect(build(base, itemOf)).toBe(build(base, itemOf));
  });
});
