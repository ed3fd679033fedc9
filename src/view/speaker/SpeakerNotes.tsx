import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from '../panels/Panel';
import { useT } from '../../store/lang';

/** The scenario's speaker notes for the current step (and its teaching note), for the presenter only. */
export function SpeakerNotes() {
  const t = useT();
  const step = usePlayer(selectStep);
  const notes = usePlayer((s) => s.scenario.speakerNotes);
  const speaker = step ? notes[step.id] : undefined;
  return (
    <Panel title={t('speaker.notes')} className="kw-speaker-notes">
      {speaker ? <p className="kw-speaker-text">{speaker}</p> : <p className="kw-muted">{t('speaker.noNotes')}</p>}
    </Panel>
  );
}
