import { describe, expect, it } from 'vitest';
import type { ScenarioCard } from '../../store/traces';
import { decodeFilter, encodeFilter, filterCards, toggleTag } from './filter';

const card = (id: string, tags: ScenarioCard['tags'], summary = ''): ScenarioCard => ({
  id,
  title: `kubectl ${id}`,
  summary,
  tags,
  kubernetesVersion: '1.34',
});

const cards = [
  card('get-nodes', ['beginner'], 'A read: authenticate, authorize, list.'),
  card('apf-429', ['engineer'], 'Priority and fairness rejects the request with 429.'),
  card('rbac-developer', ['operator', 'engineer'], 'RBAC forbids the developer.'),
];

describe('filterCards', () => {
  it('shows everything with no tag pressed and no text', () => {
    expect(filterCards(cards, { tags: [], text: '' }).map((c) => c.id)).toEqual(['get-nodes', 'apf-429', 'rbac-developer']);
  });

  it('keeps cards carrying any pressed tag', () => {
    expect(filterCards(cards, { tags: ['beginner', 'operator'], text: '' }).map((c) => c.id)).toEqual(['get-nodes', 'rbac-developer']);
  });

  it('needs every word of the text, in any field, ignoring case', () => {
    expect(filterCards(cards, { tags: [], text: '  FAIRNESS 429 ' }).map((c) => c.id)).toEqual(['apf-429']);
    expect(filterCards(cards, { tags: [], text: 'fairness developer' })).toEqual([]);
  });

  it('combines tags and text', () => {
    expect(filterCards(cards, { tags: ['engineer'], text: 'rbac' }).map((c) => c.id)).toEqual(['rbac-developer']);
    expect(filterCards(cards, { tags: ['beginner'], text: 'rbac' })).toEqual([]);
  });
});

describe('the gallery query', () => {
  it('round-trips tags and text', () => {
    const search = encodeFilter({ tags: ['beginner', 'engineer'], text: 'get -w' });
    expect(search).toBe('?mode=gallery&tag=beginner%2Cengineer&q=get+-w');
    expect(decodeFilter(search)).toEqual({ tags: ['beginner', 'engineer'], text: 'get -w' });
  });

  it('drops unknown tags and keeps the canonical order', () => {
    expect(decodeFilter('?tag=engineer,wizard,beginner').tags).toEqual(['beginner', 'engineer']);
  });

  it('toggles a tag on and off', () => {
    expect(toggleTag(['engineer'], 'beginner')).toEqual(['beginner', 'engineer']);
    expect(toggleTag(['beginner', 'engineer'], 'beginner')).toEqual(['engineer']);
  });
});
