import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface Props {
  /** The panel's name as the reader sees it, e.g. "Payload". */
  name: string;
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
    console.warn(`kubewalk: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="kw-panel-failed" aria-label={`${this.props.name} (failed)`}>
        <div role="alert">
          <strong>The {this.props.name} panel could not be shown.</strong>
          <p>{error.message}</p>
        </div>
        <button type="button" className="kw-btn kw-btn-small" onClick={() => this.setState({ error: null })}>
          Try the {this.props.name} panel again
        </button>
      </section>
    );
  }
}
