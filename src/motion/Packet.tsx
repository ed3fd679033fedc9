import { Suspense, lazy, memo } from 'react';

export interface Point {
  x: number;
  y: number;
}

export interface PacketProps {
  from: Point;
  to: Point;
  label: string | null;
  seconds: number;
}

// motion loads after first paint: the graph is usable before any animation code arrives.
const importPacket = () => import('./PacketMotion');
const PacketMotion = lazy(() => importPacket().then((mod) => ({ default: mod.PacketMotion })));

/** Fetch the animation code once the page is idle, so the first packet does not wait for it. */
export function preloadMotion(): void {
  void importPacket();
  void import('./AppearMotion');
}

/** A labelled packet travelling along a link; nothing until the animation code has loaded. */
export const Packet = memo(function Packet(props: PacketProps) {
  return (
    <Suspense fallback={null}>
      <PacketMotion {...props} />
    </Suspense>
  );
});
