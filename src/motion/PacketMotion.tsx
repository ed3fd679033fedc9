// The animated packet. This module (and motion itself) is loaded lazily by Packet.tsx.
import { LazyMotion, m, useReducedMotion } from 'motion/react';
import type { PacketProps } from './Packet';

// Start fetching the features as soon as this module runs, not when the first packet mounts.
const features = import('./features').then((mod) => mod.features);
const loadFeatures = () => features;

const at = (p: { x: number; y: number }) => `translate(${p.x}px, ${p.y}px)`;

/**
 * Travels from `from` to `to` (flow coordinates); remount it (key) for each step. With reduced
 * motion it sits at the link's midpoint at once: the label without the travel.
 */
export function PacketMotion({ from, to, label, seconds }: PacketProps) {
  const reduce = useReducedMotion() ?? false;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const start = reduce ? mid : from;
  const end = reduce ? mid : to;
  return (
    <LazyMotion features={loadFeatures} strict>
      <m.div
        className="kw-packet"
        data-testid="packet"
        aria-hidden="true"
        // One transform string, not x and y: the browser runs it (Web Animations) off the main
        // thread, so a travelling packet costs no script, style or paint per frame while the next
        // key press is handled.
        initial={{ transform: at(start), opacity: reduce ? 1 : 0 }}
        animate={{ transform: at(end), opacity: 1 }}
        transition={reduce ? { duration: 0 } : { duration: seconds, ease: 'easeInOut' }}
      >
        <span className="kw-packet-dot" />
        {label ? <span className="kw-packet-label">{label}</span> : null}
      </m.div>
    </LazyMotion>
  );
}
