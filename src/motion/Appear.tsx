import type { ComponentType, ReactNode } from 'react';
import { Suspense, lazy } from 'react';

// If the chunk cannot load, chips appear without animation rather than breaking the page.
const AppearMotion = lazy<ComponentType<AppearProps>>(() =>
  import('./AppearMotion').then(
    (mod) => ({ default: mod.AppearMotion }),
    () => ({ default: Still }),
  ),
);

interface AppearProps {
  children: ReactNode;
  className?: string;
}

function Still({ children, className }: AppearProps) {
  return <div className={className}>{children}</div>;
}

/**
 * Grows its child in when it mounts (a new pod chip, a phase change). Until the animation code has
 * loaded, and with reduced motion, the child simply shows.
 */
export function Appear({ children, className }: AppearProps) {
  return (
    <Suspense fallback={<div className={className}>{children}</div>}>
      <AppearMotion className={className}>{children}</AppearMotion>
    </Suspense>
  );
}
