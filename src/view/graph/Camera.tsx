import { useEffect, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStore } from '@xyflow/react';
import type { ComponentId } from '../../engine/types';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { FIT_PADDING, FOCUS_MAX_ZOOM, FOCUS_PADDING, follows, focusBox } from './focus';
import type { Box } from './geometry';

function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Wide graphs show the whole fixed layout and refit when resized. Narrow ones (phones) frame
 * what the current step touches, so the words in the boxes stay readable.
 */
export function Camera({ boxes }: { boxes: Partial<Record<ComponentId, Box>> }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // React Flow's pan/zoom is set up in an effect of its own; until then the camera cannot move.
  const ready = useStore((s) => s.panZoom !== null);
  const minZoom = useStore((s) => s.minZoom);
  const { fitView, setViewport } = useReactFlow();
  // What it frames as one string: the camera re-renders only when that changes, not on every step
  // (a wide graph frames nothing). Primitives as dependencies: it moves only when the frame does.
  const framed = usePlayer((s) => {
    const step = follows(width) ? selectStep(s) : undefined;
    const focus = step ? focusBox(step, boxes) : null;
    return focus ? `${focus.x} ${focus.y} ${focus.w} ${focus.h}` : '';
  });
  const [fx, fy, fw, fh] = framed ? framed.split(' ').map(Number) : [];
  const settled = useRef(false);
  useEffect(() => {
    if (!ready || width <= 0 || height <= 0) return;
    // React Flow mounts already fitted (or framed, see Graph): the first move would be a no-op
    // that still re-renders the viewport during load.
    if (!settled.current) {
      settled.current = true;
      return;
    }
    if (fx === undefined || fy === undefined || fw === undefined || fh === undefined) {
      void fitView({ padding: FIT_PADDING });
      return;
    }
    const duration = reducedMotion() ? 0 : 350;
    const bounds = { x: fx, y: fy, width: fw, height: fh };
    const viewport = getViewportForBounds(bounds, width, height, minZoom, FOCUS_MAX_ZOOM, FOCUS_PADDING);
    void setViewport(viewport, { duration });
  }, [ready, width, height, minZoom, fx, fy, fw, fh, fitView, setViewport]);
  return null;
}
