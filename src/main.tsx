import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shells/app/App';
import { ErrorBoundary } from './view/ErrorBoundary';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
