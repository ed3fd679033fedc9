import { beforeAll, describe, expect, it, vi } from 'vitest';
import { narrationCatalog } from './lang';
import { domain, loadDomain, scenarioIds, traceInSlices, tracingInSlices } from './traces';
import { offersAt } from './whatif';

beforeAll(loadDomain);

describe('traceInSlices', () => {
  // First: the other tests leave every trace memoised.
  it('keeps others from running the same scenario in one piece while it works', async () => {
    const simulate = vi.spyOn(domain(), 'simulate');
    const tracing = traceInSlices('create-pod');
    expect(tracingInSlices('create-pod')).toBe(true);
    // No seed on this page: the what-if offers wait for the trace instead of simulating it.
    expect(offersAt('create-pod', 0, 'standard')).toEqual([]);
    await tracing;
    expect(tracingInSlices('create-pod')).toBe(false);
    expect(simulate).not.toHaveBeenCalled();
    simulate.mockRestore();
  });

  it('gives every scenario the trace the one-piece simulation gives', async () => {
    const { simulate, renderTrace, en } = domain();
    expect(scenarioIds().length).toBeGreaterThan(30);
    for (const id of scenarioIds()) {
      const sliced = await traceInSlices(id);
      const scenario = domain().scenarios.find((s) => s.id === id);
      if (!scenario) throw new Error(id);
      // The one-piece trace, rendered the same way (traceFor would return the memoised one).
      const whole = renderTrace(simulate(scenario), narrationCatalog(en), scenario.notes, en);
      expect(JSON.stringify(sliced), id).toBe(JSON.stringify(whole));
    }
  }, 60_000);

  it('runs a command a message at a time to the same steps', () => {
    const { startSimulation, beginCommand, pumpCommand, endCommand, runCommand } = domain();
    const scenario = domain().scenarios.find((s) => s.id === 'deployment-scale');
    if (!scenario) throw new Error('deployment-scale');
    const sliced = startSimulation(scenario);
    const whole = startSimulation(scenario);
    for (const line of scenario.commands) {
      const run = beginCommand(sliced, line);
      let slices = 1;
      while (!pumpCommand(run, 1)) slices++;
      expect(slices).toBeGreaterThan(1);
      expect(JSON.stringify(endCommand(run))).toBe(JSON.stringify(runCommand(whole, line)));
    }
  });
});
