// The grow-in animation for new or changed chips; loaded lazily by Appear.tsx.
import type { ReactNode } from 'react';
import { LazyMotion, m, useReducedMotion } from 'motion/react';

const features = import('./features').then((mod) => mod.features);
const loadFeatures = () => features;

export function AppearMotion({ children, className }: { children: ReactNode; className?: string }) {
  const reduce = useReducedMotion() ?? false;
  return (
    <LazyMotion features={loadFeatures} strict>
      <m.div
        className={className}
        // A transform string, not `scale`: the browser runs it off the main thread.
        initial={reduce ? false : { opacity: 0, transform: 'scale(0.6)' }}
        animate={{ opacity: 1, transform: 'scale(1)' }}
        transition={{ duration: 0.35 }}
      >
        {children}
      </m.div>
    </LazyMotion>
  );
}
