// Filter plugins, in the default profile's order. A node fails at its first failing plugin;
// the reasons feed the decision table and the FailedScheduling message.
import type { JsonObject, NodeSpec, Taint } from '../types';
import { isObject, list, str } from '../core/json';
import { bytes, milliCpu } from '../core/quantity';
import type { Requests } from './resources';

export interface NodeUsage {
  requested: Requests;
  pods: number;
}

export interface FilterOutcome {
  filters: { plugin: string; passed: boolean; reason?: string }[];
  feasible: boolean;
}

export function tolerates(pod: JsonObject, taint: Taint): boolean {
  return list(pod, 'spec.tolerations').some((t) => {
    if (t.effect !== undefined && t.effect !== '' && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return t.key === undefined || t.key === '' || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

type Check = [plugin: string, run: () => string | null];

export function runFilters(pod: JsonObject, node: NodeSpec, labels: JsonObject, usage: NodeUsage, req: Requests): FilterOutcome {
  const checks: Check[] = [
    ['NodeUnschedulable', () =>
      node.unschedulable && !tolerates(pod, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }) ? 'node(s) were unschedulable' : null],
    ['NodeName', () => {
      const want = str(pod, 'spec.nodeName');
      return want && want !== node.name ? "node(s) didn't match the requested node name" : null;
    }],
    ['TaintToleration', () => {
      const bad = node.taints.find((t) => t.effect !== 'PreferNoSchedule' && !tolerates(pod, t));
      return bad ? `node(s) had untolerated taint {${bad.key}: ${bad.value ?? ''}}` : null;
    }],
    ['NodeAffinity', () => {
      const sel = isObject(pod.spec) && isObject(pod.spec.nodeSelector) ? pod.spec.nodeSelector : {};
      return Object.entries(sel).every(([k, v]) => labels[k] === v) ? null : "node(s) didn't match Pod's node affinity/selector";
    }],
    ['NodeResourcesFit', () => {
      const reasons: string[] = [];
      if (usage.pods + 1 > Number(node.allocatable.pods)) reasons.push('Too many pods');
      if (req.cpu > 0 && usage.requested.cpu + req.cpu > milliCpu(node.allocatable.cpu)) reasons.push('Insufficient cpu');
      if (req.memory > 0 && usage.requested.memory + req.memory > bytes(node.allocatable.memory)) reasons.push('Insufficient memory');
      return reasons.length ? reasons.join(', ') : null;
    }],
  ];
  const filters: FilterOutcome['filters'] = [];
  for (const [plugin, run] of checks) {
    const reason = run();
    filters.push(reason === null ? { plugin, passed: true } : { plugin, passed: false, reason });
    if (reason !== null) return { filters, feasible: false };
  }
  return { filters, feasible: true };
}
