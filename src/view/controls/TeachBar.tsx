import { useDispatch, usePlayer, playerStore } from '../../store/hooks';
import { saveAskQuestions } from '../../store/checkpointStorage';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';
import { CopyLink } from './CopyLink';
import { openEmptySandbox, tryItYourself } from '../sandbox/openSandbox';
import { openSpeakerView } from './speakerWindow';

/** Teaching tools: presenter mode, speaker view, side by side, handout, the sandbox, link to the step, questions on/off. */
export function TeachBar() {
  const t = useT();
  const setMode = useUi((s) => s.setMode);
  const setHandoutOpen = useUi((s) => s.setHandoutOpen);
  const transcriptOpen = useUi((s) => s.transcriptOpen);
  const setTranscriptOpen = useUi((s) => s.setTranscriptOpen);
  const ask = usePlayer((s) => s.askQuestions);
  const hasQuestions = usePlayer((s) => s.scenario.checkpoints.length > 0);
  const dispatch = useDispatch();
  return (
    <div className="kw-teach" role="group" aria-label={t('teach.group')}>
      <button
        type="button"
        className="kw-btn kw-btn-small"
        onClick={() => {
          dispatch({ type: 'paused' });
          setMode('present');
        }}
      >
        {t('teach.present')}
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openSpeakerView}>
        {t('teach.speaker')} <kbd>S</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setMode('compare')}>
        {t('teach.compare')}
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setHandoutOpen(true)}>
        {t('teach.handout')}
      </button>
      <button type="button" className="kw-btn kw-btn-small" data-transcript-toggle aria-expanded={transcriptOpen} onClick={() => setTranscriptOpen(!transcriptOpen)}>
        {t('teach.transcript')}
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={tryItYourself}>
        {t('teach.try')}
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openEmptySandbox}>
        {t('teach.sandbox')}
      </button>
      <CopyLink />
      {hasQuestions ? (
        <button
          type="button"
          className="kw-btn kw-btn-small"
          aria-pressed={ask}
          onClick={() => {
            saveAskQuestions(!ask);
            playerStore().getState().setAskQuestions(!ask);
          }}
        >
          {t('teach.questions')}
        </button>
      ) : null}
    </div>
  );
}
