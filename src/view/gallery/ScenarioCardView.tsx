import type { MouseEvent } from 'react';
import { useId } from 'react';
import type { ScenarioCard } from '../../store/traces';

/** A plain click opens the scenario in place; a modified click keeps the browser's own behaviour (new tab). */
function plainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** One scenario: its title (a real link to it), one-line summary, tags and Kubernetes version. */
export function ScenarioCardView({ card, onOpen }: { card: ScenarioCard; onOpen: (id: string) => void }) {
  const id = useId();
  return (
    <li className="kw-card" aria-labelledby={id} data-scenario={card.id}>
      <h2 id={id} className="kw-card-title">
        <a
          href={`?scenario=${encodeURIComponent(card.id)}`}
          onClick={(e) => {
            if (!plainClick(e)) return;
            e.preventDefault();
            onOpen(card.id);
          }}
        >
          {card.title}
        </a>
      </h2>
      <p className="kw-card-summary">{card.summary}</p>
      <div className="kw-card-meta">
        <ul className="kw-card-tags" aria-label="Tags">
          {card.tags.map((t) => (
            <li key={t} className="kw-tag" data-tag={t}>
              {t}
            </li>
          ))}
        </ul>
        <span className="kw-card-version">Kubernetes {card.kubernetesVersion}</span>
      </div>
    </li>
  );
}
