// The one tree both the browser and the build-time prerender render: hydration only takes over
// without a jump when the two are the same.
import { StrictMode } from 'react';
import { App } from './shells/app/App';
import { Ready } from './view/boundary/Ready';
import { UpdateBanner } from './view/boundary/UpdateBanner';
import { ErrorBoundary } from './view/ErrorBoundary';

export function Root() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
        <UpdateBanner />
        <Ready />
      </ErrorBoundary>
    </StrictMode>
  );
}
