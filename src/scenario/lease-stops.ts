// Validates `cluster.leaseStops`: which node's kubelet goes silent, after which command.
import type { ClusterSpec, JsonValue, LeaseStop } from '../engine/types';
import type { Checker } from './checker';
import { closest } from './locate';
import { w } from '../catalog/said';

export function parseLeaseStops(c: Checker, v: JsonValue, cluster: ClusterSpec): void {
  if (!Array.isArray(v)) return c.fail(['cluster', 'leaseStops'], w`expected a list`, w`write leaseStops: [{node: node-2, afterCommand: 1}]`);
  const names = cluster.nodes.map((n) => n.name);
  const stops: LeaseStop[] = [];
  v.forEach((s, i) => {
    const p = ['cluster', 'leaseStops', i];
    if (!c.object(p, s, ['node', 'afterCommand'])) return;
    if (!c.string([...p, 'node'], s.node, w`name the node whose kubelet goes silent, e.g. node-2`)) return;
    if (!names.includes(s.node)) {
      const guess = closest(s.node, names);
      return c.fail([...p, 'node'], w`no node "${s.node}" in the cluster`, guess ? w`did you mean "${guess}"?` : w`use one of ${names.join(', ')}`);
    }
    if (typeof s.afterCommand !== 'number' || !Number.isInteger(s.afterCommand) || s.afterCommand < 1) {
      return c.fail([...p, 'afterCommand'], w`afterCommand must be a command number, got ${JSON.stringify(s.afterCommand ?? null)}`, w`write the 1-based number of the command after which the kubelet stops, e.g. afterCommand: 1`);
    }
    if (stops.some((o) => o.node === s.node)) return c.fail([...p, 'node'], w`node "${s.node}" is listed twice`, w`a kubelet goes silent once; keep one entry per node`);
    stops.push({ node: s.node, afterCommand: s.afterCommand });
  });
  cluster.leaseStops = stops;
}

/** afterCommand must name a command the scenario has. */
export function checkLeaseStopCommands(c: Checker, cluster: ClusterSpec, commands: number): void {
  (cluster.leaseStops ?? []).forEach((s, i) => {
    if (s.afterCommand > commands) c.fail(['cluster', 'leaseStops', i, 'afterCommand'], w`there is no command ${s.afterCommand} (the scenario has ${commands})`, w`use a number from 1 to ${commands}`);
  });
}
