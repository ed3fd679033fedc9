import { describe, expect, it } from 'vitest';
import type { Step } from '../catalog/types';
import type { ClusterView } from '../engine/types';
import { packetLabel, travelSeconds } from './packetLabel';

const state: ClusterView = { revision: 1, etcd: [], nodes: [], pods: [], schedulerQueue: [], watches: [], kubectlOutput: [], clock: 0 };

function step(over: Partial<Step>): Step {
  return {
    id: 'x', index: 0, level: 'overview', actor: 'kubectl', from: 'kubectl', to: 'kube-apiserver',
    command: 0, title: 't', narration: 'n', state, ...over,
  };
}

const http = {
  exchangeId: 'e1', method: 'GET' as const, path: '/api/v1/nodes?limit=500', requestHeaders: {},
  status: 200, statusText: 'OK', responseHeaders: {},
};

describe('packetLabel', () => {
  it('labels HTTP requests with method and path without the query', () => {
    expect(packetLabel(step({ http: { ...http, leg: 'request' } }))).toBe('GET /api/v1/nodes');
  });

  it('shortens long paths to their last segment', () => {
    const path = '/api/v1/namespaces/default/pods/nginx/binding';
    expect(packetLabel(step({ http: { ...http, leg: 'request', method: 'POST', path } }))).toBe('POST …/binding');
  });

  it('labels responses with the status line', () => {
    expect(packetLabel(step({ http: { ...http, leg: 'response', status: 201, statusText: 'Created' } }))).toBe('201 Created');
  });

  it('labels watch events, CRI calls and etcd operations', () => {
    const watch = {
      watcher: 'kubelet/node-1' as const, type: 'ADDED' as const, key: '/registry/pods/default/nginx',
      resource: 'pods', resourceVersion: '5', object: { kind: 'Pod' },
    };
    expect(packetLabel(step({ watch }))).toBe('ADDED pod');
    expect(packetLabel(step({ watch: { ...watch, object: {} } }))).toBe('ADDED pod');
    const cri = { service: 'RuntimeService' as const, call: 'RunPodSandbox' as const, request: {}, response: {} };
    expect(packetLabel(step({ cri }))).toBe('RunPodSandbox');
    const etcd = { op: 'Txn' as const, key: 'k', then: 'Put' as const, succeeded: true, revision: 2, modRevision: 2 };
    expect(packetLabel(step({ etcd }))).toBe('Txn put');
    expect(packetLabel(step({ etcd: { ...etcd, op: 'Range', then: undefined } }))).toBe('Range');
  });

  it('sends no packet for work inside one component', () => {
    expect(packetLabel(step({ from: 'kube-apiserver', to: 'kube-apiserver', http: { ...http, leg: 'request' } }))).toBeNull();
  });

  it('lands the packet before the next step at every speed', () => {
    for (const ms of [3600, 1800, 900]) expect(travelSeconds(ms) * 1000).toBeLessThan(ms);
  });
});
