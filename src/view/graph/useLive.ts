import { useEffect, useState } from 'react';
import { preloadMotion } from '../../motion/Packet';

/** Long enough for the load's own work to settle when the browser never reports idle time. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Whether the graph should be live (measured React Flow) rather than StaticFlow: false until the
 * first pointer or key interaction. The animation code is fetched once the loaded page is idle,
 * not on that interaction: fetched then, it arrived after the React Flow mount the same interaction
 * starts, and the first step's packet showed up half a second into its one-second trip.
 */
export function useLive(): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preloadMotion, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(preloadMotion, IDLE_TIMEOUT_MS);
    return () => clearTimeout(id);
  }, []);
  useEffect(() => {
    const events = ['pointerdown', 'keydown'] as const;
    const stop = () => {
      for (const e of events) document.removeEventListener(e, once, true);
    };
    const once = () => {
      // Still needed when the interaction comes before idle time did.
      preloadMotion();
      setLive(true);
      stop();
    };
    for (const e of events) document.addEventListener(e, once, true);
    return stop;
  }, []);
  return live;
}
