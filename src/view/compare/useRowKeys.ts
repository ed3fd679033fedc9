import { useEffect } from 'react';
import { commandForKey, keyInputOf } from '../../playback/keymap';

/** Clicker and arrow keys step both timelines together (one aligned row at a time). */
export function useRowKeys(count: number, setRow: (update: (row: number) => number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(keyInputOf(e));
      const last = count - 1;
      const moves: Partial<Record<string, (row: number) => number>> = {
        next: (r) => Math.min(r + 1, last),
        previous: (r) => Math.max(r - 1, 0),
        first: () => 0,
        last: () => last,
      };
      const move = command ? moves[command] : undefined;
      if (!move) return;
      e.preventDefault();
      setRow(move);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, setRow]);
}
