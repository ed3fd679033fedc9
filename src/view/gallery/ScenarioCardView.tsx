import type { MouseEvent } from 'react';
import { useId } from 'react';
import { useT } from '../../store/lang';
import type { ScenarioCard } from '../../store/traces';

/** A plain click opens the scenario in place; a modified click keeps the browser's own behaviour (new tab). */
function plainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** One scenario: its title (a real link to it), one-line summary, tags and Kubernetes version. */
export function ScenarioCardView({ card, onOpen }: { card: ScenarioCard; onOpen: (id: string) => void }) {
  const t = useT();
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
        <ul className="kw-card-tags" aria-label={t('gallery.tags')}>
          {card.tags.map((tag) => (
            <li key={tag} className="kw-tag" data-tag={tag}>
              {t(`tag.${tag}`)}
            </li>
          ))}
        </ul>
        <span className="kw-card-version">{t('gallery.version', { version: card.kubernetesVersion })}</span>
      </div>
    </li>
  );
}
