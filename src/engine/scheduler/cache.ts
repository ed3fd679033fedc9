// The scheduler's cache: its informer's pods, the pods it assumed onto nodes, and per-node totals
// of their requests kept up to date on every change, so a scheduling cycle does not re-add them.
import type { JsonObject } from '../types';
import type { NodeTotals, SchedulerState } from '../core/state';
import { str } from '../core/json';
import { pmapDelete, pmapGet, pmapSet } from '../core/pmap';
import { podRequests } from './resources';

export const ZERO_TOTALS: NodeTotals = { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 };

function contribution(pod: JsonObject | undefined, node: string | undefined): [string, NodeTotals] | null {
  if (!pod || !node) return null;
  const r = podRequests(pod, false);
  const nz = podRequests(pod, true);
  return [node, { cpu: r.cpu, memory: r.memory, nonZeroCpu: nz.cpu, nonZeroMemory: nz.memory, pods: 1 }];
}

function sameContribution(a: [string, NodeTotals] | null, b: [string, NodeTotals] | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [a[1], b[1]];
  return a[0] === b[0] && x.cpu === y.cpu && x.memory === y.memory && x.nonZeroCpu === y.nonZeroCpu && x.nonZeroMemory === y.nonZeroMemory && x.pods === y.pods;
}

function add(t: NodeTotals, d: NodeTotals, sign: 1 | -1): NodeTotals {
  return {
    cpu: t.cpu + sign * d.cpu,
    memory: t.memory + sign * d.memory,
    nonZeroCpu: t.nonZeroCpu + sign * d.nonZeroCpu,
    nonZeroMemory: t.nonZeroMemory + sign * d.nonZeroMemory,
    pods: t.pods + sign * d.pods,
  };
}

/**
 * Sets (or removes, with null) one pod and its assumed node, moving its requests between node
 * totals: a pod counts on spec.nodeName, or on the node it is assumed to until the binding lands.
 */
export function withPod(s: SchedulerState, key: string, pod: JsonObject | null, assumedNode: string | null): SchedulerState {
  const oldPod = pmapGet(s.pods, key);
  const wasAssumed = pmapGet(s.assumed, key);
  const before = contribution(oldPod, oldPod ? (str(oldPod, 'spec.nodeName') ?? wasAssumed) : undefined);
  // Copy the maps only when they change: most updates are status changes on the same node.
  let assumed = s.assumed;
  if (assumedNode === null && wasAssumed !== undefined) assumed = pmapDelete(assumed, key);
  else if (assumedNode !== null && wasAssumed !== assumedNode) assumed = pmapSet(assumed, key, assumedNode);
  const after = contribution(pod ?? undefined, pod ? (str(pod, 'spec.nodeName') ?? pmapGet(assumed, key)) : undefined);
  let totals = s.totals;
  if (!sameContribution(before, after)) {
    if (before) totals = pmapSet(totals, before[0], add(pmapGet(totals, before[0]) ?? ZERO_TOTALS, before[1], -1));
    if (after) totals = pmapSet(totals, after[0], add(pmapGet(totals, after[0]) ?? ZERO_TOTALS, after[1], 1));
  }
  return { ...s, pods: pod ? pmapSet(s.pods, key, pod) : pmapDelete(s.pods, key), assumed, totals };
}
