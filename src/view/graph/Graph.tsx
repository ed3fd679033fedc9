import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, ViewportPortal } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { preloadMotion } from '../../motion/Packet';
import { usePlayer } from '../../store/hooks';
import { ApiServerNode } from './ApiServerNode';
import { ComponentNode } from './ComponentNode';
import { FitOnResize } from './FitOnResize';
import { buildLayout } from './layout';
import { LinkEdge } from './LinkEdge';
import { NodeGroup } from './NodeGroup';
import { PacketLayer } from './PacketLayer';

// Module scope: React Flow re-mounts every node when these objects change identity.
const nodeTypes = { component: ComponentNode, apiserver: ApiServerNode, nodeGroup: NodeGroup };
const edgeTypes = { link: LinkEdge };

/** The control plane as a fixed graph; only nodes and links touched by a step re-render. */
export function Graph() {
  const scenario = usePlayer((s) => s.scenario);
  const layout = useMemo(() => buildLayout(scenario.cluster.nodes), [scenario]);
  // The box's size before React Flow mounts lets it compute the fitted view when its store is
  // created, so the first frame is already fitted and nothing re-renders to fit it.
  const box = useRef<HTMLElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (el) setSize({ width: el.clientWidth, height: el.clientHeight });
  }, []);
  // Fetch the animation code on the first interaction: it stays off the load's main thread, and
  // is ready before the step that interaction starts has a packet to move.
  useEffect(() => {
    const events = ['pointerdown', 'keydown'] as const;
    const stop = () => {
      for (const e of events) document.removeEventListener(e, once, true);
    };
    const once = () => {
      preloadMotion();
      stop();
    };
    for (const e of events) document.addEventListener(e, once, true);
    return stop;
  }, []);
  return (
    <section ref={box} aria-label="Control plane graph" className="kw-graph">
      {size ? (
        <ReactFlow
          key={scenario.id}
          width={size.width}
          height={size.height}
          defaultNodes={layout.nodes}
          defaultEdges={layout.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          fitView
          fitViewOptions={{ padding: 0.04 }}
          minZoom={0.2}
          maxZoom={2}
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
          <FitOnResize />
          <ViewportPortal>
            <PacketLayer boxes={layout.boxes} />
          </ViewportPortal>
        </ReactFlow>
      ) : null}
    </section>
  );
}
