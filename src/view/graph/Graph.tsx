import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Viewport } from '@xyflow/react';
import { ReactFlow, ReactFlowProvider, ViewportPortal, getViewportForBounds, useStore, useStoreApi } from '@xyflow/react';
import { preloadMotion } from '../../motion/Packet';
import type { PlayerStore } from '../../store/player';
import { usePlayer, usePlayerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
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
import { coarsePointer } from '../touch/swipe';
import { ZoomControls } from './ZoomControls';
import { CssFrameHandover, SERVER_SIZE, forgetPrerenderedBox, frameStyle, framing, prerenderedBox } from './prerendered';

// Module scope: React Flow re-mounts every node when these objects change identity.
const nodeTypes = { component: ComponentNode, apiserver: ApiServerNode, nodeGroup: NodeGroup };
const edgeTypes = { link: LinkEdge };

interface Mount {
  width: number;
  height: number;
  /** Set when a narrow graph starts framed on the current step instead of fitted whole. */
  viewport?: Viewport;
  /** Rendered by the build, or hydrating its markup: CSS frames it until React Flow has. */
  prerendered?: true;
}

/**
 * The first render's flow: on the server at a fixed size; in the browser, when hydrating a
 * prerendered page, the same markup with the framing of the box measured before hydration (React
 * Flow applies the default viewport in an effect: it never shows in the markup). Otherwise none
 * until the box is measured.
 */
function firstMount(store: PlayerStore, layout: GraphLayout): Mount | null {
  if (layout.grid) return null;
  if (typeof document === 'undefined') return { ...SERVER_SIZE, prerendered: true };
  const box = prerenderedBox();
  if (!box) return null;
  const viewport = framing(layout, selectStep(store.getState()), box.width, box.height, MIN_ZOOM, MAX_ZOOM);
  return { ...SERVER_SIZE, viewport, prerendered: true };
}

function mountView(store: PlayerStore, width: number, height: number, layout: GraphLayout): Mount {
  const step = selectStep(store.getState());
  const focus = follows(width) && step ? focusBox(step, layout.boxes) : null;
  if (!focus) return { width, height };
  const bounds = { x: focus.x, y: focus.y, width: focus.w, height: focus.h };
  return { width, height, viewport: getViewportForBounds(bounds, width, height, MIN_ZOOM, FOCUS_MAX_ZOOM, FOCUS_PADDING) };
}

/**
 * While the camera moves, the viewport gets its own compositor layer (CSS, `data-moving`): a pan is
 * then a translation of pixels already drawn, not a repaint of every node. It is dropped after, so
 * text is drawn sharp again at the new zoom. Set on the element directly: no React render per move.
 */
function moving(el: HTMLElement | null, on: boolean): void {
  if (!el) return;
  if (on) el.dataset.moving = 'true';
  else delete el.dataset.moving;
}

const noSubscription = () => () => undefined;

/** Tells the graph once React Flow has applied its own viewport (as CssFrameHandover sees it). */
function OnFlowFramed({ done }: { done: (cssFramed: boolean) => void }): null {
  const ready = useStore((s) => s.panZoom !== null);
  useEffect(() => {
    if (ready) done(false);
  }, [ready, done]);
  return null;
}

/** React Flow's interaction settings for this read-only graph. */
const READ_ONLY = { nodesDraggable: false, nodesConnectable: false, nodesFocusable: false, edgesFocusable: false, elementsSelectable: false } as const;

/**
 * Puts READ_ONLY into React Flow's store before anything renders from it. React Flow applies
 * these props in an effect after mounting: the prerendered markup would show focusable,
 * selectable nodes, and the effect would render every node and link again, in one task, on
 * hydration. A hydrating render reads a store's initial state, not its current one; the store
 * is brand new here and nothing has read it, so its state object is still the initial one and
 * the settings are written into it in place.
 */
function ReadOnlyFlow(): null {
  const store = useStoreApi();
  useState(() => Object.assign(store.getState(), READ_ONLY));
  return null;
}

const MIN_ZOOM = 0.2;
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING };
const MAX_ZOOM = 2;
/** A grid of a hundred nodes fits only far out; the learner zooms in where it matters. */
const GRID_MIN_ZOOM = 0.05;

