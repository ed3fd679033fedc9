import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import type { UiKey } from '../../catalog/ui-en';
import { t } from '../../store/lang';
import './boundary.css';

interface Props {
  /** The catalog key of the panel's name as the reader sees it, e.g. panel.payload → "Payload". */
  name: UiKey;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One panel that fails to render says so in its own place, and the rest of the page keeps
 * working. "Try again" renders the panel afresh (the next step may well render fine).
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // A warning, not an error: the page still works, and the reader has been told.
    console.warn(`kubewalk: the ${t(this.props.name)} panel failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const name = t(this.props.name);
    return (
      <section className="kw-panel-failed" aria-label={t('panel.failedLabel', { name })}>
        <div role="alert">
          <strong>{t('panel.failed', { name })}</strong>
          <p>{error.message}</p>
        </div>
        <button type="button" className="kw-btn kw-btn-small" onClick={() => this.setState({ error: null })}>
          {t('panel.retry', { name })}
        </button>
      </section>
    );
  }
}
