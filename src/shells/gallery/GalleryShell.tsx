import { playerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';
import { Gallery } from '../../view/gallery/Gallery';
import '../../view/styles/gallery.css';

/** The scenario gallery: pick a scenario, and the app opens on its first step. */
export function GalleryShell() {
  const t = useT();
  const setMode = useUi((s) => s.setMode);
  const open = (id: string) => {
    const { dispatch, playback } = playerStore().getState();
    if (id === playback.scenarioId) dispatch({ type: 'first' });
    else dispatch({ type: 'scenarioChosen', scenarioId: id });
    setMode('app');
  };
  return (
    <div className="kw-gallery-page">
      <header className="kw-header">
        <h1 className="kw-brand">
          kubewalk <span className="kw-gallery-heading">{t('gallery.heading')}</span>
        </h1>
        <button type="button" className="kw-btn kw-btn-small" onClick={() => setMode('app')}>
          {t('nav.back')}
        </button>
      </header>
      <main className="kw-gallery-main">
        <Gallery onOpen={open} />
      </main>
    </div>
  );
}
