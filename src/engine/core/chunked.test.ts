import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkedOf, flatten, removeChunked, upsertChunked, withPrefix, type Chunked } from './chunked';

const id = (k: string): string => k;

describe('chunked sorted list', () => {
  it('behaves like a sorted array under random upserts and removes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.stringMatching(/^[a-d]{1,4}$/)), { maxLength: 600 }), (ops) => {
        let list: Chunked<string> = chunkedOf([]);
        const model = new Set<string>();
        for (const [add, key] of ops) {
          if (add) {
            list = upsertChunked(list, key, id, key);
            model.add(key);
          } else {
            list = removeChunked(list, id, key);
            model.delete(key);
          }
        }
        const sorted = [...model].sort();
        expect(flatten(list)).toEqual(sorted);
        for (const prefix of ['', 'a', 'ab', 'dd', 'c']) expect(withPrefix(list, id, prefix)).toEqual(sorted.filter((k) => k.startsWith(prefix)));
        expect(list.every((chunk) => chunk.length > 0 && chunk.length <= 128)).toBe(true);
      }),
      { numRuns: 60, seed: 4174 },
    );
  });

  it('an upsert copies one chunk and shares the others', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `k${String(i).padStart(4, '0')}`);
    const list = chunkedOf(keys);
    const next = upsertChunked(list, 'k0250x', id, 'k0250x');
    expect(next.filter((c, i) => c !== list[i]).length).toBe(1);
    expect(flatten(next)).toEqual([...keys.slice(0, 251), 'k0250x', ...keys.slice(251)]);
  });
});
