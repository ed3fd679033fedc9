import { Panel, useReactFlow } from '@xyflow/react';
import { FIT_PADDING } from './focus';

/** Zoom in, zoom out and fit: the keyboard's and the mouse's way around a big cluster. */
export function ZoomControls() {
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  return (
    <Panel position="bottom-left" className="kw-zoom" aria-label="Zoom">
      <button type="button" className="kw-btn kw-btn-small" aria-label="Zoom in" onClick={() => void zoomIn({ duration: 0 })}>
        +
      </button>
      <button type="button" className="kw-btn kw-btn-small" aria-label="Zoom out" onClick={() => void zoomOut({ duration: 0 })}>
        −
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => void fitView({ padding: FIT_PADDING, duration: 0 })}>
        Fit
      </button>
    </Panel>
  );
}
