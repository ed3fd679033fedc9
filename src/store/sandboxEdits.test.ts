import { describe, expect, it } from 'vitest';
import { defaultCluster, isQuantity } from '../engine';
import type { ClusterEdit } from './sandboxEdits';
import { applyEdits, editFromText, editsFromText, editsToText, editToText } from './sandboxEdits';
import { decodeSandboxUrl, encodeSandboxUrl, MAX_LINK_COMMANDS } from './sandboxUrl';

const edits: ClusterEdit[] = [
  { type: 'nodeAdded', node: 'node-3' },
  { type: 'nodeRemoved', node: 'node-2' },
  { type: 'capacitySet', node: 'node-1', resource: 'cpu', value: '500m' },
  { type: 'capacitySet', node: 'node-3', resource: 'pods', value: '1' },
  { type: 'taintAdded', node: 'node-1', taint: { key: 'example.com/gpu', value: 'yes', effect: 'NoSchedule' } },
  { type: 'taintAdded', node: 'node-3', taint: { key: 'dedicated', effect: 'NoExecute' } },
  { type: 'quotaAdded', namespace: 'default', resource: 'pods', value: '2' },
  { type: 'quotaAdded', namespace: 'default', resource: 'requests.memory', value: '1Gi' },
  { type: 'namespaceRestricted', namespace: 'default' },
];

describe('cluster edits', () => {
  it('apply in order to the cluster spec the engine reads', () => {
    const { cluster, errors } = applyEdits(defaultCluster(), edits, isQuantity);
    expect(errors).toEqual([]);
    expect(cluster.nodes.map((n) => n.name)).toEqual(['control-plane', 'node-1', 'node-3']);
    const node3 = cluster.nodes.find((n) => n.name === 'node-3');
    expect(node3).toMatchObject({ role: 'worker', allocatable: { cpu: '2', memory: '3920Mi', pods: '1' }, taints: [{ key: 'dedicated', effect: 'NoExecute' }] });
    // A new node gets an address and a pod CIDR no other node has.
    expect(new Set(cluster.nodes.map((n) => n.internalIP)).size).toBe(3);
    expect(new Set(cluster.nodes.map((n) => n.podCIDR)).size).toBe(3);
    expect(cluster.nodes.find((n) => n.name === 'node-1')?.allocatable.cpu).toBe('500m');
    expect(cluster.quotas).toEqual([{ name: 'sandbox-quota', namespace: 'default', hard: { pods: '2', 'requests.memory': '1Gi' } }]);
    expect(cluster.namespaceLabels?.default).toEqual({ 'pod-security.kubernetes.io/enforce': 'restricted' });
  });

  it('refuse what cannot apply, saying why', () => {
    const bad: ClusterEdit[] = [
      { type: 'nodeAdded', node: 'node-1' },
      { type: 'nodeAdded', node: 'Node_9' },
      { type: 'nodeRemoved', node: 'control-plane' },
      { type: 'nodeRemoved', node: 'node-7' },
      { type: 'capacitySet', node: 'node-1', resource: 'memory', value: 'lots' },
      { type: 'taintAdded', node: 'control-plane', taint: { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' } },
      { type: 'quotaAdded', namespace: 'nowhere', resource: 'pods', value: '1' },
      { type: 'quotaAdded', namespace: 'default', resource: 'services', value: '1' },
      { type: 'namespaceRestricted', namespace: 'nowhere' },
    ];
    const { cluster, applied, errors } = applyEdits(defaultCluster(), bad, isQuantity);
    expect(applied).toEqual([]);
    expect(cluster).toEqual(defaultCluster());
    expect(errors).toEqual([
      'node node-1 already exists',
      '"Node_9" is not a valid node name (lower-case letters, digits and -)',
      'control-plane runs the control plane; only worker nodes can be removed',
      'there is no node node-7',
      '"lots" is not a valid memory quantity (e.g. 8Gi)',
      'control-plane already has a node-role.kubernetes.io/control-plane taint with effect NoSchedule',
      'there is no namespace nowhere',
      '"services" is not a quota resource here (pods, requests.cpu, requests.memory, cpu, memory)',
      'there is no namespace nowhere',
    ]);
  });

  it('round-trip through their compact text', () => {
    for (const edit of edits) expect(editFromText(editToText(edit))).toEqual(edit);
    expect(editsFromText(editsToText(edits))).toEqual({ edits, errors: [] });
    expect(editsToText(edits.slice(0, 3))).toBe('+node-3,-node-2,cpu:node-1:500m');
    expect(editsFromText('+node-3,bogus,quota:x').errors).toEqual(['"bogus" is not a cluster edit', '"quota:x" is not a cluster edit']);
  });
});

describe('sandbox share link', () => {
  const ctx = { scenarioIds: ['create-pod', 'deployment-scale'], userPresets: ['admin', 'developer'] };

  it('round-trips a session', () => {
    const session = { from: 'deployment-scale', commands: ['kubectl create deployment web --image=nginx --replicas=3', 'kubectl get pods -o wide'], user: 'developer', edits };
    const search = encodeSandboxUrl(session);
    expect(search.startsWith('?mode=sandbox&from=deployment-scale&cmd=kubectl+create+deployment')).toBe(true);
    expect(decodeSandboxUrl(search, ctx)).toEqual({ session, notices: [] });
    expect(decodeSandboxUrl(encodeSandboxUrl({ commands: [], edits: [] }), ctx)).toEqual({ session: { commands: [], edits: [] }, notices: [] });
  });

  it('falls back with a notice for what it does not know', () => {
    const many = Array.from({ length: MAX_LINK_COMMANDS + 2 }, () => 'cmd=kubectl+get+pods').join('&');
    const { session, notices } = decodeSandboxUrl(`?mode=sandbox&from=nope&user=root&cluster=%2Bnode-3,zap&${many}`, ctx);
    expect(session).toEqual({ commands: Array.from({ length: MAX_LINK_COMMANDS }, () => 'kubectl get pods'), edits: [{ type: 'nodeAdded', node: 'node-3' }] });
    expect(notices).toEqual([
      'Unknown scenario "nope"; starting from the default cluster',
      `The link has ${MAX_LINK_COMMANDS + 2} commands; replaying the first ${MAX_LINK_COMMANDS}`,
      'Unknown user "root"; using the cluster\'s own user (use one of admin, developer)',
      '"zap" is not a cluster edit; left out',
    ]);
  });
});
