import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { t } from '../store/lang';

interface State {
  error: Error | null;
}

/** Never a blank page: if rendering fails, say so and offer a clean start. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('kubewalk failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="kw-error">
        <div role="alert">
          <h1>{t('error.title')}</h1>
          <p>{error.message}</p>
        </div>
        <p>
          <button type="button" className="kw-btn" onClick={() => this.setState({ error: null })}>
            {t('error.retry')}
          </button>{' '}
          <a href="./">{t('error.restart')}</a>
        </p>
      </main>
    );
  }
}
