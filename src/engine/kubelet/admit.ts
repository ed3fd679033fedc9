// Node-level admission: the kubelet re-checks what the scheduler decided (resources against
// allocatable, taints with NoExecute, node name) before it runs anything.
import type { JsonObject } from '../types';
import type { Ctx } from '../core/ctx';
import { str } from '../core/json';
import { bytes, milliCpu } from '../core/quantity';
import { podRequests } from '../scheduler/resources';
import { tolerates } from '../scheduler/filter';
import { kubeletPods } from './pods';
import { nodeSpec } from '../core/node-spec';

export interface AdmitVerdict {
  admitted: boolean;
  reason: string;
  checks: string[];
}

export function admitPod(ctx: Ctx, node: string, pod: JsonObject): AdmitVerdict {
  const spec = nodeSpec(ctx.cluster, node);
  if (!spec) return { admitted: false, reason: 'NodeNotFound', checks: [] };
  const checks = ['EvictionAdmitHandler', 'PredicateAdmitHandler (resources, node name, taints)'];
  let cpu = 0;
  let memory = 0;
  let count = 0;
  // The kubelet counts the pods it already runs (its own pod manager), not the API's view.
  for (const kp of Object.values(kubeletPods(ctx.state, node))) {
    if (kp.stage === 'rejected' || kp.uid === str(pod, 'metadata.uid')) continue;
    const r = podRequests(kp.pod, false);
    cpu += r.cpu;
    memory += r.memory;
    count += 1;
  }
  const r = podRequests(pod, false);
  if (cpu + r.cpu > milliCpu(spec.allocatable.cpu)) return { admitted: false, reason: 'OutOfcpu', checks };
  if (memory + r.memory > bytes(spec.allocatable.memory)) return { admitted: false, reason: 'OutOfmemory', checks };
  if (count + 1 > Number(spec.allocatable.pods)) return { admitted: false, reason: 'OutOfpods', checks };
  const noExec = spec.taints.find((t) => t.effect === 'NoExecute' && !tolerates(pod, t));
  if (noExec) return { admitted: false, reason: 'Taint', checks };
  return { admitted: true, reason: '', checks };
}
