import { useEffect, useState } from 'react';

const IDLE_MS = 2500;

/** True once the mouse has not moved for a while: presenter mode hides the cursor then. */
export function useIdleCursor(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS);
    const onMove = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), IDLE_MS);
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerdown', onMove);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerdown', onMove);
    };
  }, []);
  return idle;
}
