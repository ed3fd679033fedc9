// The one tree both the browser and the build-time prerender render: hydration takes over
// without a jump only when the two are the same.
import { StrictMode } from 'react';
import { App } from './shells/app/App';
import { ErrorBoundary } from './view/ErrorBoundary';

export function Root({ onCommit }: { onCommit?: () => void }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App onCommit={onCommit} />
      </ErrorBoundary>
    </StrictMode>
  );
}
