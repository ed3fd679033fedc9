// A node's spec by name: the kubelet and the CRI look one up on every call, and a scan of a
// 100-node cluster per call added up (O(nodes) per step). Indexed once per cluster's node list.
import type { ClusterSpec, NodeSpec } from '../types';

const INDEX = new WeakMap<readonly NodeSpec[], Map<string, NodeSpec>>();

export function nodeSpec(cluster: ClusterSpec, name: string): NodeSpec | undefined {
  let index = INDEX.get(cluster.nodes);
  if (!index) {
    index = new Map();
    // The first node of a name wins, as Array.prototype.find did.
    for (const n of cluster.nodes) if (!index.has(n.name)) index.set(n.name, n);
    INDEX.set(cluster.nodes, index);
  }
  return index.get(name);
}
