// Scenarios and their rendered traces. Simulation is lazy and memoised per scenario: nothing is
// simulated until a scenario is first shown.
import { en } from '../catalog/en';
import { renderTrace } from '../catalog/render';
import type { RenderedTrace } from '../catalog/types';
import { simulate } from '../engine';
import { scenarios } from '../scenario/registry';
import type { Scenario } from '../scenario/types';

const rendered = new Map<string, RenderedTrace>();

export function scenarioIds(): string[] {
  return scenarios.map((s) => s.id);
}

export function scenarioById(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario id "${id}"`);
  return found;
}

export function traceFor(id: string): RenderedTrace {
  const cached = rendered.get(id);
  if (cached) return cached;
  const scenario = scenarioById(id);
  const trace = renderTrace(simulate(scenario), en, scenario.notes);
  rendered.set(id, trace);
  return trace;
}

/** Id and title of every scenario, for pickers. */
export function scenarioList(): { id: string; title: string }[] {
  return scenarios.map((s) => ({ id: s.id, title: s.title }));
}
