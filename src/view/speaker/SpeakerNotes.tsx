import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from '../panels/Panel';

/** The scenario's speaker notes for the current step (and its teaching note), for the presenter only. */
export function SpeakerNotes() {
  const step = usePlayer(selectStep);
  const notes = usePlayer((s) => s.scenario.speakerNotes);
  const speaker = step ? notes[step.id] : undefined;
  return (
    <Panel title="Speaker notes" className="kw-speaker-notes">
      {speaker ? <p className="kw-speaker-text">{speaker}</p> : <p className="kw-muted">No speaker notes for this step.</p>}
    </Panel>
  );
}
