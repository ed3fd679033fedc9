// Scenarios and their rendered traces. The domain (engine, catalog, scenarios) arrives through
// loadDomain(); simulation is then lazy and memoised per scenario.
import type { RenderedTrace } from '../catalog/types';
import type { Scenario, ScenarioTag } from '../scenario/types';
import type { Domain } from './domain';

const rendered = new Map<string, RenderedTrace>();
let loaded: Domain | undefined;
/** Test-only scenarios a URL asked for (`?scenario=scale-100x1000`); never in the gallery. */
const extra: Scenario[] = [];

/** Loads the domain chunk once; everything below needs it. */
export async function loadDomain(): Promise<void> {
  loaded ??= (await import('./domain')).domain;
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('scenario') ?? '';
  const scale = extra.some((s) => s.id === asked) ? null : loaded.scaleScenario(asked);
  if (scale) extra.push(scale);
}

function allScenarios(): Scenario[] {
  const { scenarios } = domain();
  return extra.length === 0 ? scenarios : [...scenarios, ...extra];
}

function domain(): Domain {
  if (!loaded) throw new Error('the domain is not loaded yet: await loadDomain() first');
  return loaded;
}

export function scenarioIds(): string[] {
  return allScenarios().map((s) => s.id);
}

export function scenarioById(id: string): Scenario {
  const found = allScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario id "${id}"`);
  return found;
}

export function traceFor(id: string): RenderedTrace {
  const cached = rendered.get(id);
  if (cached) return cached;
  const { simulate, renderTrace, en } = domain();
  const scenario = scenarioById(id);
  const trace = renderTrace(simulate(scenario), en, scenario.notes);
  rendered.set(id, trace);
  return trace;
}

/** Id and title of every scenario, for pickers. */
export function scenarioList(): { id: string; title: string }[] {
  return allScenarios().map((s) => ({ id: s.id, title: s.title }));
}

/** What the gallery shows of a scenario: its card, without the engine input. */
export interface ScenarioCard {
  id: string;
  title: string;
  summary: string;
  tags: ScenarioTag[];
  kubernetesVersion: string;
}

/** Every scenario's card, in the pickers' order. */
export function scenarioCatalog(): ScenarioCard[] {
  return domain().scenarios.map(({ id, title, summary, tags, kubernetesVersion }) => ({ id, title, summary, tags, kubernetesVersion }));
}
