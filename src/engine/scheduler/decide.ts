// One scheduling cycle's decision for one pod over a snapshot of the scheduler's cache: filter,
// score, then pick the best total, breaking ties at random (seeded) as selectHost does.
import type { JsonObject, SchedulingNodeResult, SchedulingPayload } from '../types';
import type { Ctx } from '../core/ctx';
import { obj, str } from '../core/json';
import { runFilters, type NodeUsage } from './filter';
import { scoreNodes } from './score';
import { podRequests, sum, type Requests } from './resources';
import { getEntry } from '../etcd/kv';
import { ZERO_TOTALS } from './cache';

export interface Decision {
  payload: SchedulingPayload;
  feasible: number;
  failureMessage: string;
}

export function decide(ctx: Ctx, pod: JsonObject): Decision {
  const s = ctx.state.scheduler;
  const usage: Record<string, NodeUsage> = {};
  const nonZero: Record<string, Requests> = {};
  for (const n of ctx.cluster.nodes) {
    const t = s.totals[n.name] ?? ZERO_TOTALS;
    usage[n.name] = { requested: { cpu: t.cpu, memory: t.memory }, pods: t.pods };
    nonZero[n.name] = { cpu: t.nonZeroCpu, memory: t.nonZeroMemory };
  }
  const req = podRequests(pod, false);
  const podNonZero = podRequests(pod, true);
  const results: SchedulingNodeResult[] = [];
  const feasibleNodes = [];
  for (const n of ctx.cluster.nodes) {
    const labels = getEntry(ctx.state.etcd, `/registry/minions/${n.name}`)?.value;
    const f = runFilters(pod, n, labels ? obj(labels, 'metadata.labels') : {}, usage[n.name] ?? { requested: { cpu: 0, memory: 0 }, pods: 0 }, req);
    results.push({ node: n.name, filters: f.filters, feasible: f.feasible, scores: [], total: 0 });
    if (f.feasible) feasibleNodes.push(n);
  }
  const withPod: Record<string, Requests> = {};
  for (const n of feasibleNodes) withPod[n.name] = sum(nonZero[n.name] ?? { cpu: 0, memory: 0 }, podNonZero);
  const scores = scoreNodes(pod, feasibleNodes, withPod, ctx.cluster.nodes);
  for (const r of results) {
    const sc = scores[r.node];
    if (sc) {
      r.scores = sc.scores;
      r.total = sc.total;
    }
  }
  const best = Math.max(...results.filter((r) => r.feasible).map((r) => r.total));
  const tied = results.filter((r) => r.feasible && r.total === best).map((r) => r.node);
  const selected = tied.length === 0 ? null : (tied[ctx.rng.int(tied.length)] ?? null);
  const key = `${str(pod, 'metadata.namespace') ?? ''}/${str(pod, 'metadata.name') ?? ''}`;
  return {
    payload: { pod: key, nodes: results, selected, tied },
    feasible: feasibleNodes.length,
    failureMessage: failureMessage(results),
  };
}

/** FitError: "0/3 nodes are available: <sorted histogram>. preemption: …" */
function failureMessage(results: SchedulingNodeResult[]): string {
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
