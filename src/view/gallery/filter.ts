// Which scenario cards the gallery shows: any of the pressed tags, and every word of the search
// text somewhere in the card.
import type { ScenarioTag } from '../../scenario/types';
import { SCENARIO_TAGS } from '../../scenario/types';
import type { ScenarioCard } from '../../store/traces';

export interface GalleryFilter {
  /** Pressed tag buttons; none pressed shows every tag. */
  tags: ScenarioTag[];
  text: string;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(card: ScenarioCard): string {
  return [card.id, card.title, card.summary, ...card.tags, `kubernetes ${card.kubernetesVersion}`].join(' ').toLowerCase();
}

export function filterCards(cards: readonly ScenarioCard[], filter: GalleryFilter): ScenarioCard[] {
  const wanted = words(filter.text);
  return cards.filter((card) => {
    if (filter.tags.length > 0 && !card.tags.some((t) => filter.tags.includes(t))) return false;
    const text = haystack(card);
    return wanted.every((w) => text.includes(w));
  });
}

function isTag(value: string): value is ScenarioTag {
  return (SCENARIO_TAGS as readonly string[]).includes(value);
}

/** The gallery's own query: `?mode=gallery&tag=beginner,operator&q=watch`. Unknown tags are dropped. */
export function decodeFilter(search: string): GalleryFilter {
  const params = new URLSearchParams(search);
  const tags = (params.get('tag') ?? '').split(',').filter(isTag);
  return { tags: SCENARIO_TAGS.filter((t) => tags.includes(t)), text: params.get('q') ?? '' };
}

export function encodeFilter(filter: GalleryFilter): string {
  const params = new URLSearchParams({ mode: 'gallery' });
  if (filter.tags.length > 0) params.set('tag', filter.tags.join(','));
  if (filter.text.trim() !== '') params.set('q', filter.text);
  return `?${params.toString()}`;
}

/** Presses or releases one tag, keeping the tags in their canonical order. */
export function toggleTag(tags: readonly ScenarioTag[], tag: ScenarioTag): ScenarioTag[] {
  const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
  return SCENARIO_TAGS.filter((t) => next.includes(t));
}
