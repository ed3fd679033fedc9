import { Panel, useReactFlow } from '@xyflow/react';
import { useT } from '../../store/lang';
import { FIT_PADDING } from './focus';

/** Zoom in, zoom out and fit: the keyboard's and the mouse's way around a big cluster. */
export function ZoomControls() {
  const t = useT();
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  return (
    <Panel position="bottom-left" className="kw-zoom" aria-label={t('graph.zoom')}>
      <button type="button" className="kw-btn kw-btn-small" aria-label={t('graph.zoomIn')} onClick={() => void zoomIn({ duration: 0 })}>
        +
      </button>
      <button type="button" className="kw-btn kw-btn-small" aria-label={t('graph.zoomOut')} onClick={() => void zoomOut({ duration: 0 })}>
        −
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => void fitView({ padding: FIT_PADDING, duration: 0 })}>
        {t('graph.fit')}
      </button>
    </Panel>
  );
}
