// The explorer's data: a scenario run with kubeadm's flags and with the edited ones, both
// rendered, and the diff between them. Needs the domain chunk (loadDomain) first.
import type { ApiServerOverrides } from '../engine/types';
import type { Step } from '../catalog/types';
import { diffSteps, type DiffRow } from './configDiff';
import type { Domain } from './domain';
import { narrationCatalog } from './lang';

export type Explored = { ok: true; rows: DiffRow[]; warnings: string[]; notSimulated: string[] } | { ok: false; errors: { flag: string; message: string }[] };

function stepsOf(d: Domain, scenarioId: string, apiServer: ApiServerOverrides | undefined): Step[] {
  const scenario = d.scenarios.find((s) => s.id === scenarioId) ?? d.scenarios[0];
  if (!scenario) return [];
  const cluster = { ...scenario.cluster, apiServer: { ...(scenario.cluster.apiServer ?? {}), ...(apiServer ?? {}) } };
  return d.renderTrace(d.simulate({ ...scenario, cluster, commands: [...scenario.commands] }), narrationCatalog(d.en), scenario.notes, d.en).steps;
}

export function explore(d: Domain, scenarioId: string, overrides: ApiServerOverrides): Explored {
  const scenario = d.scenarios.find((s) => s.id === scenarioId);
  const merged = { ...(scenario?.cluster.apiServer ?? {}), ...overrides };
  const r = d.config.resolveApiServer(merged);
  if (!r.ok) return { ok: false, errors: r.errors };
  const before = stepsOf(d, scenarioId, undefined);
  const after = stepsOf(d, scenarioId, overrides);
  return { ok: true, rows: diffSteps(before, after), warnings: r.config.warnings, notSimulated: r.config.notSimulated };
}
