import { Suspense, lazy, useEffect, useState, type ComponentType } from 'react';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';
import { loadDomain } from '../../store/traces';
import { UpdateBanner } from '../../view/boundary/UpdateBanner';
import { AppShell } from './AppShell';
import { Committed } from './Committed';

/**
 * A shell that loads only when used (the first load stays small), together with the domain
 * (engine, catalog, scenarios): a prerendered page is live before the domain has arrived, and
 * these shells need it from their first render, so their Suspense fallback shows until both are in.
 */
function lazyShell<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(() => Promise.all([load(), loadDomain()]).then(([module]) => ({ default: module[name] })));
}

const PresenterShell = lazyShell(() => import('../presenter/PresenterShell'), 'PresenterShell');
const SpeakerShell = lazyShell(() => import('../speaker/SpeakerShell'), 'SpeakerShell');
const CompareShell = lazyShell(() => import('../compare/CompareShell'), 'CompareShell');
const ConfigShell = lazyShell(() => import('../config/ConfigShell'), 'ConfigShell');
const HandoutShell = lazyShell(() => import('../handout/HandoutShell'), 'HandoutShell');
const GalleryShell = lazyShell(() => import('../gallery/GalleryShell'), 'GalleryShell');
const SandboxShell = lazyShell(() => import('../sandbox/SandboxShell'), 'SandboxShell');

function Loading() {
  const t = useT();
  return <p className="kw-loading">{t('app.loading')}</p>;
}

/**
 * Once the reader has switched views, each new view's heading takes focus as it appears: left on
 * the removed button, focus would fall to <body> and the next Tab start over from the top. The
 * page's first view leaves focus to the browser.
 */
function ViewFocus({ switched }: { switched: boolean }) {
  useEffect(() => {
    const heading = switched ? document.querySelector<HTMLElement>('#root h1') : null;
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [switched]);
  return null;
}

/** Picks the shell for the mode: the app, presenter mode, the speaker view, side by side, the gallery, the sandbox, or the handout. */
export function App({ onCommit, onGraph }: { onCommit?: (() => void) | undefined; onGraph?: (() => void) | undefined }) {
  const mode = useUi((s) => s.mode);
  const handout = useUi((s) => s.handoutOpen);
  const [firstMode] = useState(mode);
  const [switched, setSwitched] = useState(false);
  if (mode !== firstMode && !switched) setSwitched(true);
  const shells = {
    app: <AppShell onGraph={onGraph} />,
    present: <PresenterShell />,
    speaker: <SpeakerShell />,
    compare: <CompareShell />,
    config: <ConfigShell />,
    gallery: <GalleryShell />,
    sandbox: <SandboxShell />,
  };
  // The app shell needs no boundary, and must have none: React hydrates what is inside a Suspense
  // boundary in a later, low-priority pass, after the page's first commit (src/boot.tsx). Its
  // graph alone hydrates so, and says when (onGraph).
  const shell = handout ? <HandoutShell /> : shells[mode];
  return (
    <>
      {!handout && mode === 'app' ? (
        <>
          {shells.app}
          <ViewFocus key={mode} switched={switched} />
          <Committed onCommit={onCommit} />
        </>
      ) : (
        <Suspense fallback={<Loading />}>
          {shell}
          <ViewFocus key={mode} switched={switched} />
          <Committed onCommit={onCommit} />
        </Suspense>
      )}
      <UpdateBanner />
    </>
  );
}
