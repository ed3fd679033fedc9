import { useEffect, useLayoutEffect } from 'react';
import { useT } from '../../store/lang';
import { openSandbox } from '../../store/sandbox';
import { syncSandboxUrl } from '../../store/sandboxUrlSync';
import { Controls } from '../../view/controls/Controls';
import { HelpDialog } from '../../view/controls/HelpDialog';
import { useKeyboard } from '../../view/controls/useKeyboard';
import { usePlayTimer } from '../../view/controls/usePlayTimer';
import { Graph } from '../../view/graph/Graph';
import { PanelBoundary } from '../../view/boundary/PanelBoundary';
import { EtcdTable } from '../../view/panels/EtcdTable';
import { KubectlOutput } from '../../view/panels/KubectlOutput';
import { Narration } from '../../view/panels/Narration';
import { Payload } from '../../view/panels/Payload';
import { StepList } from '../../view/panels/StepList';
import { Console } from '../../view/sandbox/Console';
import { NodeEdits } from '../../view/sandbox/NodeEdits';
import { PolicyEdits } from '../../view/sandbox/PolicyEdits';
import { SandboxBar, SandboxNotice } from '../../view/sandbox/SandboxBar';
import '../../view/sandbox/sandbox.css';

/**
 * The sandbox: a console whose commands run through the engine, their steps played by the same
 * graph and panels as a scenario. The address bar is always the session's share link.
 */
export function SandboxShell() {
  const t = useT();
  useKeyboard();
  usePlayTimer();
  // Before the first paint, so the session (not the last scenario) is what shows.
  useLayoutEffect(() => openSandbox(globalThis.location.search), []);
  useEffect(() => syncSandboxUrl(), []);
  return (
    <div className="kw-app">
      <SandboxBar />
      <SandboxNotice />
      <main className="kw-main kw-sb-main">
        <div className="kw-area-graph">
          <PanelBoundary name="panel.graph">
            <Graph />
          </PanelBoundary>
        </div>
        <div className="kw-area-controls">
          <PanelBoundary name="panel.controls">
            <Controls />
          </PanelBoundary>
        </div>
        <div className="kw-area-narration">
          <PanelBoundary name="narration.region">
            <Narration />
          </PanelBoundary>
        </div>
        <div className="kw-sb-area-console">
          <Console />
          <PanelBoundary name="panel.kubectl">
            <KubectlOutput />
          </PanelBoundary>
        </div>
        <div className="kw-area-payload">
          <PanelBoundary name="panel.payload">
            <Payload />
          </PanelBoundary>
        </div>
        <div className="kw-area-etcd">
          <PanelBoundary name="panel.etcd">
            <EtcdTable />
          </PanelBoundary>
        </div>
        <div className="kw-area-steps">
          <PanelBoundary name="panel.steps">
            <StepList />
          </PanelBoundary>
        </div>
        <section className="kw-panel kw-sb-area-cluster" aria-label={t('sandbox.editor')}>
          <details>
            <summary>{t('sandbox.edit')}</summary>
            <NodeEdits />
            <PolicyEdits />
          </details>
        </section>
      </main>
      <HelpDialog />
    </div>
  );
}
