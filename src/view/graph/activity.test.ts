import { describe, expect, it } from 'vitest';
import type { Step } from '../../catalog/types';
import { involvement, linkActive } from './activity';

const state = { revision: 1, etcd: [], nodes: [], pods: [], schedulerQueue: [], watches: [], kubectlOutput: [], clock: 0 };
const step = (over: Partial<Step>): Step => ({
  id: 'x', index: 0, level: 'overview', actor: 'kube-apiserver', from: 'kube-apiserver', to: 'etcd',
  command: 0, title: '', narration: '', state, ...over,
});

describe('activity', () => {
  it('says who sends, who receives and who works in place', () => {
    const s = step({});
    expect(involvement(s, 'kube-apiserver')).toBe('sends');
    expect(involvement(s, 'etcd')).toBe('receives');
    expect(involvement(s, 'kubectl')).toBeNull();
    expect(involvement(step({ to: 'kube-apiserver' }), 'kube-apiserver')).toBe('works');
  });

  it('lights a link in either direction', () => {
    expect(linkActive(step({}), 'kube-apiserver', 'etcd')).toBe(true);
    expect(linkActive(step({ from: 'etcd', to: 'kube-apiserver' }), 'kube-apiserver', 'etcd')).toBe(true);
    expect(linkActive(step({}), 'kubectl', 'kube-apiserver')).toBe(false);
  });
});
