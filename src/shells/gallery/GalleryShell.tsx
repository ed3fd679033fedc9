import { useEffect, useRef, useState } from 'react';
import { playerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';
import { Gallery } from '../../view/gallery/Gallery';
import '../../view/styles/gallery.css';

/** The scenario gallery: pick a scenario, and the app opens on its first step. */
export function GalleryShell() {
  const t = useT();
  const setMode = useUi((s) => s.setMode);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from the app's button (the URL is still the app's), focus lands on the page's
  // heading instead of on nothing; a gallery link opened directly leaves focus to the browser.
  const [fromApp] = useState(() => new URLSearchParams(globalThis.location.search).get('mode') !== 'gallery');
  useEffect(() => {
    if (fromApp) heading.current?.focus();
  }, [fromApp]);
  const open = (id: string) => {
    const { dispatch, playback } = playerStore().getState();
    if (id === playback.scenarioId) dispatch({ type: 'first' });
    else dispatch({ type: 'scenarioChosen', scenarioId: id });
    setMode('app');
  };
  return (
    <div className="kw-gallery-page">
      <header className="kw-header">
        <h1 ref={heading} tabIndex={-1} className="kw-brand">
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
