import type { ComponentType } from 'react';
import { memo, useEffect, useState } from 'react';

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

function NoPacket() {
  return null;
}

// motion loads after first paint: the graph is usable before any animation code arrives.
// Not React.lazy: a boundary that showed its fallback reveals the loaded packet only after React's
// Suspense throttle (300 ms), long enough to lose a third of a trip. A plain module slot renders it
// in the same frame once loaded, and on the next render after it arrives otherwise.
let loaded: ComponentType<PacketProps> | null = null;
let loading: Promise<ComponentType<PacketProps>> | null = null;

function loadPacket(): Promise<ComponentType<PacketProps>> {
  loading ??= import('./PacketMotion').then(
    (mod) => (loaded = mod.PacketMotion),
    // If the chunk cannot load (offline after an update), the graph simply shows no packet.
    () => (loaded = NoPacket),
  );
  return loading;
}

/** Fetch the animation code ahead of the first packet (Graph calls it on the first interaction). */
export function preloadMotion(): void {
  void loadPacket();
  void import('./AppearMotion');
}

/** A labelled packet travelling along a link; nothing until the animation code has loaded. */
export const Packet = memo(function Packet(props: PacketProps) {
  const [Motion, setMotion] = useState<ComponentType<PacketProps> | null>(() => loaded);
  useEffect(() => {
    if (Motion) return;
    let mounted = true;
    void loadPacket().then((component) => {
      if (mounted) setMotion(() => component);
    });
    return () => {
      mounted = false;
    };
  }, [Motion]);
  return Motion ? <Motion {...props} /> : null;
});
