import { describe, expect, it } from 'vitest';
import { positionOf } from './selectors';

describe('positionOf', () => {
  const visible = [0, 3, 4, 9, 15, 16, 40];
  it('finds every listed index where indexOf does', () => {
    for (let i = -1; i <= 41; i++) expect(positionOf(visible, i)).toBe(visible.indexOf(i));
  });
  it('answers -1 on an empty list', () => {
    expect(positionOf([], 0)).toBe(-1);
  });
});
