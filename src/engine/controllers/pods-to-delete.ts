// Which Pods a ReplicaSet deletes when it has too many: getPodsToDelete and ActivePodsWithRanks
// (pkg/controller/replicaset/replica_set.go, pkg/controller/controller_utils.go). The first
// differing criterion decides:
//   1. unassigned before assigned;  2. Pending < Unknown < Running;  3. not ready before ready;
//   4. lower controller.kubernetes.io/pod-deletion-cost first;
//   5. more active related Pods on the same node first (spreads what stays);
//   6. both ready: ready more recently first;  7. more container restarts first;
//   8. created more recently first.
// 6 and 8 compare LogarithmicScaleDown's rank, floor(log2(age in ns)), and break its ties by UID.
// Go's sort.Sort is not stable, so Kubernetes leaves full ties to chance; we keep the cache's
// order (by key) so traces stay deterministic.
import type { JsonObject } from '../types';
import { list, obj, str } from '../core/json';
import { parseTimestamp } from '../core/time';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
export const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** IsPodActive: not Succeeded or Failed, and not being deleted. */
export function isPodActive(pod: JsonObject): boolean {
  const phase = str(pod, 'status.phase');
  return phase !== 'Succeeded' && phase !== 'Failed' && str(pod, 'metadata.deletionTimestamp') === undefined;
}

function readyCondition(pod: JsonObject): JsonObject | undefined {
  return list(pod, 'status.conditions').find((c) => c.type === 'Ready');
}

const isReady = (pod: JsonObject): boolean => readyCondition(pod)?.status === 'True';

/** GetDeletionCostFromPodAnnotations: an int32; a missing or invalid value counts as 0. */
export function deletionCost(pod: JsonObject): number {
  const raw = obj(pod, 'metadata.annotations')[DELETION_COST];
  const n = typeof raw === 'string' && /^[+-]?\d+$/.test(raw.trim()) ? Number(raw.trim()) : 0;
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}

function time(value: string | undefined): number | null {
  return value ? parseTimestamp(value) : null;
}

/** logarithmicRankDiff: ages in nanoseconds, bucketed by powers of two; an age ≤ 0 ranks -1. */
function logRank(t: number, now: number): number {
  const ns = (now - t) * 1e6;
  return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
}

function maxRestarts(pod: JsonObject): number {
  return Math.max(0, ...list(pod, 'status.containerStatuses').map((s) => (typeof s.restartCount === 'number' ? s.restartCount : 0)));
}

export interface RankedPod {
  pod: JsonObject;
  /** Active related Pods on this Pod's node (getPodsRankedByRelatedPodsOnSameNode). */
  rank: number;
}

/** afterOrZero over LogarithmicScaleDown: a zero time first, then the newer rank, then the lower UID. */
function newerFirst(a: number | null, b: number | null, now: number, uidA: string, uidB: string): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? -1 : 1;
  const diff = logRank(a, now) - logRank(b, now);
  if (diff !== 0) return diff;
  return uidA < uidB ? -1 : uidA > uidB ? 1 : 0;
}

/** ActivePodsWithRanks.Less as a comparator: negative when a is deleted before b. */
export function compareForDeletion(x: RankedPod, y: RankedPod, now: number): number {
  const [a, b] = [x.pod, y.pod];
  const nodeA = str(a, 'spec.nodeName') ?? '';
  const nodeB = str(b, 'spec.nodeName') ?? '';
  if (nodeA !== nodeB && (nodeA === '' || nodeB === '')) return nodeA === '' ? -1 : 1;
  const phaseA = PHASE_ORDINAL[str(a, 'status.phase') ?? ''] ?? 0;
  const phaseB = PHASE_ORDINAL[str(b, 'status.phase') ?? ''] ?? 0;
  if (phaseA !== phaseB) return phaseA - phaseB;
  if (isReady(a) !== isReady(b)) return isReady(a) ? 1 : -1;
  if (deletionCost(a) !== deletionCost(b)) return deletionCost(a) - deletionCost(b);
  if (x.rank !== y.rank) return y.rank - x.rank;
  const uidA = str(a, 'metadata.uid') ?? '';
  const uidB = str(b, 'metadata.uid') ?? '';
  if (isReady(a) && isReady(b)) {
    const ready = newerFirst(time(str(readyCondition(a) ?? {}, 'lastTransitionTime')), time(str(readyCondition(b) ?? {}, 'lastTransitionTime')), now, uidA, uidB);
    if (ready !== 0) return ready;
  }
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(b) - maxRestarts(a);
  return newerFirst(time(str(a, 'metadata.creationTimestamp')), time(str(b, 'metadata.creationTimestamp')), now, uidA, uidB);
}

/**
 * getPodsToDelete: the first `diff` of the ReplicaSet's active Pods in deletion order. `related`
 * are the active Pods of every ReplicaSet of the same Deployment; they decide the per-node rank.
 * Like Kubernetes, it sorts only when some Pods will stay.
 */
export function getPodsToDelete(pods: JsonObject[], related: JsonObject[], diff: number, now: number): RankedPod[] {
  const onNode = new Map<string, number>();
  for (const p of related) if (isPodActive(p)) onNode.set(str(p, 'spec.nodeName') ?? '', (onNode.get(str(p, 'spec.nodeName') ?? '') ?? 0) + 1);
  const ranked = pods.map((pod) => ({ pod, rank: onNode.get(str(pod, 'spec.nodeName') ?? '') ?? 0 }));
  if (diff < ranked.length) ranked.sort((x, y) => compareForDeletion(x, y, now));
  return ranked.slice(0, diff);
}
