// Shared helpers for the engine's tests.
import type { ClusterSpec, JsonObject, RawStep, Trace } from './types';
import { simulate } from './simulate';
import { defaultCluster } from './cluster/default';
import { MODEL_VERSION } from './version';

export function run(commands: string[], opts: { cluster?: ClusterSpec; files?: Record<string, JsonObject> } = {}): Trace {
  return simulate({ id: 'test', kubernetesVersion: MODEL_VERSION, cluster: opts.cluster ?? defaultCluster(), commands, files: opts.files ?? {} });
}

export function stepsWithId(trace: Trace, id: string): RawStep[] {
  return trace.steps.filter((s) => s.id === id);
}

export function only(trace: Trace, id: string): RawStep {
  const found = stepsWithId(trace, id);
  if (found.length !== 1) throw new Error(`expected one "${id}" step, found ${found.length}`);
  return found[0] as RawStep;
}
