import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

const PADDING = 0.04;

/** Refits the fixed layout whenever the graph's box changes size (rotation, window resize). */
export function FitOnResize() {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (width > 0 && height > 0) void fitView({ padding: PADDING });
  }, [width, height, fitView]);
  return null;
}
