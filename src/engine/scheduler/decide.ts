// One scheduling cycle's decision for one pod over a snapshot of the scheduler's cache: filter,
// score, then pick the best total, breaking ties at random (seeded) as selectHost does.
import type { JsonObject, NodeSpec, SchedulingNodeResult, SchedulingPayload } from '../types';
import type { Ctx } from '../core/ctx';
import { obj, str } from '../core/json';
import { pmapGet } from '../core/pmap';
import { runFilters, type FilterOutcome, type NodeUsage } from './filter';
import { scoreNodes, type NodeScore } from './score';
import { podRequests, sum, type Requests } from './resources';
import { getEntry } from '../etcd/kv';
import { ZERO_TOTALS } from './cache';

const NO_LABELS: JsonObject = Object.freeze({});

export interface Decision {
  payload: SchedulingPayload;
  feasible: number;
}

// Per node: its last decision-table row, handed out again while the node's verdicts and scores
// stay the same (a node keeps one row until a pod lands on it: 100k rows become about a thousand).
const ROWS = new WeakMap<NodeSpec, SchedulingNodeResult>();
const NO_SCORES: SchedulingNodeResult['scores'] = Object.freeze([]) as unknown as SchedulingNodeResult['scores'];

function row(spec: NodeSpec, node: string, filters: SchedulingNodeResult['filters'], feasible: boolean, score: NodeScore | null): SchedulingNodeResult {
  const scores = score ? score.scores : NO_SCORES;
  const total = score ? score.total : 0;
  const last = ROWS.get(spec);
  if (last && last.node === node && last.filters === filters && last.feasible === feasible && last.scores === scores && last.total === total) return last;
  const r: SchedulingNodeResult = { node, filters, feasible, scores, total };
  ROWS.set(spec, r);
  return r;
}

export function decide(ctx: Ctx, pod: JsonObject): Decision {
  const s = ctx.state.scheduler;
  const req = podRequests(pod, false);
  const podNonZero = podRequests(pod, true);
  // Node labels matter only to a pod with a nodeSelector (NodeAffinity passes otherwise).
  const selector = obj(pod, 'spec.nodeSelector');
  const needLabels = Object.keys(selector).length > 0;
  const specs = ctx.cluster.nodes;
  const outcomes: FilterOutcome[] = [];
  const feasibleNodes: NodeSpec[] = [];
  const withPod: Requests[] = [];
  // One usage record reused for every node: runFilters only reads it.
  const usage: NodeUsage = { requested: { cpu: 0, memory: 0 }, pods: 0 };
  for (const spec of specs) {
    // The node informer's taints and unschedulable win over the cluster as seeded (cordon, taint).
    const seen = s.nodes[spec.name];
    const n = seen ? { ...spec, taints: seen.taints, unschedulable: seen.unschedulable } : spec;
    const t = pmapGet(s.totals, n.name) ?? ZERO_TOTALS;
    const labels = needLabels ? getEntry(ctx.state.etcd, `/registry/minions/${n.name}`)?.value : undefined;
    usage.requested.cpu = t.cpu;
    usage.requested.memory = t.memory;
    usage.pods = t.pods;
    const f = runFilters(pod, n, labels ? obj(labels, 'metadata.labels') : NO_LABELS, usage, req);
    outcomes.push(f);
    if (f.feasible) {
      feasibleNodes.push(n);
      withPod.push(sum({ cpu: t.nonZeroCpu, memory: t.nonZeroMemory }, podNonZero));
    }
  }
  const scores = scoreNodes(pod, feasibleNodes, withPod, specs);
  const results: SchedulingNodeResult[] = [];
  let best = -Infinity;
  for (let i = 0, k = 0; i < specs.length; i++) {
    const spec = specs[i] as NodeSpec;
    const f = outcomes[i] as FilterOutcome;
    const r = row(spec, spec.name, f.filters, f.feasible, f.feasible ? (scores[k++] as NodeScore) : null);
    if (r.feasible && r.total > best) best = r.total;
    results.push(r);
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
