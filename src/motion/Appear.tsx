import type { ReactNode } from 'react';
import { Suspense, lazy } from 'react';

const AppearMotion = lazy(() => import('./AppearMotion').then((mod) => ({ default: mod.AppearMotion })));

/**
 * Grows its child in when it mounts (a new pod chip, a phase change). Until the animation code has
 * loaded, and with reduced motion, the child simply shows.
 */
export function Appear({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <Suspense fallback={<div className={className}>{children}</div>}>
      <AppearMotion className={className}>{children}</AppearMotion>
    </Suspense>
  );
}
