import { useEffect } from 'react';
import { stepIntervalMs } from '../../playback/state';
import type { PlayerState } from '../../store/player';
import { usePlayerStore } from '../../store/hooks';

/**
 * While playing, advance one step per interval; restarts its clock on every step or speed change.
 * It subscribes outside React: the shell that calls it must not re-render on every step.
 */
export function usePlayTimer(): void {
  const store = usePlayerStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = ({ playback, dispatch }: PlayerState) => {
      clearTimeout(timer);
      timer = playback.playing ? setTimeout(() => dispatch({ type: 'ticked' }), stepIntervalMs(playback.speed)) : undefined;
    };
    arm(store.getState());
    const off = store.subscribe((next, prev) => {
      const a = next.playback;
      const b = prev.playback;
      if (a.playing !== b.playing || a.cursor !== b.cursor || a.speed !== b.speed) arm(next);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [store]);
}
