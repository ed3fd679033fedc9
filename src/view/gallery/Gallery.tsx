import { useEffect, useId, useMemo, useState } from 'react';
import { scenarioCatalog } from '../../store/traces';
import type { GalleryFilter } from './filter';
import { decodeFilter, encodeFilter, filterCards, toggleTag } from './filter';
import { ScenarioCardView } from './ScenarioCardView';
import { TagFilter } from './TagFilter';

/** Every scenario as a card, filtered by tag and text; the address bar keeps the filter. */
export function Gallery({ onOpen }: { onOpen: (id: string) => void }) {
  const cards = useMemo(() => scenarioCatalog(), []);
  const [filter, setFilter] = useState<GalleryFilter>(() => decodeFilter(globalThis.location.search));
  const shown = filterCards(cards, filter);
  const searchId = useId();

  useEffect(() => {
    const search = encodeFilter(filter);
    if (globalThis.location.search !== search) {
      globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}${search}`);
    }
  }, [filter]);

  return (
    <div className="kw-gallery">
      <div role="search" aria-label="Find a scenario" className="kw-gallery-filters">
        <div className="kw-field kw-gallery-search">
          <label htmlFor={searchId}>Search scenarios</label>
          <input
            id={searchId}
            type="search"
            value={filter.text}
            placeholder="watch, 403, scheduler…"
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </div>
        <TagFilter pressed={filter.tags} onToggle={(tag) => setFilter({ ...filter, tags: toggleTag(filter.tags, tag) })} />
      </div>
      <p role="status" className="kw-muted kw-gallery-count">
        {shown.length === cards.length ? `${cards.length} scenarios` : `${shown.length} of ${cards.length} scenarios`}
      </p>
      {shown.length === 0 ? (
        <p className="kw-gallery-empty">
          No scenario matches.{' '}
          <button type="button" className="kw-btn kw-btn-small" onClick={() => setFilter({ tags: [], text: '' })}>
            Show all scenarios
          </button>
        </p>
      ) : (
        <ul className="kw-cards" aria-label="Scenarios">
          {shown.map((card) => (
            <ScenarioCardView key={card.id} card={card} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </div>
  );
}
