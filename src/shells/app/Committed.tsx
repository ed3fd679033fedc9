import { useEffect } from 'react';

/**
 * Calls back once what comes before it has hydrated or rendered and its listeners are in place:
 * put it after them, inside their Suspense boundary, so not while a lazy shell is still loading or
 * a part is still to be hydrated (effects run in tree order: theirs before this one's).
 */
export function Committed({ onCommit }: { onCommit: (() => void) | undefined }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}
