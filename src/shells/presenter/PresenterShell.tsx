import { useEffect } from 'react';
import { playerStore } from '../../store/hooks';
import { syncUrl } from '../../store/urlSync';
import { syncWindows } from '../../store/windowSync';
import { CheckpointCard } from '../../view/checkpoint/CheckpointCard';
import { Controls } from '../../view/controls/Controls';
import { HelpDialog } from '../../view/controls/HelpDialog';
import { SpeakerLink } from '../../view/controls/SpeakerLink';
import { useKeyboard } from '../../view/controls/useKeyboard';
import { usePlayTimer } from '../../view/controls/usePlayTimer';
import { Graph } from '../../view/graph/Graph';
import { PanelBoundary } from '../../view/boundary/PanelBoundary';
import { Narration } from '../../view/panels/Narration';
import { Blackout } from '../../view/presenter/Blackout';
import { GoToStatus } from '../../view/presenter/GoToStatus';
import { OverviewDialog } from '../../view/presenter/OverviewDialog';
import { PresenterBar } from '../../view/presenter/PresenterBar';
import { useIdleCursor } from '../../view/presenter/useIdleCursor';
import '../../view/styles/presenter.css';

/** Presenter mode: graph and large narration on one projector screen, clicker keys, black screen. */
export function PresenterShell() {
  useKeyboard(true);
  usePlayTimer();
  const idle = useIdleCursor();
  useEffect(() => syncUrl(playerStore()), []);
  useEffect(() => {
    playerStore().getState().setRoom(true);
    return syncWindows(playerStore(), false);
  }, []);
  return (
    <div className="kw-present" data-idle={idle || undefined}>
      <PresenterBar />
      <SpeakerLink />
      <main className="kw-present-main">
        <div className="kw-present-graph">
          <PanelBoundary name="panel.graph">
            <Graph />
          </PanelBoundary>
        </div>
        <div className="kw-present-side">
          <PanelBoundary name="narration.region">
            <Narration />
          </PanelBoundary>
        </div>
        <div className="kw-present-controls">
          <Controls />
          <GoToStatus />
        </div>
        <CheckpointCard />
      </main>
      <OverviewDialog />
      <HelpDialog presenter />
      <Blackout />
    </div>
  );
}
