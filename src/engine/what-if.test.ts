// The sandbox and what-if API: commands run one by one give the same steps as a batch, and each
// what-if branch leaves the main path at (or after) the step it is anchored to.
import { describe, expect, it } from 'vitest';
import { defaultCluster } from './cluster/default';
import { MODEL_VERSION } from './version';
import { currentView, runCommand, simulate, startSimulation } from './simulate';
import { imageMissing, WHAT_IFS } from './what-if';

const input = { id: 't', kubernetesVersion: MODEL_VERSION, cluster: defaultCluster(), files: {} };
const commands = ['kubectl run nginx --image=nginx', 'kubectl get pods'];

describe('sandbox session', () => {
  it('running commands one at a time gives the batch trace', () => {
    const sim = startSimulation(input);
    const steps = commands.flatMap((c) => runCommand(sim, c));
    expect(JSON.stringify(steps)).toBe(JSON.stringify(simulate({ ...input, commands }).steps));
  });

  it('shows the seeded cluster before the first command', () => {
    const view = currentView(startSimulation(input));
    expect(view.nodes.map((n) => [n.name, n.ready])).toEqual(defaultCluster().nodes.map((n) => [n.name, true]));
    expect(view.revision).toBeGreaterThan(0);
    expect(view.pods.length).toBeGreaterThan(0);
  });
});

describe('what-if branches', () => {
  const main = simulate({ ...input, commands });
  const ids = main.steps.map((s) => `${s.id}|${s.text.key}`);
  it.each([...WHAT_IFS, imageMissing(['nginx'])].map((w) => [w.id, w] as const))('%s changes the story from its anchor on', (_id, w) => {
    const branch = simulate({ ...input, cluster: w.apply(defaultCluster()), commands });
    const anchor = main.steps.findIndex((s) => s.id === w.at);
    expect(anchor).toBeGreaterThanOrEqual(0);
    const other = branch.steps.map((s) => `${s.id}|${s.text.key}`);
    const diverge = other.findIndex((k, i) => k !== ids[i]);
    // The branch follows the main path up to the anchor and leaves it there or soon after.
    expect(diverge).toBeGreaterThanOrEqual(anchor);
    expect(diverge - anchor).toBeLessThan(5);
  });
});
