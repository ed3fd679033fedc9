// Registers the service worker (dist/sw.js, scripts/sw-build.ts) and tracks whether a new version
// is installed and waiting. The page shows UpdateBanner then; its button activates the new worker,
// and the page reloads once that worker controls it. No store library: the embed poster uses it.
type Listener = () => void;

let waiting: ServiceWorker | null = null;
let registered = false;
const listeners = new Set<Listener>();

export const waitingWorker = (): ServiceWorker | null => waiting;

export function onWaitingChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function offer(registration: ServiceWorkerRegistration): void {
  // The first install has no page to update: only a worker that replaces one is offered.
  if (!registration.waiting || !navigator.serviceWorker.controller || waiting === registration.waiting) return;
  waiting = registration.waiting;
  for (const l of listeners) l();
}

function watch(registration: ServiceWorkerRegistration): void {
  offer(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(registration);
    });
  });
}

/** Once per page, production builds only; never throws (storage or workers may be disabled). */
export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the reader asked for the new version (a first install also changes controller).
    if (!waiting || reloading) return;
    reloading = true;
    location.reload();
  });
  // When the page is idle: precaching the build must not compete with the first steps.
  // Some harnesses and privacy tools stub register() to resolve with nothing: then there is no worker.
  const register = () =>
    void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then(
      (registration: ServiceWorkerRegistration | undefined) => registration && watch(registration),
      () => undefined,
    );
  if ('requestIdleCallback' in globalThis) requestIdleCallback(register, { timeout: 2000 });
  else setTimeout(register, 500);
}

/** Lets the waiting worker take over; `controllerchange` then reloads the page. */
export function applyUpdate(): void {
  waiting?.postMessage({ type: 'SKIP_WAITING' });
}
