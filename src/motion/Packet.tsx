import { memo } from 'react';
import { m, useReducedMotion } from 'motion/react';

export interface Point {
  x: number;
  y: number;
}

interface PacketProps {
  from: Point;
  to: Point;
  label: string | null;
  seconds: number;
}

/**
 * A labelled packet travelling from one point to another (flow coordinates). Remount it (key) for
 * each step. With reduced motion it sits at the midpoint at once: the label without the travel.
 */
export const Packet = memo(function Packet({ from, to, label, seconds }: PacketProps) {
  const reduce = useReducedMotion() ?? false;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const start = reduce ? mid : from;
  const end = reduce ? mid : to;
  return (
    <m.div
      className="kw-packet"
      data-testid="packet"
      aria-hidden="true"
      initial={{ x: start.x, y: start.y, opacity: reduce ? 1 : 0 }}
      animate={{ x: end.x, y: end.y, opacity: 1 }}
      transition={reduce ? { duration: 0 } : { duration: seconds, ease: 'easeInOut' }}
    >
      <span className="kw-packet-dot" />
      {label ? <span className="kw-packet-label">{label}</span> : null}
    </m.div>
  );
});
