// Straight links between boxes: vertical when the boxes overlap horizontally, horizontal when they
// overlap vertically, else centre to centre clipped at the borders.
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  from: Point;
  to: Point;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number | null {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return lo < hi ? (lo + hi) / 2 : null;
}

function centre(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/** Where the ray from the box's centre towards `p` leaves the box. */
function borderToward(b: Box, p: Point): Point {
  const c = centre(b);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

export function linkBetween(a: Box, b: Box): Segment {
  const x = overlap(a.x, a.x + a.w, b.x, b.x + b.w);
  if (x !== null) {
    const aAbove = a.y + a.h <= b.y;
    return aAbove
      ? { from: { x, y: a.y + a.h }, to: { x, y: b.y } }
      : { from: { x, y: a.y }, to: { x, y: b.y + b.h } };
  }
  const y = overlap(a.y, a.y + a.h, b.y, b.y + b.h);
  if (y !== null) {
    const aLeft = a.x + a.w <= b.x;
    return aLeft
      ? { from: { x: a.x + a.w, y }, to: { x: b.x, y } }
      : { from: { x: a.x, y }, to: { x: b.x + b.w, y } };
  }
  return { from: borderToward(a, centre(b)), to: borderToward(b, centre(a)) };
}
