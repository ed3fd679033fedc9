// Scenarios and their rendered traces. The domain (engine, catalog, scenarios) arrives through
// loadDomain(); simulation is then lazy and memoised per scenario.
import { yieldToPage } from '../yieldToPage';
import type { RenderedTrace } from '../catalog/types';
import type { Trace } from '../engine/types';
import type { ParseResult, Scenario, ScenarioTag } from '../scenario/types';
import type { Domain } from './domain';
import { localizeScenario, narrationCatalog } from './lang';
import type { Seed } from './seed';
import { seedTrace } from './seed';

const rendered = new Map<string, RenderedTrace>();
let loaded: Domain | undefined;
/** Scenarios beyond the built-in ones: validated at run time (the embed's `?src=`) or test-only
 * ones a URL asked for (`?scenario=scale-100x1000`). Never in the gallery. */
const added: Scenario[] = [];
/** A prerendered page's scenario, usable before the domain arrives (src/store/seed.ts). */
let seeded: { seed: Seed; trace: RenderedTrace } | undefined;

/** Lets the first render run from the page's seed, before loadDomain() resolves. */
export function seedDomain(seed: Seed): RenderedTrace {
  seeded = { seed, trace: seedTrace(seed) };
  return seeded.trace;
}

/** Whether loadDomain() has resolved: before, only the seeded scenario's first frame is known. */
export function domainLoaded(): boolean {
  return loaded !== undefined;
}

/** The seed's what-if offers for its first frame (the what-ifs themselves are in the domain). */
export function seededOffers(scenarioId: string, cursor: number): string[] {
  const seed = seeded?.seed;
  return seed && seed.scenario.id === scenarioId && cursor < seed.full.length ? seed.offers : [];
}

/** Loads the domain chunk once; everything below needs it. */
export async function loadDomain(): Promise<void> {
  loaded ??= (await import('./domain')).domain;
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('scenario') ?? '';
  const scale = added.some((s) => s.id === asked) ? null : loaded.scaleScenario(asked);
  if (scale) added.push(scale);
}

/** The loaded domain (engine, catalog, scenarios); throws before loadDomain() resolved. */
export function domain(): Domain {
  if (!loaded) throw new Error('the domain is not loaded yet: await loadDomain() first');
  return loaded;
}

function allScenarios(): Scenario[] {
  if (!loaded && seeded) return [seeded.seed.scenario];
  return added.length === 0 ? domain().scenarios : [...domain().scenarios, ...added];
}

/** Adds a scenario validated at run time; its id must be new. */
export function addScenario(scenario: Scenario): void {
  if (allScenarios().some((s) => s.id === scenario.id)) throw new Error(`scenario id "${scenario.id}" is taken`);
  added.push(scenario);
}

export function scenarioIds(): string[] {
  if (!loaded && seeded) return seeded.seed.scenarios.map((s) => s.id);
  return allScenarios().map((s) => s.id);
}

export function scenarioById(id: string): Scenario {
  const found = allScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario id "${id}"`);
  return localizeScenario(found);
}

export function traceFor(id: string): RenderedTrace {
  const cached = rendered.get(id);
  if (cached) return cached;
  if (!loaded && seeded?.seed.scenario.id === id) return seeded.trace;
  const scenario = scenarioById(id);
  return remember(id, scenario, domain().simulate(scenario));
}

/** Renders a scenario's raw trace in the page's language and keeps it (the first one, if two raced). */
function remember(id: string, scenario: Scenario, raw: Trace): RenderedTrace {
  const { renderTrace, en } = domain();
  const trace = rendered.get(id) ?? renderTrace(raw, narrationCatalog(en), scenario.notes, en);
  rendered.set(id, trace);
  return trace;
}

/**
 * A task's worth of simulation: under a 50 ms long task on a phone-class CPU, which
 * scripts/measure-lighthouse.mjs calibrates at about 7× this machine.
 */
const SLICE_MS = 5;

/** Scenarios being traced in slices right now. */
const slicing = new Set<string>();

/**
 * traceFor without a long task: the engine runs a few messages at a time and yields to the page
 * between slices. The trace is the same; a prerendered page fetches its scenario's this way.
 */
export async function traceInSlices(id: string): Promise<RenderedTrace> {
  const cached = rendered.get(id);
  if (cached) return cached;
  slicing.add(id);
  try {
    return await sliced(id);
  } finally {
    slicing.delete(id);
  }
}

/**
 * Whether a scenario's trace is being worked out in slices: until it is in, whoever would call
 * traceFor (a long, synchronous run) makes do with what the page's seed says.
 */
export function tracingInSlices(id: string): boolean {
  return slicing.has(id);
}

async function sliced(id: string): Promise<RenderedTrace> {
  const { startSimulation, beginCommand, pumpCommand, endCommand, traceOf } = domain();
  const scenario = scenarioById(id);
  const sim = startSimulation(scenario);
  await yieldToPage();
  for (const line of scenario.commands) {
    const run = beginCommand(sim, line);
    for (;;) {
      const start = performance.now();
      let settled = false;
      while (!settled && performance.now() - start < SLICE_MS) settled = pumpCommand(run, 1);
      if (settled) break;
      await yieldToPage();
    }
    endCommand(run);
    await yieldToPage();
  }
  return remember(id, scenario, traceOf(sim));
}

/** Validates a scenario file fetched at run time (loads the YAML parser on first use). */
export async function parseScenarioText(text: string, file: string): Promise<ParseResult> {
  const { parseScenario } = await domain().loadScenarioParser();
  return parseScenario(text, file);
}

/** Id and title of every scenario, for pickers. */
export function scenarioList(): { id: string; title: string }[] {
  if (!loaded && seeded) return seeded.seed.scenarios;
  return allScenarios().map((s) => ({ id: s.id, title: localizeScenario(s).title }));
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
  return domain().scenarios.map(localizeScenario).map(({ id, title, summary, tags, kubernetesVersion }) => ({ id, title, summary, tags, kubernetesVersion }));
}
