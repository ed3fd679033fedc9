import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shells/app/App';
import { playerStore } from './store/hooks';
import { loadLanguage } from './store/lang';
import { loadDomain } from './store/traces';
import { ErrorBoundary } from './view/ErrorBoundary';
import './index.css';

const el = document.getElementById('root');
if (!el) throw new Error('index.html has no #root element');
const root = createRoot(el);

const render = () =>
  // A transition renders in slices, so the first render is not one long main-thread task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );

// The page has painted its static first frame; load the engine, simulate the first scenario in
// its own task, then render. A failure here is thrown again by the first render, inside the error
// boundary, which shows it.
void Promise.all([loadDomain(), loadLanguage()])
  .then(() => playerStore())
  .catch(() => undefined)
  .finally(() => setTimeout(render, 0));
