import { Suspense, lazy } from 'react';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';
import { UpdateBanner } from '../../view/boundary/UpdateBanner';
import { AppShell } from './AppShell';

// Presenter, speaker view, side by side and handout load only when used: the first load stays small.
const PresenterShell = lazy(() => import('../presenter/PresenterShell').then((m) => ({ default: m.PresenterShell })));
const SpeakerShell = lazy(() => import('../speaker/SpeakerShell').then((m) => ({ default: m.SpeakerShell })));
const CompareShell = lazy(() => import('../compare/CompareShell').then((m) => ({ default: m.CompareShell })));
const ConfigShell = lazy(() => import('../config/ConfigShell').then((m) => ({ default: m.ConfigShell })));
const HandoutShell = lazy(() => import('../handout/HandoutShell').then((m) => ({ default: m.HandoutShell })));
const GalleryShell = lazy(() => import('../gallery/GalleryShell').then((m) => ({ default: m.GalleryShell })));
const SandboxShell = lazy(() => import('../sandbox/SandboxShell').then((m) => ({ default: m.SandboxShell })));

function Loading() {
  const t = useT();
  return <p className="kw-loading">{t('app.loading')}</p>;
}

/** Picks the shell for the mode: the app, presenter mode, the speaker view, side by side, the gallery, the sandbox, or the handout. */
export function App() {
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
      {!handout && mode === 'app' ? shells.app : <Suspense fallback={<Loading />}>{shell}</Suspense>}
      <UpdateBanner />
    </>
  );
}
