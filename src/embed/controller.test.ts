import { beforeAll, describe, expect, it } from 'vitest';
import { createPlayerStore } from '../store/player';
import { loadDomain } from '../store/traces';
import { applyCommand, stepInfo, watchSteps } from './controller';
import type { EmbedEvent, Theme } from './protocol';

beforeAll(loadDomain);

function setup(search: string) {
  const store = createPlayerStore(search);
  const events: EmbedEvent[] = [];
  const themes: Theme[] = [];
  watchSteps(store, (e) => events.push(e));
  const run = (c: Parameters<typeof applyCommand>[1]) => applyCommand(store, c, (t) => themes.push(t));
  return { store, events, themes, run };
}

describe('embed controller', () => {
  it('goes to a step within the level and reports it', () => {
    const { store, events, run } = setup('?scenario=get-nodes&level=overview');
    run({ kubewalk: 1, type: 'goTo', step: 3 });
    expect(stepInfo(store.getState())).toMatchObject({ scenario: 'get-nodes', level: 'overview', step: 3 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'stepChanged', step: 3 });
  });

  it('says ended once on reaching the last step, and clamps past the end', () => {
    const { store, events, run } = setup('?scenario=get-nodes&level=overview');
    const count = stepInfo(store.getState()).stepCount;
    run({ kubewalk: 1, type: 'goTo', step: 999 });
    expect(stepInfo(store.getState()).step).toBe(count);
    expect(events.map((e) => e.type)).toEqual(['stepChanged', 'ended']);
    run({ kubewalk: 1, type: 'next' });
    expect(events).toHaveLength(2);
    run({ kubewalk: 1, type: 'previous' });
    expect(stepInfo(store.getState()).step).toBe(count - 1);
  });

  it('plays, pauses, changes level and passes the theme on', () => {
    const { store, themes, run } = setup('?scenario=create-pod&level=standard');
    run({ kubewalk: 1, type: 'play' });
    run({ kubewalk: 1, type: 'play' });
    expect(store.getState().playback.playing).toBe(true);
    run({ kubewalk: 1, type: 'pause' });
    expect(store.getState().playback.playing).toBe(false);
    const standard = stepInfo(store.getState()).stepCount;
    run({ kubewalk: 1, type: 'setLevel', level: 'deep' });
    expect(stepInfo(store.getState()).stepCount).toBeGreaterThan(standard);
    run({ kubewalk: 1, type: 'setTheme', theme: 'dark' });
    expect(themes).toEqual(['dark']);
  });
});
