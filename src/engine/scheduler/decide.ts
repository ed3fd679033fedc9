// One scheduling cycle's decision for one pod over a snapshot of the scheduler's cache: filter,
// score, then pick the best total, breaking ties at random (seeded) as selectHost does.
import type { JsonObject, NodeSpec, SchedulingNodeResult, SchedulingPayload } from '../types';
import type { Ctx } from '../core/ctx';
import { obj, str } from '../core/json';
import { runFilters } from './filter';
import { scoreNodes, type NodeScore } from './score';
import { podRequests, sum, type Requests } from './resources';
import { getEntry } from '../etcd/kv';
import { ZERO_TOTALS } from './cache';

const NO_LABELS: JsonObject = Object.freeze({});

export interface Decision {
  payload: SchedulingPayload;
  feasible: number;
}

export function decide(ctx: Ctx, pod: JsonObject): Decision {
  const s = ctx.state.scheduler;
  const req = podRequests(pod, false);
  const podNonZero = podRequests(pod, true);
  // Node labels matter only to a pod with a nodeSelector (NodeAffinity passes otherwise).
  const selector = obj(pod, 'spec.nodeSelector');
  const needLabels = Object.keys(selector).length > 0;
  const results: SchedulingNodeResult[] = [];
  const feasibleNodes: NodeSpec[] = [];
  const feasibleResults: SchedulingNodeResult[] = [];
  const withPod: Requests[] = [];
  for (const spec of ctx.cluster.nodes) {
    // The node informer's taints and unschedulable win over the cluster as seeded (cordon, taint).
    const seen = s.nodes[spec.name];
    const n = seen ? { ...spec, taints: seen.taints, unschedulable: seen.unschedulable } : spec;
    const t = s.totals[n.name] ?? ZERO_TOTALS;
    const labels = needLabels ? getEntry(ctx.state.etcd, `/registry/minions/${n.name}`)?.value : undefined;
    const f = runFilters(pod, n, labels ? obj(labels, 'metadata.labels') : NO_LABELS, { requested: { cpu: t.cpu, memory: t.memory }, pods: t.pods }, req);
    const r: SchedulingNodeResult = { node: n.name, filters: f.filters, feasible: f.feasible, scores: [], total: 0 };
    results.push(r);
    if (f.feasible) {
      feasibleNodes.push(n);
      feasibleResults.push(r);
      withPod.push(sum({ cpu: t.nonZeroCpu, memory: t.nonZeroMemory }, podNonZero));
    }
  }
  const scores = scoreNodes(pod, feasibleNodes, withPod, ctx.cluster.nodes);
  let best = -Infinity;
  for (let i = 0; i < feasibleResults.length; i++) {
    const r = feasibleResults[i] as SchedulingNodeResult;
    const sc = scores[i] as NodeScore;
    r.scores = sc.scores;
    r.total = sc.total;
    if (r.total > best) best = r.total;
  }
  const tied = results.filter((r) => r.feasible && r.total === best).map((r) => r.node);
  const selected = tied.length === 0 ? null : (tied[ctx.rng.int(tied.length)] ?? null);
  const key = `${str(pod, 'metadata.namespace') ?? ''}/${str(pod, 'metadata.name') ?? ''}`;
  return {
    payload: { pod: key, nodes: results, selected, tied },
    feasible: feasibleNodes.length,
  };
}

/** FitError: "0/3 nodes are available: <sorted histogram>. preemption: …" (only a pod that fits nowhere needs it). */
export function failureMessage(results: SchedulingNodeResult[]): string {
  const counts = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const r of results) {
    const failed = r.filters.find((f) => !f.passed);
    if (!failed?.reason) continue;
    for (const reason of failed.reason.split(', ')) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    const p = failed.plugin === 'NodeResourcesFit' ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling';
    preemption.set(p, (preemption.get(p) ?? 0) + 1);
  }
  const hist = (m: Map<string, number>): string =>
    [...m.entries()].map(([reason, n]) => `${n} ${reason}`).sort().join(', ');
  const total = results.length;
  return `0/${total} nodes are available: ${hist(counts)}. preemption: 0/${total} nodes are available: ${hist(preemption)}.`;
}
