import { useEffect, useId, useMemo, useState } from 'react';
import { useT } from '../../store/lang';
import { scenarioCatalog } from '../../store/traces';
import type { GalleryFilter } from './filter';
import { decodeFilter, encodeFilter, filterCards, toggleTag } from './filter';
import { ScenarioCardView } from './ScenarioCardView';
import { TagFilter } from './TagFilter';

/** Every scenario as a card, filtered by tag and text; the address bar keeps the filter. */
export function Gallery({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
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
      <div role="search" aria-label={t('gallery.find')} className="kw-gallery-filters">
        <div className="kw-field kw-gallery-search">
          <label htmlFor={searchId}>{t('gallery.search')}</label>
          <input
            id={searchId}
            type="search"
            value={filter.text}
            placeholder={t('gallery.placeholder')}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </div>
        <TagFilter pressed={filter.tags} onToggle={(tag) => setFilter({ ...filter, tags: toggleTag(filter.tags, tag) })} />
      </div>
      <p role="status" className="kw-muted kw-gallery-count">
        {shown.length === cards.length ? t('gallery.count', { count: cards.length }) : t('gallery.countOf', { shown: shown.length, count: cards.length })}
      </p>
      {shown.length === 0 ? (
        <p className="kw-gallery-empty">
          {t('gallery.empty')}{' '}
          <button type="button" className="kw-btn kw-btn-small" onClick={() => setFilter({ tags: [], text: '' })}>
            {t('gallery.showAll')}
          </button>
        </p>
      ) : (
        <ul className="kw-cards" aria-label={t('gallery.list')}>
          {shown.map((card) => (
            <ScenarioCardView key={card.id} card={card} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </div>
  );
}
