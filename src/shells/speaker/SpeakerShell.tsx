import { useEffect } from 'react';
import { playerStore, usePlayer } from '../../store/hooks';
import { syncUrl } from '../../store/urlSync';
import { syncWindows } from '../../store/windowSync';
import { useT } from '../../store/lang';
import { CheckpointCard } from '../../view/checkpoint/CheckpointCard';
import { Controls } from '../../view/controls/Controls';
import { HelpDialog } from '../../view/controls/HelpDialog';
import { useKeyboard } from '../../view/controls/useKeyboard';
import { Narration } from '../../view/panels/Narration';
import { StepList } from '../../view/panels/StepList';
import { NextStep } from '../../view/speaker/NextStep';
import { RoomStatus } from '../../view/speaker/RoomStatus';
import { SpeakerNotes } from '../../view/speaker/SpeakerNotes';
import { Timers } from '../../view/speaker/Timers';
import '../../view/styles/speaker.css';

/** The speaker view: a second window with notes, the next step, timers and the step list. */
export function SpeakerShell() {
  useKeyboard(true);
  const t = useT();
  const title = usePlayer((s) => s.scenario.title);
  useEffect(() => syncUrl(playerStore()), []);
  useEffect(() => {
    playerStore().getState().setRoom(true);
    return syncWindows(playerStore(), true);
  }, []);
  useEffect(() => {
    document.title = t('speaker.documentTitle');
  }, [t]);
  return (
    <div className="kw-speaker">
      <header className="kw-speaker-bar">
        <h1 className="kw-speaker-title">
          {t('speaker.title')} <span className="kw-speaker-scenario">{title}</span>
        </h1>
        <Timers />
      </header>
      <RoomStatus />
      <main className="kw-speaker-main">
        <div className="kw-speaker-now">
          <CheckpointCard />
          <Narration />
          <SpeakerNotes />
        </div>
        <div className="kw-speaker-next">
          <NextStep />
          <Controls />
        </div>
        <div className="kw-speaker-steps">
          <StepList />
        </div>
      </main>
      <HelpDialog presenter />
    </div>
  );
}