/** The control plane as a fixed graph; only nodes and links touched by a step re-render. */
export const Graph = memo(function Graph() {
  const t = useT();
  const store = usePlayerStore();
  const scenario = usePlayer((s) => s.scenario);
  const layout = useMemo(() => buildLayout(scenario.cluster.nodes), [scenario]);
  // The box's size before React Flow mounts lets it compute the fitted view when its store is
  // created, so the first frame is already fitted and nothing re-renders to fit it.
  const box = useRef<HTMLElement>(null);
  const [size, setSize] = useState<Mount | null>(() => firstMount(store, layout));
  const hydrated = useRef(size !== null);
  useLayoutEffect(() => {
    const el = box.current;
    // A hydrated flow is already framed for this box (firstMount), which is now used up.
    if (hydrated.current) {
      hydrated.current = false;
      forgetPrerenderedBox();
    } else if (el) setSize(mountView(store, el.clientWidth, el.clientHeight, layout));
  }, [store, layout]);
  // Touch panning is known only in the browser: the hydrating render must match the build's.
  const touch = useSyncExternalStore(noSubscription, coarsePointer, () => false);
  // The step frames the prerendered markup in CSS only until React Flow has its own viewport:
  // after that the graph itself re-renders on no step (nodes and links subscribe to what they show).
  const [cssFramed, setCssFramed] = useState(() => size?.prerendered === true);
  const step = usePlayer((s) => (cssFramed ? selectStep(s) : undefined));
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
  // A big cluster pans and zooms, and renders only what is in view; a small one stays fixed.
  const { grid } = layout;
  // One element per mount, kept across steps: a step re-renders only the nodes, links and layers
  // that subscribe to it, never React Flow itself.
  const minZoom = grid ? GRID_MIN_ZOOM : MIN_ZOOM;
  const fitView = size?.viewport === undefined && !size?.prerendered;
  const flow = useMemo(
    () =>
      size ? (
        <ReactFlowProvider
          key={scenario.id}
          initialNodes={layout.nodes}
          initialEdges={layout.edges}
          initialWidth={size.width}
          initialHeight={size.height}
          fitView={fitView}
          initialFitViewOptions={FIT_VIEW_OPTIONS}
          initialMinZoom={minZoom}
          initialMaxZoom={MAX_ZOOM}
        >
          <ReadOnlyFlow />
          <ReactFlow
            width={size.width}
            height={size.height}
            fitView={fitView}
            {...(size.viewport ? { defaultViewport: size.viewport } : {})}
            // Controlled (they never change): React Flow renders `nodes` on the server too, for the
            // prerendered frame; `defaultNodes` only in the browser.
            nodes={layout.nodes}
            edges={layout.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={minZoom}
            maxZoom={MAX_ZOOM}
            onlyRenderVisibleElements={grid}
            {...(grid ? { onMoveStart: () => moving(box.current, true), onMoveEnd: () => moving(box.current, false) } : {})}
            {...READ_ONLY}
            panOnDrag={grid || touch}
            zoomOnScroll={grid}
            zoomOnDoubleClick={false}
            preventScrolling={false}
          >
            {size.prerendered ? <CssFrameHandover box={box} /> : null}
            {size.prerendered ? <OnFlowFramed done={setCssFramed} /> : null}
            <Camera boxes={layout.boxes} />
            {grid ? <ZoomControls /> : null}
            <ViewportPortal>
              <PacketLayer boxes={layout.boxes} />
            </ViewportPortal>
          </ReactFlow>
        </ReactFlowProvider>
      ) : null,
    [size, scenario.id, layout, grid, touch, fitView, minZoom],
  );
  return (
    <section
      ref={box}
      aria-label={t('graph.region')}
      className="kw-graph"
      data-grid={grid ? 'true' : undefined}
      data-fit={size?.prerendered ? '' : undefined}
      style={size?.prerendered && cssFramed ? frameStyle(layout, step, MIN_ZOOM, MAX_ZOOM) : undefined}
    >
      {flow}
    </section>
  );
});
