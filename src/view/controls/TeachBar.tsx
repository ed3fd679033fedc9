import { useDispatch, usePlayer, playerStore } from '../../store/hooks';
import { saveAskQuestions } from '../../store/checkpointStorage';
import { useUi } from '../../store/ui';
import { CopyLink } from './CopyLink';
import { openEmptySandbox, tryItYourself } from '../sandbox/openSandbox';
import { openSpeakerView } from './speakerWindow';

/** Teaching tools: presenter mode, speaker view, side by side, handout, the sandbox, link to the step, questions on/off. */
export function TeachBar() {
  const setMode = useUi((s) => s.setMode);
  const setHandoutOpen = useUi((s) => s.setHandoutOpen);
  const ask = usePlayer((s) => s.askQuestions);
  const hasQuestions = usePlayer((s) => s.scenario.checkpoints.length > 0);
  const dispatch = useDispatch();
  return (
    <div className="kw-teach" role="group" aria-label="Teaching tools">
      <button
        type="button"
        className="kw-btn kw-btn-small"
        onClick={() => {
          dispatch({ type: 'paused' });
          setMode('present');
        }}
      >
        Present
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openSpeakerView}>
        Speaker view <kbd>S</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setMode('compare')}>
        Side by side
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setHandoutOpen(true)}>
        Print handout
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={tryItYourself}>
        Try it yourself
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openEmptySandbox}>
        Sandbox
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
          Ask me questions
        </button>
      ) : null}
    </div>
  );
}
