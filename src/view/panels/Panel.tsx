import type { ReactNode } from 'react';
import { useId } from 'react';

/** A named region with a heading: the region's accessible name is the heading text. */
export function Panel(props: {
  title: string;
  className?: string;
  /** False when the body holds its own focusable content (buttons, a focusable scroller). */
  focusableBody?: boolean;
  children: ReactNode;
}) {
  const { title, className = '', focusableBody = true, children } = props;
  const id = useId();
  return (
    <section aria-labelledby={id} className={`kw-panel ${className}`}>
      <h2 id={id} className="kw-panel-title">
        {title}
      </h2>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable); a focus stop
          needs a name, the heading's. */}
      <div className="kw-panel-body" {...(focusableBody ? { tabIndex: 0, role: 'group', 'aria-labelledby': id } : {})}>
        {children}
      </div>
    </section>
  );
}
