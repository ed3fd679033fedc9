// Validates `cluster.leaseStops`: which node's kubelet goes silent, after which command.
import type { ClusterSpec, JsonValue, LeaseStop } from '../engine/types';
import type { Checker } from './checker';
import { closest } from './locate';

export function parseLeaseStops(c: Checker, v: JsonValue, cluster: ClusterSpec): void {
  if (!Array.isArray(v)) return c.fail(['cluster', 'leaseStops'], 'expected a list', 'write leaseStops: [{node: node-2, afterCommand: 1}]');
  const names = cluster.nodes.map((n) => n.name);
  const stops: LeaseStop[] = [];
  v.forEach((s, i) => {
    const p = ['cluster', 'leaseStops', i];
    if (!c.object(p, s, ['node', 'afterCommand'])) return;
    if (!c.string([...p, 'node'], s.node, 'name the node whose kubelet goes silent, e.g. node-2')) return;
    if (!names.includes(s.node)) {
      const guess = closest(s.node, names);
      return c.fail([...p, 'node'], `no node "${s.node}" in the cluster`, guess ? `did you mean "${guess}"?` : `use one of ${names.join(', ')}`);
    }
    if (typeof s.afterCommand !== 'number' || !Number.isInteger(s.afterCommand) || s.afterCommand < 1) {
      return c.fail([...p, 'afterCommand'], `afterCommand must be a command number, got ${JSON.stringify(s.afterCommand ?? null)}`, 'write the 1-based number of the command after which the kubelet stops, e.g. afterCommand: 1');
    }
    if (stops.some((o) => o.node === s.node)) return c.fail([...p, 'node'], `node "${s.node}" is listed twice`, 'a kubelet goes silent once; keep one entry per node');
    stops.push({ node: s.node, afterCommand: s.afterCommand });
  });
  cluster.leaseStops = stops;
}

/** afterCommand must name a command the scenario has. */
export function checkLeaseStopCommands(c: Checker, cluster: ClusterSpec, commands: number): void {
  (cluster.leaseStops ?? []).forEach((s, i) => {
    if (s.afterCommand > commands) c.fail(['cluster', 'leaseStops', i, 'afterCommand'], `there is no command ${s.afterCommand} (the scenario has ${commands})`, `use a number from 1 to ${commands}`);
  });
}
