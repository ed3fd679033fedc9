// Scenarios and their rendered traces. The domain (engine, catalog, scenarios) arrives through
// loadDomain(); simulation is then lazy and memoised per scenario.
import type { RenderedTrace } from '../catalog/types';
import type { Scenario } from '../scenario/types';
import type { Domain } from './domain';
import { localizeScenario, narrationCatalog } from './lang';

const rendered = new Map<string, RenderedTrace>();
let loaded: Domain | undefined;

/** Loads the domain chunk once; everything below needs it. */
export async function loadDomain(): Promise<void> {
  loaded ??= (await import('./domain')).domain;
}

function domain(): Domain {
  if (!loaded) throw new Error('the domain is not loaded yet: await loadDomain() first');
  return loaded;
}

export function scenarioIds(): string[] {
  return domain().scenarios.map((s) => s.id);
}

export function scenarioById(id: string): Scenario {
  const found = domain().scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario id "${id}"`);
  return localizeScenario(found);
}

export function traceFor(id: string): RenderedTrace {
  const cached = rendered.get(id);
  if (cached) return cached;
  const { simulate, renderTrace, en } = domain();
  const scenario = scenarioById(id);
  const trace = renderTrace(simulate(scenario), narrationCatalog(en), scenario.notes, en);
  rendered.set(id, trace);
  return trace;
}

/** Id and title of every scenario, for pickers. */
export function scenarioList(): { id: string; title: string }[] {
  return domain().scenarios.map((s) => ({ id: s.id, title: localizeScenario(s).title }));
}
