// A horizontal swipe, told apart from a vertical scroll or a tap: pure, so it is unit-tested.
export interface Point {
  x: number;
  y: number;
  /** ms */
  t: number;
}

const MIN_DISTANCE = 50;
const MAX_MS = 800;

/** 'next' for a swipe to the left (like turning a page), 'previous' to the right, else null. */
export function swipeDirection(start: Point, end: Point): 'next' | 'previous' | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (end.t - start.t > MAX_MS) return null;
  if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** True on touch screens: the graph then pans with a finger and pinches to zoom. */
export function coarsePointer(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}
