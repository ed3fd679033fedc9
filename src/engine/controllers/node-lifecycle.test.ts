import { describe, expect, it } from 'vitest';
import { run, stepsWithId } from '../testing';
import { defaultCluster } from '../cluster/default';
import { parseScenario } from '../../scenario/parse';
import { NODE_MONITOR_GRACE_MS } from './node-lifecycle';

const silent = { ...defaultCluster(), leaseStops: [{ node: 'node-2', afterCommand: 1 }] };

describe('node lifecycle and taint eviction', () => {
  const trace = run(['kubectl create deployment web --image=nginx --replicas=2', 'kubectl get nodes', 'kubectl get pods'], { cluster: silent });
  const body = (id: string, path: string): Record<string, unknown> => {
    const s = trace.steps.find((x) => x.id === id && x.http?.path.startsWith(path) && x.http.leg === 'request');
    if (!s?.http) throw new Error(`no ${id} ${path}`);
    return s.http.requestBody as Record<string, unknown>;
  };
  const ms = (t: unknown): number => Date.parse(String(t));

  it('marks the Node Unknown only after the grace period, and evicts 300 s after the NoExecute taint', () => {
    // The controller's last sighting of node-2's Lease is the moment it went silent.
    const late = trace.steps.find((s) => s.id === 'controller.node-lifecycle' && s.text.key === 'controller.node-lifecycle.late');
    const rows = (late?.detail as { leases: { node: string; renewalSeenAt: string }[] } | undefined)?.leases ?? [];
    const silentSince = ms(rows.find((r) => r.node === 'node-2')?.renewalSeenAt);
    const status = body('controller.node-lifecycle', '/api/v1/nodes/node-2/status') as { status: { conditions: { type: string; status: string; reason: string; lastTransitionTime: string }[] } };
    const ready = status.status.conditions.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown' });
    const unknownAt = ms(ready?.lastTransitionTime);
    expect(unknownAt - silentSince).toBeGreaterThan(NODE_MONITOR_GRACE_MS);
    expect(unknownAt - silentSince).toBeLessThanOrEqual(NODE_MONITOR_GRACE_MS + 6_000);
    const reasons = trace.steps.filter((s) => s.id === 'controller.event' && s.http?.leg === 'request').map((s) => (s.http?.requestBody as { reason?: string }).reason);
    expect(reasons).toContain('NodeNotReady');
    const evicted = trace.steps.find((s) => s.id === 'controller.event' && (s.http?.requestBody as { reason?: string } | undefined)?.reason === 'TaintManagerEviction');
    const evictAt = ms((evicted?.http?.requestBody as { firstTimestamp?: string } | undefined)?.firstTimestamp);
    expect(evictAt - unknownAt).toBeGreaterThanOrEqual(300_000);
    expect(evictAt - unknownAt).toBeLessThanOrEqual(301_000);
  });

  it('keeps renewing the healthy nodes\u2019 Leases and never node-2\u2019s after it went silent', () => {
    const renewals = trace.steps.filter((s) => s.id === 'kubelet.lease' && s.http?.leg === 'request');
    expect(renewals.some((s) => s.from === 'kubelet/node-1')).toBe(true);
    expect(renewals.some((s) => s.from === 'kubelet/node-2')).toBe(false);
  });

  it('prints node-2 NotReady and the evicted Pod Terminating beside its replacement on node-1', () => {
    const out = trace.steps.filter((s) => s.id === 'kubectl.print').map((s) => JSON.stringify(s.detail));
    expect(out.some((o) => /node-2 +NotReady/.test(o))).toBe(true);
    const pods = out[out.length - 1] ?? '';
    expect(pods.match(/Terminating/g)).toHaveLength(1);
    expect(pods.match(/Running/g)).toHaveLength(2);
  });

  it('does nothing without leaseStops', () => {
    const plain = run(['kubectl create deployment web --image=nginx --replicas=2'], { cluster: defaultCluster() });
    expect(stepsWithId(plain, 'controller.node-lifecycle')).toHaveLength(0);
  });
});

describe('cluster.leaseStops validation', () => {
  const parse = (stops: string): string[] => {
    const r = parseScenario(`id: x\ntitle: x\nsummary: x\nkubernetesVersion: "1.34"\ncluster:\n  leaseStops: ${stops}\ncommands:\n  - kubectl get nodes\n`, 'x.yaml');
    return r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message} (${e.hint})`);
  };
  it('names an unknown node and suggests the closest', () => {
    expect(parse('[{node: node-3, afterCommand: 1}]')[0]).toMatch(/cluster\.leaseStops\[0\]\.node: no node "node-3".*did you mean/);
  });
  it('rejects a command number the scenario does not have', () => {
    expect(parse('[{node: node-2, afterCommand: 2}]')[0]).toMatch(/there is no command 2 \(the scenario has 1\)/);
    expect(parse('[{node: node-2, afterCommand: 0}]')[0]).toMatch(/afterCommand must be a command number/);
  });
  it('accepts a valid stop', () => {
    expect(parse('[{node: node-2, afterCommand: 1}]')).toEqual([]);
  });
});
