import type { CSSProperties, ReactNode } from 'react';
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ReactFlow } from '@xyflow/react';
import { usePlayer } from '../../store/hooks';
import { selectStep } from '../../store/selectors';
import { FIT_PADDING, FOCUS_MAX_ZOOM, FOCUS_PADDING, focusBox } from './focus';
import type { Box } from './geometry';
import type { GraphLayout } from './layout';
import './static-flow.css';

/** The bounding box React Flow's fitView frames: every top-level node. */
export function layoutBounds(layout: GraphLayout): Box {
  const tops = layout.nodes.filter((n) => !n.parentId);
  const x = Math.min(...tops.map((n) => n.position.x));
  const y = Math.min(...tops.map((n) => n.position.y));
  const right = Math.max(...tops.map((n) => n.position.x + (n.width ?? 0)));
  const bottom = Math.max(...tops.map((n) => n.position.y + (n.height ?? 0)));
  return { x, y, w: right - x, h: bottom - y };
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

/**
 * The graph before its box is measured: the prerendered frame (build time, no size known) and the
 * first browser render that hydrates it. The flow is drawn at zoom 1 and framed by CSS container
 * units exactly as Graph frames it once measured (fitView, or the step's focus on narrow boxes),
 * so the measured graph replaces it without a visible jump.
 */
export function StaticFlow({ layout, nodeTypes, edgeTypes, minZoom, children }: {
  layout: GraphLayout;
  nodeTypes: NodeTypes;
  edgeTypes: EdgeTypes;
  minZoom: number;
  children?: ReactNode;
}) {
  const step = usePlayer(selectStep);
  const all = layoutBounds(layout);
  const focus = (step && focusBox(step, layout.boxes)) ?? all;
  const style = {
    ...frameVars('fit', all, FIT_PADDING, 2),
    ...frameVars('focus', focus, focus === all ? FIT_PADDING : FOCUS_PADDING, focus === all ? 2 : FOCUS_MAX_ZOOM),
    '--kw-min': minZoom,
    '--kw-x0': all.x,
    '--kw-y0': all.y,
  } as CSSProperties;
  return (
    <ReactFlow
      className="kw-static-flow"
      style={style}
      width={all.w}
      height={all.h}
      defaultViewport={{ x: -all.x, y: -all.y, zoom: 1 }}
      // Controlled: React Flow renders defaultNodes only in the browser, nodes on the server too.
      nodes={layout.nodes}
      edges={layout.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      panOnDrag={false}
      zoomOnScroll={false}
      zoomOnDoubleClick={false}
      preventScrolling={false}
    >
      {children}
    </ReactFlow>
  );
}
