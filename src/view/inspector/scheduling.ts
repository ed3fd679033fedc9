// The scheduler's decision table: the latest filter/score decision up to the shown step, with the
// plugin columns in the order the scheduler ran them.
import type { Step } from '../../catalog/types';
import type { SchedulingPayload } from '../../engine/types';
import { countUpTo, indicesWith } from './stepIndex';

export interface Decision {
  /** The step that recorded it (scheduler.filter or scheduler.score). */
  step: Step;
  payload: SchedulingPayload;
  filterPlugins: string[];
  scorePlugins: { plugin: string; weight: number }[];
}

export function latestDecision(steps: readonly Step[], upTo: number): Decision | null {
  const indices = indicesWith(steps, 'scheduling');
  const at = indices[countUpTo(indices, upTo) - 1];
  const step = at === undefined ? undefined : steps[at];
  if (!step?.scheduling) return null;
  const payload = step.scheduling;
  const filterPlugins: string[] = [];
  const scorePlugins: { plugin: string; weight: number }[] = [];
  for (const node of payload.nodes) {
    for (const f of node.filters) if (!filterPlugins.includes(f.plugin)) filterPlugins.push(f.plugin);
    for (const s of node.scores) if (!scorePlugins.some((p) => p.plugin === s.plugin)) scorePlugins.push({ plugin: s.plugin, weight: s.weight });
  }
  return { step, payload, filterPlugins, scorePlugins };
}

export type Verdict = { kind: 'passed' } | { kind: 'failed'; reason: string } | { kind: 'not run' };

/** A filter plugin's verdict on a node; plugins after the first failure never ran. */
export function verdictOf(node: SchedulingPayload['nodes'][number], plugin: string): Verdict {
  const f = node.filters.find((x) => x.plugin === plugin);
  if (!f) return { kind: 'not run' };
  return f.passed ? { kind: 'passed' } : { kind: 'failed', reason: f.reason ?? '' };
}
