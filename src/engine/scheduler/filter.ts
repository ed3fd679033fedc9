// Filter plugins, in the default profile's order. A node fails at its first failing plugin;
// the reasons feed the decision table and the FailedScheduling message.
import type { JsonObject, NodeSpec, Taint } from '../types';
import { isObject, list, str } from '../core/json';
import { bytes, milliCpu } from '../core/quantity';
import type { Requests } from './resources';
import { assertNever } from '../core/assert';

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

type Verdict = FilterOutcome['filters'][number];

// Verdicts are plain JSON shared by every decision table that has them: a passed plugin is the
// same object for every node and pod.
const PLUGINS = ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit'] as const;
const PASSED = PLUGINS.map((plugin): Verdict => Object.freeze({ plugin, passed: true }));
const ALL_PASSED: FilterOutcome = Object.freeze({ filters: Object.freeze(PASSED.slice()) as Verdict[], feasible: true });

/**
 * The first taint the pod does not tolerate. A loop in its own function: a closure over `pod`
 * inside check made every check call (5 per node per pod) allocate a context for it.
 */
function untolerated(pod: JsonObject, taints: Taint[]): Taint | undefined {
  for (const t of taints) if (t.effect !== 'PreferNoSchedule' && !tolerates(pod, t)) return t;
  return undefined;
}

function check(plugin: (typeof PLUGINS)[number], pod: JsonObject, node: NodeSpec, labels: JsonObject, usage: NodeUsage, req: Requests): string | null {
  switch (plugin) {
    case 'NodeUnschedulable':
      return node.unschedulable && !tolerates(pod, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }) ? 'node(s) were unschedulable' : null;
    case 'NodeName': {
      const want = str(pod, 'spec.nodeName');
      return want && want !== node.name ? "node(s) didn't match the requested node name" : null;
    }
    case 'TaintToleration': {
      if (node.taints.length === 0) return null;
      const bad = untolerated(pod, node.taints);
      return bad ? `node(s) had untolerated taint {${bad.key}: ${bad.value ?? ''}}` : null;
    }
    case 'NodeAffinity': {
      const sel = isObject(pod.spec) ? pod.spec.nodeSelector : undefined;
      if (!isObject(sel)) return null;
      for (const k in sel) if (labels[k] !== sel[k]) return "node(s) didn't match Pod's node affinity/selector";
      return null;
    }
    case 'NodeResourcesFit': {
      // Built only when the node fails: this runs for every node and pod.
      const pods = usage.pods + 1 > Number(node.allocatable.pods);
      const cpu = req.cpu > 0 && usage.requested.cpu + req.cpu > milliCpu(node.allocatable.cpu);
      const memory = req.memory > 0 && usage.requested.memory + req.memory > bytes(node.allocatable.memory);
      if (!pods && !cpu && !memory) return null;
      return [pods && 'Too many pods', cpu && 'Insufficient cpu', memory && 'Insufficient memory'].filter(Boolean).join(', ');
    }
    default:
      return assertNever(plugin);
  }
}

export function runFilters(pod: JsonObject, node: NodeSpec, labels: JsonObject, usage: NodeUsage, req: Requests): FilterOutcome {
  for (let i = 0; i < PLUGINS.length; i++) {
    const plugin = PLUGINS[i] as (typeof PLUGINS)[number];
    const reason = check(plugin, pod, node, labels, usage, req);
    if (reason !== null) return { filters: [...PASSED.slice(0, i), { plugin, passed: false, reason }], feasible: false };
  }
  return ALL_PASSED;
}
