import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain } from './traces';

beforeAll(loadDomain);
import { encodeUrl } from '../playback/url';
import { createPlayerStore } from './player';
import { selectPreviousState, selectShownIndex, selectState, selectStep, selectStepCount, selectStepNumber, selectVisible } from './selectors';

describe('player store', () => {
  it('opens the default scenario at step 1 without notices', () => {
    const store = createPlayerStore('');
    const s = store.getState();
    expect(s.playback).toMatchObject({ scenarioId: 'create-pod', level: 'standard', playing: false });
    expect(selectStepNumber(s)).toBe(1);
    expect(s.urlNotices).toEqual([]);
    expect(s.trace.steps.length).toBeGreaterThan(selectStepCount(s));
  });

  it('follows a deep link and writes the same link back', () => {
    const store = createPlayerStore('?scenario=get-nodes&step=3&level=overview');
    const s = store.getState();
    expect(selectStepNumber(s)).toBe(3);
    expect(selectStep(s)?.level).toBe('overview');
    expect(encodeUrl(s.playback, s.trace.steps)).toBe('?scenario=get-nodes&step=3&level=overview');
  });

  it('keeps notices for bad links until dismissed', () => {
    const store = createPlayerStore('?scenario=nope&level=ultra');
    expect(store.getState().urlNotices).toHaveLength(2);
    store.getState().dismissNotices();
    expect(store.getState().urlNotices).toEqual([]);
  });

  it('walks every visible step with next and stops at the last', () => {
    const store = createPlayerStore('?scenario=get-nodes&level=overview');
    const count = selectStepCount(store.getState());
    const seen: number[] = [];
    for (let i = 0; i < count + 2; i++) {
      seen.push(selectStepNumber(store.getState()));
      store.getState().dispatch({ type: 'next' });
    }
    expect(seen.slice(0, count)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(selectStepNumber(store.getState())).toBe(count);
  });

  it('switches scenario with its own trace and starts it from step 1', () => {
    const store = createPlayerStore('?scenario=get-nodes&step=2');
    store.getState().dispatch({ type: 'scenarioChosen', scenarioId: 'create-pod' });
    const s = store.getState();
    expect(s.trace.scenario).toBe('create-pod');
    expect(s.scenario.id).toBe('create-pod');
    expect(selectStepNumber(s)).toBe(1);
  });

  it('does not notify subscribers for actions that change nothing', () => {
    const store = createPlayerStore('?scenario=get-nodes');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.getState().dispatch({ type: 'previous' });
    store.getState().dispatch({ type: 'paused' });
    off();
    expect(calls).toBe(0);
  });

  it('memoises visible steps and measures change against what the previous step showed', () => {
    const store = createPlayerStore('?scenario=create-pod&level=overview&step=2');
    const s = store.getState();
    expect(selectVisible(s)).toBe(selectVisible(store.getState()));
    expect(selectPreviousState(s)).toBe(s.trace.steps[s.playback.cursor - 1]?.state);
    expect(selectPreviousState(createPlayerStore('?scenario=create-pod&level=overview&step=1').getState())).toBeUndefined();
  });

  it('shows, with a coarse step, the state after the finer steps it stands for', () => {
    const last = createPlayerStore('?scenario=get-nodes&level=overview&step=5').getState();
    const finalState = last.trace.steps.at(-1)?.state;
    expect(selectShownIndex(last)).toBe(last.trace.steps.length - 1);
    expect(selectState(last)).toBe(finalState);
    expect(selectState(last)?.kubectlOutput.join('\n')).toContain('node-1');
    const deep = createPlayerStore('?scenario=get-nodes&level=deep&step=3').getState();
    expect(selectState(deep)).toBe(selectStep(deep)?.state);
  });
});
