import { useEffect } from 'react';

/**
 * Calls back once what comes before it has hydrated or rendered and its listeners are in place:
 * put it after them (a sibling, not a child: a child's effects run before its parent's), inside
 * their Suspense boundary, so not while a lazy shell is still loading or that part is still to be
 * hydrated.
 */
export function Committed({ onCommit }: { onCommit: (() => void) | undefined }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}
