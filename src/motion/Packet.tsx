import type { ComponentType } from 'react';
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
// If the chunk cannot load (offline after an update), the graph simply shows no packet.
const PacketMotion = lazy<ComponentType<PacketProps>>(() =>
  importPacket().then(
    (mod) => ({ default: mod.PacketMotion }),
    () => ({ default: NoPacket }),
  ),
);

function NoPacket() {
  return null;
}

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
