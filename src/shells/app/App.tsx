import { Suspense, lazy, useEffect } from 'react';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';
import { loadDomain } from '../../store/traces';
import { UpdateBanner } from '../../view/boundary/UpdateBanner';
import { AppShell } from './AppShell';

/**
 * A shell's chunk together with the domain (engine, catalog, scenarios): a prerendered page is live
 * before the domain has arrived, and these shells need it from their first render, so their
 * Suspense fallback shows until both are in.
 */
function withDomain<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadDomain()]).then(([shell]) => shell);
}

// Presenter, speaker view, side by side and handout load only when used: the first load stays small.
const PresenterShell = lazy(() => withDomain(() => import('../presenter/PresenterShell')).then((m) => ({ default: m.PresenterShell })));
const SpeakerShell = lazy(() => withDomain(() => import('../speaker/SpeakerShell')).then((m) => ({ default: m.SpeakerShell })));
const CompareShell = lazy(() => withDomain(() => import('../compare/CompareShell')).then((m) => ({ default: m.CompareShell })));
const ConfigShell = lazy(() => withDomain(() => import('../config/ConfigShell')).then((m) => ({ default: m.ConfigShell })));
const HandoutShell = lazy(() => withDomain(() => import('../handout/HandoutShell')).then((m) => ({ default: m.HandoutShell })));
const GalleryShell = lazy(() => withDomain(() => import('../gallery/GalleryShell')).then((m) => ({ default: m.GalleryShell })));
const SandboxShell = lazy(() => withDomain(() => import('../sandbox/SandboxShell')).then((m) => ({ default: m.SandboxShell })));

/**
 * Calls back once the shell has hydrated or rendered and its listeners are in place: inside the
 * shell's Suspense boundary, after the shell, so not while a lazy shell is still loading (effects
 * run in tree order: the shell's before this one's).
 */
function Committed({ onCommit }: { onCommit: (() => void) | undefined }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}

function Loading() {
  const t = useT();
  return <p className="kw-loading">{t('app.loading')}</p>;
}

/** Picks the shell for the mode: the app, presenter mode, the speaker view, side by side, the gallery, the sandbox, or the handout. */
export function App({ onCommit }: { onCommit?: (() => void) | undefined }) {
  const mode = useUi((s) => s.mode);
  const handout = useUi((s) => s.handoutOpen);
  const shells = {
    app: <AppShell />,
    present: <PresenterShell />,
    speaker: <SpeakerShell />,
    compare: <CompareShell />,
    config: <ConfigShell />,
    gallery: <GalleryShell />,
    sandbox: <SandboxShell />,
  };
  // The app shell needs no boundary, and must have none: React hydrates what is inside a Suspense
  // boundary in a later, low-priority pass, after the page's first commit (src/boot.tsx).
  const shell = handout ? <HandoutShell /> : shells[mode];
  return (
    <>
      {!handout && mode === 'app' ? (
        <>
          {shells.app}
          <Committed onCommit={onCommit} />
        </>
      ) : (
        <Suspense fallback={<Loading />}>
          {shell}
          <Committed onCommit={onCommit} />
        </Suspense>
      )}
      <UpdateBanner />
    </>
  );
}
