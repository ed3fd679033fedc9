import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useDispatch } from '../../store/hooks';
import type { Point } from './swipe';
import { swipeDirection } from './swipe';

/**
 * Swipe left or right to step (touch and pen only; a mouse selects text). `touch-action: pan-y`
 * leaves vertical scrolling to the browser and gives us the horizontal moves. The graph is not
 * inside: there a finger pans, as in any map.
 */
export function SwipeArea({ className, children }: { className: string; children: ReactNode }) {
  const dispatch = useDispatch();
  const start = useRef<Point | null>(null);
  return (
    <div
      className={`${className} kw-swipe`}
      onPointerDown={(e) => {
        start.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, t: e.timeStamp };
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
      onPointerUp={(e) => {
        const from = start.current;
        start.current = null;
        if (!from) return;
        const direction = swipeDirection(from, { x: e.clientX, y: e.clientY, t: e.timeStamp });
        if (direction) dispatch({ type: direction });
      }}
    >
      {children}
    </div>
  );
}
