import type { ControlsMode } from '../../embed/options';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { Controls } from '../../view/controls/Controls';
import { usePlayTimer } from '../../view/controls/usePlayTimer';
import { Graph } from '../../view/graph/Graph';
import { PanelBoundary } from '../../view/boundary/PanelBoundary';
import { Narration } from '../../view/panels/Narration';
import { EmbedToolbar } from './EmbedToolbar';

interface Props {
  root: HTMLElement;
  controls: ControlsMode;
  appUrl: string | null;
  /** The embed page's own h1 (a web component inside a host page leaves headings to the page). */
  heading: boolean;
}

/** The embedded walkthrough: graph, playback controls (full, compact or none), narration. */
export function EmbedShell({ root, controls, appUrl, heading }: Props) {
  usePlayTimer();
  const t = useT();
  const title = usePlayer((s) => s.scenario.title);
  return (
    <div className="kw-embed-player">
      {heading ? <h1 className="sr-only">{t('embed.heading', { title })}</h1> : null}
      <div className="kw-embed-graph">
        <PanelBoundary name="panel.graph">
          <Graph />
        </PanelBoundary>
      </div>
      {controls === 'none' ? null : <Controls />}
      {controls === 'full' ? <EmbedToolbar root={root} appUrl={appUrl} /> : null}
      <PanelBoundary name="narration.region">
        <Narration />
      </PanelBoundary>
    </div>
  );
}
