// The app half of the start: React, React Flow and the view. src/main.tsx loads it once the
// prerendered frame has painted; it hydrates that frame, or renders afresh when the URL asks for
// something else.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './root';
import { playerStore } from './store/hooks';
import { useUi } from './store/ui';
import { registerServiceWorker } from './view/boundary/serviceWorker';

export { registerServiceWorker };

/** The prerendered frame is hydrated only if it shows what this URL asks for; else it is replaced. */
function matchesPrerender(el: HTMLElement): boolean {
  const marker = el.dataset.prerendered;
  if (!marker) return false;
  // The frame is prerendered in English: another language renders afresh.
  const { mode, handoutOpen, lang } = useUi.getState();
  const { playback, urlNotices } = playerStore().getState();
  return lang === 'en' && mode === 'app' && !handoutOpen && urlNotices.length === 0 && marker === `${playback.scenarioId}:${playback.level}:${playback.cursor}`;
}

/** Call once the domain is loaded (or failed to: the first render then fails inside the boundary). */
export function start(el: HTMLElement): void {
  let hydrate = false;
  try {
    hydrate = matchesPrerender(el);
  } catch {
    // The domain failed to load: the first render throws again inside the error boundary.
  }
  // A transition renders in slices, so the first render is not one long main-thread task.
  startTransition(() => {
    if (hydrate) hydrateRoot(el, <Root />);
    else createRoot(el).render(<Root />);
  });
}
