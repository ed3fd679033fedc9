import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonValue } from '../types';
import { sameJson, sortKeys } from './status-diff';

// sameJson's definition: both sides encode to the same JSON once keys are sorted.
const byJson = (a: JsonValue, b: JsonValue): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

describe('sameJson', () => {
  it('agrees with comparing the key-sorted JSON', () => {
    const value = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
    fc.assert(fc.property(value, value, (a, b) => sameJson(a, b) === byJson(a, b)), { seed: 7, numRuns: 500 });
    // Equal values built in another key order, and near misses.
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse()) as JsonValue;
        return sameJson(o as JsonValue, reversed) && byJson(o as JsonValue, reversed);
      }),
      { seed: 7 },
    );
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson(undefined, null)).toBe(true);
  });
});
