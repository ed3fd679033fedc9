// Pods grouped by node once per pods array (the state shares it between steps until a Pod
// changes), so each of a hundred node groups looks up its own Pods instead of scanning them all.
import type { PodView } from '../../engine/types';

const cache = new WeakMap<readonly PodView[], Map<string, PodView[]>>();
const NONE: PodView[] = [];

export function podsOn(pods: readonly PodView[], node: string): PodView[] {
  let byNode = cache.get(pods);
  if (!byNode) {
    byNode = new Map();
    for (const p of pods) {
      if (p.nodeName === null) continue;
      const list = byNode.get(p.nodeName);
      if (list) list.push(p);
      else byNode.set(p.nodeName, [p]);
    }
    cache.set(pods, byNode);
  }
  return byNode.get(node) ?? NONE;
}

/** Past this many workload Pods on a node, one chip per Pod stops being readable. */
export const POD_CHIPS_MAX = 4;

/** `[['Running', 8], ['Pending', 2]]`: how many Pods are in each phase, in lifecycle order. */
export function countByPhase(phases: readonly string[]): [string, number][] {
  const order = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];
  const counts = new Map<string, number>();
  for (const p of phases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

const SEP = '\u0000';
const keysCache = new WeakMap<readonly PodView[], Map<string, string[]>>();

/**
 * A node's Pods as `namespace␀name␀status␀phase` strings: the same array for the same pods array,
 * so a hundred node groups compare their selection in O(1) on a step that changed no Pod.
 */
export function podKeysOn(pods: readonly PodView[], node: string): string[] {
  let byNode = keysCache.get(pods);
  if (!byNode) keysCache.set(pods, (byNode = new Map<string, string[]>()));
  let keys = byNode.get(node);
  if (!keys) byNode.set(node, (keys = podsOn(pods, node).map((p) => [p.namespace, p.name, p.status, p.phase].join(SEP))));
  return keys;
}

/** The fields of a key made by podKeysOn. */
export function podKeyFields(key: string): [namespace: string, name: string, status: string, phase: string] {
  const [namespace = '', name = '', status = '', phase = ''] = key.split(SEP);
  return [namespace, name, status, phase];
}
