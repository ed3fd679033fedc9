import type { ControlsMode } from '../../embed/options';
import { Controls } from '../../view/controls/Controls';
import { usePlayTimer } from '../../view/controls/usePlayTimer';
import { Graph } from '../../view/graph/Graph';
import { Narration } from '../../view/panels/Narration';
import { EmbedToolbar } from './EmbedToolbar';

interface Props {
  root: HTMLElement;
  controls: ControlsMode;
  appUrl: string | null;
}

/** The embedded walkthrough: graph, playback controls (full, compact or none), narration. */
export function EmbedShell({ root, controls, appUrl }: Props) {
  usePlayTimer();
  return (
    <div className="kw-embed-player">
      <div className="kw-embed-graph">
        <Graph />
      </div>
      {controls === 'none' ? null : <Controls />}
      {controls === 'full' ? <EmbedToolbar root={root} appUrl={appUrl} /> : null}
      <Narration />
    </div>
  );
}
