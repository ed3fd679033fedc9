import { describe, expect, it } from 'vitest';
import { swipeDirection } from './swipe';

const at = (x: number, y: number, t = 0) => ({ x, y, t });

describe('swipeDirection', () => {
  it('a quick horizontal swipe steps: left is next, right is previous', () => {
    expect(swipeDirection(at(300, 100), at(120, 110, 200))).toBe('next');
    expect(swipeDirection(at(50, 100), at(260, 80, 300))).toBe('previous');
  });

  it('a tap, a short nudge, a vertical scroll or a slow drag does not', () => {
    expect(swipeDirection(at(100, 100), at(102, 101, 80))).toBeNull();
    expect(swipeDirection(at(100, 100), at(60, 100, 100))).toBeNull();
    expect(swipeDirection(at(100, 100), at(40, 300, 200))).toBeNull();
    expect(swipeDirection(at(300, 100), at(100, 100, 1500))).toBeNull();
  });
});
