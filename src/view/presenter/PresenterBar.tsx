import { usePlayer } from '../../store/hooks';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';
import { openSpeakerView } from '../controls/speakerWindow';

/** The presenter's top bar: what is shown, and buttons for everything the keys do. */
export function PresenterBar() {
  const t = useT();
  const title = usePlayer((s) => s.scenario.title);
  const ui = useUi();
  return (
    <header className="kw-present-bar">
      <h1 className="kw-present-title">
        kubewalk <span className="kw-present-scenario">{title}</span>
      </h1>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setOverviewOpen(true)}>
        {t('presenter.overview')} <kbd>O</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setBlackout(true)}>
        {t('presenter.blackout')} <kbd>B</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={openSpeakerView}>
        {t('presenter.speaker')} <kbd>S</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" aria-haspopup="dialog" onClick={() => ui.setHelpOpen(true)}>
        {t('presenter.keys')} <kbd>?</kbd>
      </button>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => ui.setMode('app')}>
        {t('presenter.exit')}
      </button>
    </header>
  );
}
