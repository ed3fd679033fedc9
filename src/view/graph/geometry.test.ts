import { describe, expect, it } from 'vitest';
import { linkBetween } from './geometry';

describe('linkBetween', () => {
  it('draws a vertical link between boxes stacked with horizontal overlap', () => {
    const seg = linkBetween({ x: 0, y: 0, w: 100, h: 50 }, { x: 50, y: 100, w: 200, h: 50 });
    expect(seg).toEqual({ from: { x: 75, y: 50 }, to: { x: 75, y: 100 } });
  });

  it('draws upwards when the first box is below', () => {
    const seg = linkBetween({ x: 50, y: 100, w: 200, h: 50 }, { x: 0, y: 0, w: 100, h: 50 });
    expect(seg).toEqual({ from: { x: 75, y: 100 }, to: { x: 75, y: 50 } });
  });

  it('draws a horizontal link between boxes side by side', () => {
    const seg = linkBetween({ x: 0, y: 0, w: 100, h: 40 }, { x: 150, y: 20, w: 100, h: 40 });
    expect(seg).toEqual({ from: { x: 100, y: 30 }, to: { x: 150, y: 30 } });
  });

  it('clips a diagonal link at both borders', () => {
    const seg = linkBetween({ x: 0, y: 0, w: 100, h: 100 }, { x: 200, y: 200, w: 100, h: 100 });
    expect(seg).toEqual({ from: { x: 100, y: 100 }, to: { x: 200, y: 200 } });
  });
});
