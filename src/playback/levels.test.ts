import { describe, expect, it } from 'vitest';
import { isVisibleAt, nearestVisible, visibleIndices } from './levels';

describe('levels', () => {
  it('nests overview inside standard inside deep', () => {
    expect(isVisibleAt('overview', 'overview')).toBe(true);
    expect(isVisibleAt('standard', 'overview')).toBe(false);
    expect(isVisibleAt('standard', 'deep')).toBe(true);
    expect(isVisibleAt('deep', 'standard')).toBe(false);
  });

  it('lists visible indices in order', () => {
    const steps = [{ level: 'deep' }, { level: 'overview' }, { level: 'standard' }] as const;
    expect(visibleIndices(steps, 'overview')).toEqual([1]);
    expect(visibleIndices(steps, 'standard')).toEqual([1, 2]);
    expect(visibleIndices(steps, 'deep')).toEqual([0, 1, 2]);
  });

  it('finds the nearest visible step at or before the cursor', () => {
    expect(nearestVisible([2, 5, 9], 5)).toBe(5);
    expect(nearestVisible([2, 5, 9], 7)).toBe(5);
    expect(nearestVisible([2, 5, 9], 1)).toBe(2);
    expect(nearestVisible([], 4)).toBe(0);
  });
});
