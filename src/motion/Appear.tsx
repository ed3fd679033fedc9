import type { ReactNode } from 'react';
import { m, useReducedMotion } from 'motion/react';

/** Fades and grows its child in when it mounts (a new pod chip); instant with reduced motion. */
export function Appear({ children, className }: { children: ReactNode; className?: string }) {
  const reduce = useReducedMotion() ?? false;
  return (
    <m.div
      className={className}
      initial={reduce ? false : { opacity: 0, scale: 0.6 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ duration: 0.35 }}
    >
      {children}
    </m.div>
  );
}
