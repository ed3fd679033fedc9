import { describe, expect, it } from 'vitest';
import type { ClusterView, PodView } from '../../engine/types';
import { stateLines } from './stateSummary';

const pod = (namespace: string, name: string, nodeName: string | null, status: string): PodView => ({ namespace, name, uid: 'u', nodeName, phase: 'Pending', status, resourceVersion: '30' });
const view = (revision: number, keys: [string, number][], pods: PodView[]): ClusterView => ({
  revision,
  etcd: keys.map(([key, modRevision]) => ({ key, createRevision: modRevision, modRevision, version: 1, summary: '' })),
  nodes: [],
  pods,
  schedulerQueue: ['default/nginx'],
  watches: [],
  kubectlOutput: [],
  clock: 0,
});

describe('stateLines', () => {
  it('names the keys written since the previous printed step, counts system pods and lists the rest', () => {
    const before = view(29, [['/registry/minions/node-1', 11]], [pod('kube-system', 'etcd', 'control-plane', 'Running')]);
    const after = view(30, [['/registry/minions/node-1', 11], ['/registry/pods/default/nginx', 30]], [...before.pods, pod('default', 'nginx', null, 'Pending')]);
    expect(stateLines(after, before)).toEqual([
      'etcd revision 30; written: /registry/pods/default/nginx (revision 30)',
      'kube-system: 1 pods',
      'Pod default/nginx: Pending, no node yet, resourceVersion 30',
      'Scheduler queue: default/nginx',
    ]);
    expect(stateLines(before, before)[0]).toBe('etcd revision 29');
  });
});
