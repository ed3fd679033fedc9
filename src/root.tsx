// The one tree both the browser and the build-time prerender render: hydration takes over
// without a jump only when the two are the same.
import { StrictMode } from 'react';
import { App } from './shells/app/App';
import { ErrorBoundary } from './view/ErrorBoundary';

/** `onCommit`: the page listens; `onGraph`: a prerendered graph has hydrated too (src/boot.tsx). */
export function Root({ onCommit, onGraph }: { onCommit?: () => void; onGraph?: () => void }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App onCommit={onCommit} onGraph={onGraph} />
      </ErrorBoundary>
    </StrictMode>
  );
}
