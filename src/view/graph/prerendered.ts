// The graph in a prerendered page. The build renders React Flow at a fixed size (the server has
// no box to measure); CSS frames that markup to the real box until the browser's React Flow has
// taken the same framing (prerendered.css), so the first paint, hydration and the live graph all
// show one picture.
import type { CSSProperties, RefObject } from 'react';
import { useLayoutEffect } from 'react';
import type { Viewport } from '@xyflow/react';
import { getViewportForBounds, useStore } from '@xyflow/react';
import type { Step } from '../../catalog/types';
import { FIT_PADDING, FOCUS_MAX_ZOOM, FOCUS_PADDING, focusBox, follows } from './focus';
import type { Box } from './geometry';
import type { GraphLayout } from './layout';

/** The size the build renders the flow at. */
export const SERVER_SIZE = { width: 960, height: 540 } as const;

let measured: { width: number; height: number } | null = null;

/** src/boot.tsx measures the prerendered graph's box before hydrating. */
export function notePrerenderedBox(box: { width: number; height: number } | null): void {
  measured = box;
}

/**
 * The measured box, for the hydrating render. React may throw that render away and redo it (input
 * during hydration makes it finish at once, from the top): every attempt must see the same box, or
 * the redone one renders no flow and the markup no longer matches. So reading leaves it in place.
 */
export function prerenderedBox(): { width: number; height: number } | null {
  return measured;
}

/** Once the hydrated graph has committed: graphs mounted later measure their own box. */
export function forgetPrerenderedBox(): void {
  measured = null;
}

/** The bounding box React Flow's fitView frames: every top-level node. */
export function layoutBounds(layout: GraphLayout): Box {
  const tops = layout.nodes.filter((n) => !n.parentId);
  const x = Math.min(...tops.map((n) => n.position.x));
  const y = Math.min(...tops.map((n) => n.position.y));
  const right = Math.max(...tops.map((n) => n.position.x + (n.width ?? 0)));
  const bottom = Math.max(...tops.map((n) => n.position.y + (n.height ?? 0)));
  return { x, y, w: right - x, h: bottom - y };
}

/** What the live graph frames in a box of this size: all of it, or the step on narrow boxes. */
export function framing(layout: GraphLayout, step: Step | undefined, width: number, height: number, minZoom: number, maxZoom: number): Viewport {
  const focus = follows(width) && step ? focusBox(step, layout.boxes) : null;
  const box = focus ?? layoutBounds(layout);
  const bounds = { x: box.x, y: box.y, width: box.w, height: box.h };
  return focus
    ? getViewportForBounds(bounds, width, height, minZoom, FOCUS_MAX_ZOOM, FOCUS_PADDING)
    : getViewportForBounds(bounds, width, height, minZoom, maxZoom, FIT_PADDING);
}

function frameVars(prefix: string, box: Box, padding: number, maxZoom: number): Record<string, number> {
  return {
    [`--kw-${prefix}-cx`]: box.x + box.w / 2,
    [`--kw-${prefix}-cy`]: box.y + box.h / 2,
    [`--kw-${prefix}-w`]: box.w,
    [`--kw-${prefix}-h`]: box.h,
    [`--kw-${prefix}-pad`]: padding,
    [`--kw-${prefix}-max`]: maxZoom,
  };
}

/** The CSS variables prerendered.css frames the flow with, before the browser's flow does. */
export function frameStyle(layout: GraphLayout, step: Step | undefined, minZoom: number, maxZoom: number): CSSProperties {
  const all = layoutBounds(layout);
  const focus = (step && focusBox(step, layout.boxes)) ?? null;
  return {
    ...frameVars('fit', all, FIT_PADDING, maxZoom),
    ...(focus ? frameVars('focus', focus, FOCUS_PADDING, FOCUS_MAX_ZOOM) : frameVars('focus', all, FIT_PADDING, maxZoom)),
    '--kw-min': minZoom,
  } as CSSProperties;
}

/**
 * Inside the flow: drops the CSS framing (`data-fit`) in the very commit in which React Flow first
 * applies its own viewport (it does so with its pan/zoom, in an effect), so no frame shows
 * neither. Set on the element directly, like Graph's `data-moving`: React renders nothing for it.
 */
export function CssFrameHandover({ box }: { box: RefObject<HTMLElement | null> }): null {
  const ready = useStore((s) => s.panZoom !== null);
  useLayoutEffect(() => {
    if (ready) box.current?.removeAttribute('data-fit');
  }, [ready, box]);
  return null;
}
