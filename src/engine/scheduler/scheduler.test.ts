import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../types';
import { defaultCluster } from '../cluster/default';
import { runFilters, tolerates } from './filter';
import { scoreNodes } from './score';
import { podRequests } from './resources';
import { run, only, stepsWithId } from '../testing';

const worker = defaultCluster().nodes[1] as NodeSpec;
const cp = defaultCluster().nodes[0] as NodeSpec;
const pod = { spec: { containers: [{ name: 'a', image: 'nginx' }] } };
const idle = { requested: { cpu: 0, memory: 0 }, pods: 0 };

describe('scheduler filters', () => {
  it('TaintToleration rejects the control-plane node with the real reason', () => {
    const f = runFilters(pod, cp, {}, idle, { cpu: 0, memory: 0 });
    expect(f.feasible).toBe(false);
    expect(f.filters.at(-1)).toEqual({ plugin: 'TaintToleration', passed: false, reason: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' });
    expect(tolerates({ spec: { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] } }, cp.taints[0] as never)).toBe(true);
  });

  it('NodeResourcesFit uses requests against allocatable', () => {
    const big = { spec: { containers: [{ name: 'a', image: 'x', resources: { requests: { cpu: '1500m' } } }] } };
    const req = podRequests(big, false);
    expect(runFilters(big, worker, {}, { requested: { cpu: 600, memory: 0 }, pods: 1 }, req).filters.at(-1)).toEqual({ plugin: 'NodeResourcesFit', passed: false, reason: 'Insufficient cpu' });
    expect(runFilters(big, worker, {}, idle, req).feasible).toBe(true);
  });

  it('NodeUnschedulable and NodeAffinity (nodeSelector)', () => {
    expect(runFilters(pod, { ...worker, unschedulable: true }, {}, idle, { cpu: 0, memory: 0 }).filters[0]?.reason).toBe('node(s) were unschedulable');
    const sel = { spec: { ...pod.spec, nodeSelector: { disk: 'ssd' } } };
    expect(runFilters(sel, worker, { disk: 'hdd' }, idle, { cpu: 0, memory: 0 }).filters.at(-1)?.plugin).toBe('NodeAffinity');
  });
});

describe('scheduler scoring', () => {
  it('prefers the emptier node, by requested (non-zero) resources', () => {
    const a = { ...worker, name: 'a' };
    const b = { ...worker, name: 'b' };
    const [sa, sb] = scoreNodes(pod, [a, b], [{ cpu: 100, memory: 200 * 2 ** 20 }, { cpu: 1100, memory: 200 * 2 ** 20 }], [a, b]);
    expect(sa?.total).toBeGreaterThan(sb?.total ?? 0);
    expect(sa?.scores.find((x) => x.plugin === 'TaintToleration')).toEqual({ plugin: 'TaintToleration', score: 100, weight: 3 });
  });

  it('penalises PreferNoSchedule taints', () => {
    const a = { ...worker, name: 'a' };
    const b = { ...worker, name: 'b', taints: [{ key: 'x', effect: 'PreferNoSchedule' as const }] };
    const req = [{ cpu: 100, memory: 1 }, { cpu: 100, memory: 1 }];
    const [sa, sb] = scoreNodes(pod, [a, b], req, [a, b]);
    expect(sb?.scores[0]?.score).toBe(0);
    expect(sa?.scores[0]?.score).toBe(100);
  });
});

describe('scheduling in the simulation', () => {
  it('filters out the control plane, ties the workers and breaks the tie with the seeded PRNG', () => {
    const t = run(['kubectl run nginx --image=nginx']);
    const score = only(t, 'scheduler.score');
    expect(score.scheduling?.tied).toEqual(['node-1', 'node-2']);
    expect(score.scheduling?.nodes.find((n) => n.node === 'control-plane')?.feasible).toBe(false);
    expect(run(['kubectl run nginx --image=nginx']).steps.find((s) => s.id === 'scheduler.score')?.scheduling?.selected).toBe(score.scheduling?.selected);
  });

  it('the assumed pod counts for the next one: the second pod goes to the other worker', () => {
    const t = run(['kubectl run a --image=nginx', 'kubectl run b --image=nginx']);
    const [first, second] = stepsWithId(t, 'scheduler.score').map((s) => s.scheduling?.selected);
    expect(first).not.toBe(second);
  });

  it('no node fits: FailedScheduling with the real histogram, the pod stays Pending', () => {
    const cluster = defaultCluster();
    cluster.nodes = cluster.nodes.map((n) => ({ ...n, allocatable: { ...n.allocatable, cpu: '100m' } }));
    const t = run(['kubectl create -f big.yaml'], { cluster, files: { 'big.yaml': { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'big' }, spec: { containers: [{ name: 'big', image: 'nginx', resources: { requests: { cpu: '1' } } }] } } } });
    const ev = only(t, 'scheduler.event');
    expect(ev.event?.reason).toBe('FailedScheduling');
    expect(ev.event?.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.');
    expect(t.steps.some((s) => s.id === 'scheduler.bind')).toBe(false);
    const patch = stepsWithId(t, 'scheduler.status')[0];
    expect(patch?.http).toMatchObject({ method: 'PATCH', path: '/api/v1/namespaces/default/pods/big/status', status: 200 });
    const stored = t.steps.at(-1)?.state.etcd.find((r) => r.key === '/registry/pods/default/big');
    expect(stored?.version).toBe(2);
    expect(t.steps.at(-1)?.state.pods.find((p) => p.name === 'big')?.phase).toBe('Pending');
  });
});
