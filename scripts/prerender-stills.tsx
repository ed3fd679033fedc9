// What the prerender draws for the lazily loaded animations: exactly what the browser shows until
// their code arrives (the Suspense fallbacks in src/motion), so hydration meets the same markup.
import type { ReactNode } from 'react';

export function AppearMotion({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className}>{children}</div>;
}

export function PacketMotion(): null {
  return null;
}
