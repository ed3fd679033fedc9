import { useEffect } from 'react';

/**
 * Marks the page live (`<html data-app="ready">`) once the app has hydrated or rendered: before
 * that the prerendered controls are pictures of controls. Tests wait for it; so could a script.
 */
export function Ready() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
    // A prerendered frame hidden as the wrong step (src/main.tsx) has been replaced by now.
    document.getElementById('root')?.removeAttribute('data-stale');
  }, []);
  return null;
}
