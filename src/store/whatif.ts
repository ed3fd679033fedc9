// "What if?" branches of a scenario: which ones the current step offers, and their traces, simulated
// on demand with the changed cluster and kept. The main path is the scenario's own trace.
import type { RenderedTrace, Step } from '../catalog/types';
import type { WhatIf } from '../engine';
import { isVisibleAt } from '../playback/levels';
import { positionOf, visibleOf } from './selectors';
import type { PlayerStore } from './player';
import { domain, domainLoaded, scenarioById, seededOffers, traceFor, tracingInSlices } from './traces';
import { narrationCatalog } from './lang';

const available = new Map<string, WhatIf[]>();
const branches = new Map<string, RenderedTrace>();

/** Images the scenario's kubelets pull: the "image missing" branch makes them unpullable. */
function pulledImages(steps: readonly Step[]): string[] {
  const images = new Set<string>();
  for (const s of steps) {
    const image = s.cri?.call === 'PullImage' ? s.cri.request.image : undefined;
    const ref = image && typeof image === 'object' && !Array.isArray(image) ? image.image : undefined;
    if (typeof ref === 'string') images.add(ref);
  }
  return [...images];
}

/**
 * The branches a scenario can take: each has its anchor step in the main path and changes the
 * cluster (a developer scenario has no "what if this were a developer?").
 */
export function whatIfsFor(scenarioId: string): WhatIf[] {
  const known = available.get(scenarioId);
  if (known) return known;
  const { WHAT_IFS, imageMissing } = domain();
  const { steps } = traceFor(scenarioId);
  const { cluster } = scenarioById(scenarioId);
  const images = pulledImages(steps);
  const all = images.length > 0 ? [...WHAT_IFS, imageMissing(images)] : [...WHAT_IFS];
  const same = JSON.stringify(cluster);
  const out = all.filter((w) => steps.some((s) => s.id === w.at) && JSON.stringify(w.apply(cluster)) !== same);
  available.set(scenarioId, out);
  return out;
}

/** Index of the branch point: the first step with the what-if's anchor id. */
export function anchorOf(steps: readonly Step[], whatIf: WhatIf): number {
  return steps.findIndex((s) => s.id === whatIf.at);
}

/** The scenario re-run with the what-if's change; undefined when the scenario has no such branch. */
export function branchTrace(scenarioId: string, id: string): RenderedTrace | undefined {
  const key = `${scenarioId}|${id}`;
  const cached = branches.get(key);
  if (cached) return cached;
  const whatIf = whatIfsFor(scenarioId).find((w) => w.id === id);
  if (!whatIf) return undefined;
  const { simulate, renderTrace, en } = domain();
  const scenario = scenarioById(scenarioId);
  const trace = renderTrace(simulate({ ...scenario, cluster: whatIf.apply(scenario.cluster) }), narrationCatalog(en), scenario.notes, en);
  branches.set(key, trace);
  return trace;
}

const anchorCache = new WeakMap<readonly Step[], Map<string, number>>();

/** Each branch's anchor index in the main path, once per trace. */
function anchorsOf(scenarioId: string, steps: readonly Step[]): Map<string, number> {
  let anchors = anchorCache.get(steps);
  if (!anchors) {
    anchors = new Map(whatIfsFor(scenarioId).map((w) => [w.id, anchorOf(steps, w)]));
    anchorCache.set(steps, anchors);
  }
  return anchors;
}

/**
 * What-ifs offered at the step on screen: those whose branch point this step stands for (the
 * step itself and the finer ones hidden after it at this level), so every level offers them.
 */
export function offersAt(scenarioId: string, cursor: number, level: Step['level']): string[] {
  // A prerendered first frame, before the domain (with the what-ifs) or its trace has arrived.
  if (!domainLoaded() || tracingInSlices(scenarioId)) return seededOffers(scenarioId, cursor);
  const { steps } = traceFor(scenarioId);
  if (!steps[cursor] || !isVisibleAt(steps[cursor].level, level)) return [];
  // Asked on every step: the visible steps and the anchors are worked out once per trace.
  const visible = visibleOf(steps, level);
  const end = visible[positionOf(visible, cursor) + 1] ?? steps.length;
  const anchors = anchorsOf(scenarioId, steps);
  return whatIfsFor(scenarioId)
    .filter((w) => {
      const at = anchors.get(w.id) ?? -1;
      return at >= cursor && at < end;
    })
    .map((w) => w.id);
}

/** First index where the branch tells a different story from the main path (-1: none). */
export function divergence(main: readonly Step[], branch: readonly Step[]): number {
  const n = Math.max(main.length, branch.length);
  for (let i = 0; i < n; i++) {
    const a = main[i];
    const b = branch[i];
    if (!a || !b || a.id !== b.id || a.narration !== b.narration) return i;
  }
  return -1;
}

/** Takes the branch from the step on screen: the same step, now on the changed cluster. */
export function enterWhatIf(store: PlayerStore, id: string): boolean {
  const { playback, scenario, branch, showTrace } = store.getState();
  if (branch === id) return true;
  const trace = branchTrace(playback.scenarioId, id);
  if (!trace) return false;
  const main = branch ? scenarioById(playback.scenarioId) : scenario;
  showTrace({ trace, scenario: { ...main, checkpoints: [] }, branch: id, cursor: playback.cursor });
  return true;
}

/**
 * Back to the unchanged trace: at the same step while still before the branch point, else at the
 * step where the branch was taken.
 */
export function leaveWhatIf(store: PlayerStore): void {
  const { playback, branch, showTrace } = store.getState();
  if (!branch) return;
  const main = traceFor(playback.scenarioId);
  const whatIf = whatIfsFor(playback.scenarioId).find((w) => w.id === branch);
  const anchor = whatIf ? anchorOf(main.steps, whatIf) : 0;
  showTrace({ trace: main, scenario: scenarioById(playback.scenarioId), branch: null, cursor: Math.min(playback.cursor, anchor) });
}
