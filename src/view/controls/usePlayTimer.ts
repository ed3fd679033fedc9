import { useEffect } from 'react';
import { stepIntervalMs } from '../../playback/state';
import { selectCursor, selectPlaying } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';

/** While playing, advance one step per interval; restarts its clock on every step or speed change. */
export function usePlayTimer(): void {
  const playing = usePlayer(selectPlaying);
  const cursor = usePlayer(selectCursor);
  const speed = usePlayer((s) => s.playback.speed);
  const dispatch = useDispatch();
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => dispatch({ type: 'ticked' }), stepIntervalMs(speed));
    return () => clearTimeout(timer);
  }, [playing, cursor, speed, dispatch]);
}
