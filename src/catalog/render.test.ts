import { describe, expect, it } from 'vitest';
import type { RawStep, Trace } from '../engine/types';
import { fill, renderTrace } from './render';
import type { Catalog } from './types';

const catalog: Catalog = {
  lang: 'en',
  steps: { 'a.b': { title: 'Hello {who}', narration: 'Says hi to {who} and {missing}.' } },
  misconceptions: { myth: { often: 'often', really: 'really' } },
};

function step(index: number, level: RawStep['level'], misconception?: string): RawStep {
  return {
    id: 'a.b',
    index,
    level,
    actor: 'kubectl',
    from: 'kubectl',
    to: 'kube-apiserver',
    command: 0,
    text: { key: 'a.b', params: { who: 'etcd' } },
    ...(misconception ? { misconception } : {}),
    state: { revision: 1, etcd: [], nodes: [], pods: [], schedulerQueue: [], watches: [], kubectlOutput: [], clock: 0 },
  };
}

describe('renderTrace', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    const out = renderTrace({ scenario: 's', kubernetesVersion: '1.34', steps: [step(0, 'overview')] }, catalog);
    expect(out.steps[0]?.title).toBe('Hello etcd');
    expect(out.steps[0]?.narration).toBe('Says hi to etcd and {missing}.');
  });

  it('marks a step whose words come from the fallback with the fallback\'s language', () => {
    const zh: Catalog = { lang: 'zh-CN', steps: {}, misconceptions: {} };
    const trace: Trace = { scenario: 's', kubernetesVersion: '1.34', steps: [step(0, 'overview')] };
    expect(renderTrace(trace, zh, {}, catalog).steps[0]).toMatchObject({ title: 'Hello etcd', lang: 'en' });
    const translated = renderTrace(trace, { ...zh, steps: { 'a.b': { title: '你好 {who}', narration: '向 {who} 问好。' } } }, {}, catalog).steps[0];
    expect(translated?.title).toBe('你好 etcd');
    expect(translated?.lang).toBeUndefined();
    expect(renderTrace(trace, catalog).steps[0]?.lang).toBeUndefined();
  });

  it('shows a correction once per step id and level, and a note once per id', () => {
    const trace: Trace = {
      scenario: 's',
      kubernetesVersion: '1.34',
      steps: [step(0, 'deep', 'myth'), step(1, 'deep', 'myth'), step(2, 'overview', 'myth'), step(3, 'overview', 'myth')],
    };
    const out = renderTrace(trace, catalog, { 'a.b': 'a note' });
    expect(out.steps.map((s) => Boolean(s.misconception))).toEqual([true, false, true, false]);
    expect(out.steps.map((s) => s.note ?? null)).toEqual(['a note', null, null, null]);
  });

  it('names the missing key when the catalog lacks words', () => {
    const bad = { ...catalog, steps: {} };
    expect(() => renderTrace({ scenario: 's', kubernetesVersion: '1.34', steps: [step(0, 'deep')] }, bad)).toThrow(/a\.b/);
  });
});
