// The overview level tells the course note's story exactly; standard adds the operator's view.
import { describe, expect, it } from 'vitest';
import { run } from './testing';

const idsAt = (commands: string[], level: 'overview' | 'standard'): string[] =>
  run(commands).steps.filter((s) => s.level === 'overview' || (level === 'standard' && s.level === 'standard')).map((s) => s.id);

describe('levels', () => {
  it('get nodes: 5 overview steps (GET, authn, authz, read from cache, respond)', () => {
    expect(idsAt(['kubectl get nodes'], 'overview')).toEqual(['kubectl.request', 'apiserver.authn', 'apiserver.authz', 'apiserver.list', 'apiserver.response']);
  });

  it('create pod: the 12 overview steps of the course note, in order', () => {
    expect(idsAt(['kubectl run nginx --image=nginx'], 'overview')).toEqual([
      'kubectl.request',
      'apiserver.authn',
      'apiserver.authz',
      'apiserver.admission.mutating',
      'apiserver.validation',
      'etcd.txn',
      'apiserver.response',
      'scheduler.watch',
      'scheduler.bind',
      'etcd.txn',
      'kubelet.watch',
      'kubelet.status',
    ]);
  });

  it('create pod has at least 9 standard steps, and the overview ones are among them', () => {
    const standard = idsAt(['kubectl run nginx --image=nginx'], 'standard');
    expect(standard.length).toBeGreaterThanOrEqual(9);
    expect(standard).toContain('kubectl.print');
    expect(standard).toContain('kubelet.cri.RunPodSandbox');
  });

  it('every step that corrects a misconception names one', () => {
    const t = run(['kubectl get nodes', 'kubectl run nginx --image=nginx']);
    const keys = new Set(t.steps.flatMap((s) => (s.misconception ? [s.misconception] : [])));
    for (const k of ['get-is-post', 'scheduler-writes-pod', 'kubelet-pushed', 'created-means-running', 'apiserver-updates-status']) expect(keys).toContain(k);
  });
});
