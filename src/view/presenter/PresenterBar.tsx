import { usePlayer } from '../../store/hooks';
import { useUi } from '../../store/ui';
import { openSpeakerView } from '../controls/speakerWindow';

/** The presenter's top bar: what is shown, and buttons for everything the keys do. */
export function PresenterBar() {
  const title = usePlayer((s) => s.scenario.title);
  const ui = useUi();
  return (
    <header className="kw-present-bar">
      <h1 className="kw-present-title">
        kubewalk <span className="kw-present-scenario">{title}</span>
      </h1>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setOverviewOpen(true)}>
        Overview <kbd>O</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setBlackout(true)}>
        Black screen <kbd>B</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openSpeakerView}>
        Speaker view <kbd>S</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" aria-haspopup="dialog" onClick={() => ui.setHelpOpen(true)}>
        Keys <kbd>?</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setMode('app')}>
        Exit presenter mode
      </button>
    </header>
  );
}
