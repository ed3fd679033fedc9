import type { ReactNode } from 'react';
import { useId } from 'react';

/** A named region with a heading: the region's accessible name is the heading text. */
export function Panel({ title, className = '', children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`kw-panel ${className}`}>
      <h2 id={id} className="kw-panel-title">
        {title}
      </h2>
      <div className="kw-panel-body">{children}</div>
    </section>
  );
}
