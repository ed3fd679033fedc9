import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Viewport } from '@xyflow/react';
import { ReactFlow, ViewportPortal, getViewportForBounds } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { preloadMotion } from '../../motion/Packet';
import { playerStore, usePlayer } from '../../store/hooks';
import { selectStep } from '../../store/selectors';
import { ApiServerNode } from './ApiServerNode';
import { Camera } from './Camera';
import { ComponentNode } from './ComponentNode';
import { FIT_PADDING, FOCUS_MAX_ZOOM, FOCUS_PADDING, focusBox, follows } from './focus';
import type { GraphLayout } from './layout';
import { buildLayout } from './layout';
import { LinkEdge } from './LinkEdge';
import { NodeGroup } from './NodeGroup';
import { PacketLayer } from './PacketLayer';
import { StaticFlow } from './StaticFlow';

// Module scope: React Flow re-mounts every node when these objects change identity.
const nodeTypes = { component: ComponentNode, apiserver: ApiServerNode, nodeGroup: NodeGroup };
const edgeTypes = { link: LinkEdge };

interface Mount {
  width: number;
  height: number;
  /** Set when a narrow graph starts framed on the current step instead of fitted whole. */
  viewport?: Viewport;
}

function mountView(width: number, height: number, layout: GraphLayout): Mount {
  const step = selectStep(playerStore().getState());
  const focus = follows(width) && step ? focusBox(step, layout.boxes) : null;
  if (!focus) return { width, height };
  const bounds = { x: focus.x, y: focus.y, width: focus.w, height: focus.h };
  return { width, height, viewport: getViewportForBounds(bounds, width, height, MIN_ZOOM, FOCUS_MAX_ZOOM, FOCUS_PADDING) };
}

const MIN_ZOOM = 0.2;
const MAX_ZOOM = 2;

/** The control plane as a fixed graph; only nodes and links touched by a step re-render. */
export function Graph() {
  const scenario = usePlayer((s) => s.scenario);
  const layout = useMemo(() => buildLayout(scenario.cluster.nodes), [scenario]);
  // The box's size before React Flow mounts lets it compute the fitted view when its store is
  // created, so the first frame is already fitted and nothing re-renders to fit it.
  const box = useRef<HTMLElement>(null);
  const [size, setSize] = useState<Mount | null>(null);
  // Until the first interaction the graph is StaticFlow, framed by CSS (it follows steps and
  // resizes by itself): the page loads without mounting React Flow twice. The measured flow then
  // replaces it in a transition; it looks the same, so nothing jumps.
  const [live, setLive] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (live && el) startTransition(() => setSize(mountView(el.clientWidth, el.clientHeight, layout)));
  }, [layout, live]);
  // Fetch the animation code on the first interaction: it stays off the load's main thread, and
  // is ready before the step that interaction starts has a packet to move.
  useEffect(() => {
    const events = ['pointerdown', 'keydown'] as const;
    const stop = () => {
      for (const e of events) document.removeEventListener(e, once, true);
    };
    const once = () => {
      preloadMotion();
      setLive(true);
      stop();
    };
    for (const e of events) document.addEventListener(e, once, true);
    return stop;
  }, []);
  return (
    <section ref={box} aria-label="Control plane graph" className="kw-graph" data-static={size ? undefined : ''}>
      {size ? (
        <ReactFlow
          key={scenario.id}
          width={size.width}
          height={size.height}
          fitView={size.viewport === undefined}
          {...(size.viewport ? { defaultViewport: size.viewport } : {})}
          defaultNodes={layout.nodes}
          defaultEdges={layout.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          fitViewOptions={{ padding: FIT_PADDING }}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
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
          <Camera boxes={layout.boxes} />
          <ViewportPortal>
            <PacketLayer boxes={layout.boxes} />
          </ViewportPortal>
        </ReactFlow>
      ) : (
        // Prerendered frame and hydration: framed by CSS until the box is measured.
        <StaticFlow layout={layout} nodeTypes={nodeTypes} edgeTypes={edgeTypes} minZoom={MIN_ZOOM}>
          <ViewportPortal>
            <PacketLayer boxes={layout.boxes} />
          </ViewportPortal>
        </StaticFlow>
      )}
    </section>
  );
}
