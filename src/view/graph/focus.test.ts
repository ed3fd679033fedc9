import { describe, expect, it } from 'vitest';
import type { Step } from '../../catalog/types';
import { focusBox } from './focus';
import { buildLayout } from './layout';

const { boxes } = buildLayout([
  { name: 'control-plane', role: 'control-plane' },
  { name: 'node-1', role: 'worker' },
  { name: 'node-2', role: 'worker' },
]);
const state = { revision: 1, etcd: [], nodes: [], pods: [], schedulerQueue: [], watches: [], kubectlOutput: [], clock: 0 };
const step = (over: Partial<Step>): Step => ({
  id: 's', index: 0, level: 'overview', actor: 'kubectl', from: 'kubectl', to: 'kube-apiserver', command: 0,
  title: '', narration: '', state, ...over,
});

describe('focusBox', () => {
  it('frames both ends of a message, cutting the wide API server down to the part near it', () => {
    const box = focusBox(step({}), boxes);
    const kubectl = boxes.kubectl;
    const api = boxes['kube-apiserver'];
    expect(box && kubectl && api).toBeTruthy();
    if (!box || !kubectl || !api) return;
    expect(box.x).toBeLessThanOrEqual(kubectl.x);
    expect(box.y).toBe(kubectl.y);
    expect(box.y + box.h).toBe(api.y + api.h);
    expect(box.w).toBeLessThan(api.w / 2);
  });

  it('frames the active stage inside the API server', () => {
    const api = boxes['kube-apiserver'];
    const first = focusBox(step({ from: 'kube-apiserver', to: 'kube-apiserver', stage: 'authentication' }), boxes);
    const last = focusBox(step({ from: 'kube-apiserver', to: 'kube-apiserver', stage: 'watch-cache' }), boxes);
    if (!api || !first || !last) throw new Error('missing boxes');
    expect(first.x).toBe(api.x);
    expect(last.x + last.w).toBe(api.x + api.w);
    expect(first.w).toBeLessThan(api.w);
  });

  it('frames a component working alone, and gives up on unknown components', () => {
    expect(focusBox(step({ from: 'etcd', to: 'etcd' }), boxes)).toEqual(boxes.etcd);
    expect(focusBox(step({ from: 'kubelet/node-9', to: 'kube-apiserver' }), boxes)).toBeNull();
  });
});
