// What-if branches through the player store: offered at their step, taken at the same step,
// deep-linked, and left for the same step of the unchanged trace.
import { beforeAll, describe, expect, it } from 'vitest';
import { stepSearch } from './urlSync';
import { createPlayerStore } from './player';
import { loadDomain, traceFor } from './traces';
import { branchTrace, divergence, enterWhatIf, leaveWhatIf, offersAt, whatIfsFor } from './whatif';

beforeAll(loadDomain);

describe('what-if branches', () => {
  it('are offered only where they change something', () => {
    expect(whatIfsFor('create-pod').map((w) => w.id)).toEqual(expect.arrayContaining(['expired-token', 'developer', 'nodes-cordoned', 'image-missing']));
    // The developer scenario already runs as the developer; get nodes pulls no image.
    expect(whatIfsFor('rbac-developer').map((w) => w.id)).not.toContain('developer');
    expect(whatIfsFor('get-nodes').map((w) => w.id)).not.toContain('image-missing');
    expect(branchTrace('get-nodes', 'image-missing')).toBeUndefined();
  });

  it('are offered at the step that stands for their branch point, at every level', () => {
    const steps = traceFor('create-pod').steps;
    const authn = steps.findIndex((s) => s.id === 'apiserver.authn');
    // At standard level the authentication step also stands for the deep steps after it (APF).
    expect(offersAt('create-pod', authn, 'standard')).toEqual(['expired-token', 'anonymous', 'apf-saturated']);
    expect(offersAt('create-pod', authn, 'deep')).toEqual(['expired-token', 'anonymous']);
    const apf = steps.findIndex((s) => s.id === 'apiserver.apf');
    expect(offersAt('create-pod', apf, 'deep')).toEqual(['apf-saturated']);
    expect(offersAt('create-pod', authn + 1, 'deep')).toEqual([]);
    // A step hidden at the level offers nothing (the cursor never rests there).
    expect(offersAt('create-pod', apf, 'standard')).toEqual([]);
  });

  it('branch at the same step, link there, and come back to the same step', () => {
    const store = createPlayerStore('?scenario=create-pod&level=standard&step=3');
    const at = store.getState().playback.cursor;
    expect(store.getState().trace.steps[at]?.id).toBe('apiserver.authn');
    expect(enterWhatIf(store, 'expired-token')).toBe(true);
    const s = store.getState();
    expect(s.branch).toBe('expired-token');
    expect(s.playback.cursor).toBe(at);
    expect(s.trace.steps[at]?.id).toBe('apiserver.authn');
    expect(s.trace.steps.map((x) => x.http?.status).filter(Boolean)).toContain(401);
    expect(divergence(traceFor('create-pod').steps, s.trace.steps)).toBeGreaterThanOrEqual(at);
    expect(stepSearch(store)).toBe('?scenario=create-pod&step=3&level=standard&whatif=expired-token');

    const linked = createPlayerStore(stepSearch(store));
    expect(linked.getState().branch).toBe('expired-token');
    expect(linked.getState().trace).toBe(s.trace);
    expect(linked.getState().urlNotices).toEqual([]);

    store.getState().dispatch({ type: 'last' });
    leaveWhatIf(store);
    expect(store.getState().branch).toBeNull();
    expect(store.getState().trace).toBe(traceFor('create-pod'));
    expect(store.getState().playback.cursor).toBe(at);
    expect(stepSearch(store)).toBe('?scenario=create-pod&step=3&level=standard');
  });

  it('an unknown what-if in a link falls back to the main path with a notice', () => {
    const store = createPlayerStore('?scenario=get-nodes&whatif=image-missing');
    expect(store.getState().branch).toBeNull();
    expect(store.getState().urlNotices).toEqual(['Unknown what-if "image-missing" for this scenario; showing the main path']);
  });

  it('choosing another scenario leaves the branch', () => {
    const store = createPlayerStore('?scenario=create-pod&whatif=anonymous');
    expect(store.getState().branch).toBe('anonymous');
    store.getState().dispatch({ type: 'scenarioChosen', scenarioId: 'get-nodes' });
    expect(store.getState().branch).toBeNull();
  });
});
