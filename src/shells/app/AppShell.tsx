import { Suspense, lazy, useEffect } from 'react';
import { playerStore } from '../../store/hooks';
import { syncUrl } from '../../store/urlSync';
import { syncWindows } from '../../store/windowSync';
import { useUi } from '../../store/ui';
import { PanelBoundary } from '../../view/boundary/PanelBoundary';
import { GalleryButton } from '../../view/gallery/GalleryButton';
import { useT } from '../../store/lang';
import { CheckpointCard } from '../../view/checkpoint/CheckpointCard';
import { Controls } from '../../view/controls/Controls';
import { HelpButton } from '../../view/controls/HelpButton';
import { HelpDialog } from '../../view/controls/HelpDialog';
import { Notice } from '../../view/controls/Notice';
import { Pickers } from '../../view/controls/Pickers';
import { SpeakerLink } from '../../view/controls/SpeakerLink';
import { TeachBar } from '../../view/controls/TeachBar';
import { useKeyboard } from '../../view/controls/useKeyboard';
import { usePlayTimer } from '../../view/controls/usePlayTimer';
import { Graph } from '../../view/graph/Graph';
import { Inspector } from '../../view/inspector/Inspector';
import { EtcdTable } from '../../view/panels/EtcdTable';
import { KubectlOutput } from '../../view/panels/KubectlOutput';
import { Narration } from '../../view/panels/Narration';
import { Payload } from '../../view/panels/Payload';
import { StepList } from '../../view/panels/StepList';
import { WhatIfBar } from '../../view/whatif/WhatIfBar';
import { SwipeArea } from '../../view/touch/SwipeArea';
import { Committed } from './Committed';

// The transcript loads only when opened.
const Transcript = lazy(() => import('../../view/transcript/Transcript').then((m) => ({ default: m.Transcript })));

/** The full app: header with pickers, graph with controls, and the panels around it. `onGraph`: once the graph is in. */
export function AppShell({ onGraph }: { onGraph?: (() => void) | undefined }) {
  useKeyboard();
  usePlayTimer();
  const t = useT();
  const syncing = useUi((s) => s.syncing);
  const transcriptOpen = useUi((s) => s.transcriptOpen);
  useEffect(() => syncUrl(playerStore()), []);
  useEffect(() => playerStore().getState().setRoom(false), []);
  // Once a speaker view was opened from here, both windows follow each other.
  useEffect(() => (syncing ? syncWindows(playerStore(), false) : undefined), [syncing]);
  return (
    <div className="kw-app">
      <header className="kw-header">
        <h1 className="kw-brand">
          kubewalk <span className="kw-tagline">{t('app.tagline')}</span>
        </h1>
        <Pickers />
        <GalleryButton />
        <HelpButton />
      </header>
      <Notice />
      <SpeakerLink />
      <main className="kw-main">
        <div className="kw-area-graph">
          {/* A prerendered graph hydrates in a pass of its own, after the rest of the page (React
              does so with a Suspense boundary's content): React Flow's first effects are most of
              hydration's work, and in one task with the rest's they made one long task. Should
              the graph fail, its panel says so and onGraph still comes. */}
          <Suspense fallback={null}>
            <PanelBoundary name="panel.graph">
              <Graph />
            </PanelBoundary>
            <Committed onCommit={onGraph} />
          </Suspense>
        </div>
        <div className="kw-area-controls">
          <PanelBoundary name="panel.controls">
            <Controls />
          </PanelBoundary>
          <TeachBar />
        </div>
        <SwipeArea className="kw-area-narration">
          <CheckpointCard />
          <WhatIfBar />
          <PanelBoundary name="narration.region">
            <Narration />
          </PanelBoundary>
        </SwipeArea>
        <div className="kw-area-payload">
          <PanelBoundary name="panel.payload">
            <Inspector payload={<Payload />} />
          </PanelBoundary>
        </div>
        <div className="kw-area-etcd">
          <PanelBoundary name="panel.etcd">
            <EtcdTable />
          </PanelBoundary>
        </div>
        <div className="kw-area-kubectl">
          <PanelBoundary name="panel.kubectl">
            <KubectlOutput />
          </PanelBoundary>
        </div>
        <div className="kw-area-steps">
          <PanelBoundary name="panel.steps">
            <StepList />
          </PanelBoundary>
        </div>
      </main>
      <HelpDialog />
      {transcriptOpen ? (
        <Suspense fallback={null}>
          <Transcript />
        </Suspense>
      ) : null}
    </div>
  );
}
