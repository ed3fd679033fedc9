import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain } from './traces';

beforeAll(loadDomain);
import { memoryProgressStorage } from './checkpointStorage';
import { createPlayerStore } from './player';
import { selectStep } from './selectors';

const atAuthn = '?scenario=get-nodes&level=overview&step=2';

describe('checkpoints in the player store', () => {
  it('asks before the step, then shows it once answered and stores the answer', () => {
    const storage = memoryProgressStorage();
    const store = createPlayerStore(atAuthn, { storage, askQuestions: true });
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().checkpoint).toMatchObject({ before: 'apiserver.authz', chosen: null });
    expect(selectStep(store.getState())?.id).toBe('apiserver.authn');
    store.getState().dispatch({ type: 'ticked' });
    expect(selectStep(store.getState())?.id).toBe('apiserver.authn');
    store.getState().answer({ type: 'answered', choice: 1 });
    expect(store.getState().checkpoint?.revealed).toBe(true);
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().checkpoint).toBeNull();
    expect(selectStep(store.getState())?.id).toBe('apiserver.authz');
    expect(storage.load()).toEqual({ 'get-nodes': { 'apiserver.authz': { choice: 1 } } });
    // Answered once: a new visit does not ask again.
    const again = createPlayerStore(atAuthn, { storage, askQuestions: true });
    again.getState().dispatch({ type: 'next' });
    expect(again.getState().checkpoint).toBeNull();
  });

  it('skips straight to the step and pauses autoplay at a question', () => {
    const store = createPlayerStore(atAuthn, { askQuestions: true });
    store.getState().dispatch({ type: 'playToggled' });
    store.getState().dispatch({ type: 'ticked' });
    expect(store.getState().playback.playing).toBe(false);
    store.getState().answer({ type: 'skipped' });
    expect(selectStep(store.getState())?.id).toBe('apiserver.authz');
  });

  it('in class, Next reveals the answer first and then moves on; nothing is stored', () => {
    const storage = memoryProgressStorage();
    const store = createPlayerStore(atAuthn, { storage });
    store.getState().setRoom(true);
    store.getState().dispatch({ type: 'next' });
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().checkpoint?.revealed).toBe(true);
    store.getState().dispatch({ type: 'next' });
    expect(selectStep(store.getState())?.id).toBe('apiserver.authz');
    expect(storage.load()).toEqual({});
  });

  it('going back closes the question', () => {
    const store = createPlayerStore(atAuthn, { askQuestions: true });
    store.getState().dispatch({ type: 'next' });
    store.getState().dispatch({ type: 'previous' });
    expect(store.getState().checkpoint).toBeNull();
    expect(selectStep(store.getState())?.id).toBe('kubectl.request');
  });
});
