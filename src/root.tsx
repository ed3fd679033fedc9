// The one tree both the browser and the build-time prerender render: hydration takes over
// without a jump only when the two are the same.
import { StrictMode, useEffect } from 'react';
import { App } from './shells/app/App';
import { ErrorBoundary } from './view/ErrorBoundary';

/** Calls back once the app has hydrated or rendered and its listeners are in place (effects run
 * in tree order: App's before this one's). */
function Committed({ onCommit }: { onCommit?: (() => void) | undefined }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}

export function Root({ onCommit }: { onCommit?: () => void }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
        <Committed onCommit={onCommit} />
      </ErrorBoundary>
    </StrictMode>
  );
}
