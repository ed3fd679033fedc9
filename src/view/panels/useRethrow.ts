import { useCallback, useState } from 'react';

/**
 * Hands an error from outside React (an animation frame, an observer) back to React, so the
 * panel's error boundary shows it instead of it vanishing into the console.
 */
export function useRethrow(): (error: unknown) => void {
  const [, set] = useState<null>(null);
  return useCallback(
    (error: unknown) =>
      set(() => {
        throw error;
      }),
    [],
  );
}
