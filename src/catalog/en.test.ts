import { describe, expect, it } from 'vitest';
import { MISCONCEPTION_KEYS, STEP_IDS, TEXT_KEYS } from '../engine';
import { run } from '../engine/testing';
import { defaultCluster } from '../engine/cluster/default';
import { en } from './en';
import { renderTrace } from './render';

describe('English catalog', () => {
  it('has words for every key the engine can emit, and nothing else', () => {
    expect(Object.keys(en.steps).sort()).toEqual([...TEXT_KEYS].sort());
    expect(Object.keys(en.misconceptions).sort()).toEqual([...MISCONCEPTION_KEYS].sort());
  });

  it('every key the engine emits (happy path and failures) is a declared key', () => {
    const jane = defaultCluster();
    jane.user = { name: 'jane', groups: [], credential: 'x509' };
    const traces = [
      run(['kubectl get nodes', 'kubectl get pods', 'kubectl run nginx --image=nginx', 'kubectl run nginx --image=nginx', 'kubectl run Bad_Name --image=x', 'kubectl nope', 'kubectl run p --image=registry.k8s.io/pause:3.10.1']),
      run(['kubectl get nodes'], { cluster: jane }),
      run(['kubectl get pods'], { cluster: { ...jane, user: { name: 'bot', groups: ['system:masters'], credential: 'token' } } }),
    ];
    for (const t of traces) {
      for (const s of t.steps) {
        expect(TEXT_KEYS).toContain(s.text.key);
        expect(STEP_IDS).toContain(s.id);
        if (s.misconception) expect(MISCONCEPTION_KEYS).toContain(s.misconception);
      }
      const rendered = renderTrace(t, en);
      for (const s of rendered.steps) {
        expect(s.title).not.toMatch(/\{\w+\}/);
        expect(s.narration).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('titles stay short (at most 6 words, placeholders counted as one)', () => {
    for (const [key, words] of Object.entries(en.steps)) {
      expect(words.title.split(/\s+/).length, key).toBeLessThanOrEqual(6);
    }
  });
});

describe('renderTrace notes', () => {
  it('attaches a note to the first step with its id only', () => {
    const t = run(['kubectl run nginx --image=nginx']);
    const r = renderTrace(t, en, { 'apiserver.response': 'first only' });
    const withNote = r.steps.filter((s) => s.note);
    expect(withNote).toHaveLength(1);
    expect(withNote[0]?.http?.path).toBe('/api/v1/namespaces/default/pods?fieldManager=kubectl-run');
  });
});
