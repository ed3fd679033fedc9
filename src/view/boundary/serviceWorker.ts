// Registers the service worker (dist/sw.js, scripts/sw-build.ts) and tracks whether a new version
// is installed and waiting. The page shows UpdateBanner then; its button activates the new worker,
// and the page reloads once that worker controls it.
import { create } from 'zustand';

interface UpdateState {
  waiting: ServiceWorker | null;
}

export const useUpdate = create<UpdateState>()(() => ({ waiting: null }));

function watch(registration: ServiceWorkerRegistration): void {
  const offer = () => {
    // The first install has no page to update: only a worker that replaces one is offered.
    if (registration.waiting && navigator.serviceWorker.controller) useUpdate.setState({ waiting: registration.waiting });
  };
  offer();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer();
    });
  });
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the reader asked for the new version (a first install also changes controller).
    if (!useUpdate.getState().waiting || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register('/sw.js').then(watch, () => undefined);
}

/** Lets the waiting worker take over; `controllerchange` then reloads the page. */
export function applyUpdate(): void {
  useUpdate.getState().waiting?.postMessage({ type: 'SKIP_WAITING' });
}
