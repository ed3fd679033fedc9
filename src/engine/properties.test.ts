// Invariants of the whole engine over random sequences of every supported command, as any of the
// learner's identities (fast-check; the seed is fixed so a failure reproduces).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonValue } from './types';
import { run } from './testing';
import { cachedSimulator, sample, simulateSample, stateChanges } from './property-commands';

const simulate = cachedSimulator();
const PARAMS = { numRuns: 20, seed: 4242 };

/** Every metadata.resourceVersion in a JSON value (objects in bodies, lists, watch events). */
function resourceVersions(v: JsonValue | undefined, out: number[] = []): number[] {
  if (Array.isArray(v)) for (const e of v) resourceVersions(e, out);
  else if (v && typeof v === 'object') {
    const md = v.metadata;
    if (md && typeof md === 'object' && !Array.isArray(md) && typeof md.resourceVersion === 'string' && md.resourceVersion !== '') out.push(Number(md.resourceVersion));
    for (const e of Object.values(v)) resourceVersions(e, out);
  }
  return out;
}

describe('engine invariants', () => {
  it('is deterministic: the same input gives a byte-identical trace', () => {
    fc.assert(fc.property(sample, (s) => JSON.stringify(simulateSample(s)) === JSON.stringify(simulate(s))), { ...PARAMS, numRuns: 4 });
  });

  it('traces survive a JSON round trip (no undefined, classes, Maps or Infinity)', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);
    }), { ...PARAMS, numRuns: 4 });
  });

  it('every successful etcd write raises the global revision by exactly one; reads and refusals never do', () => {
    fc.assert(fc.property(sample, (s) => {
      let revision = -1;
      for (const step of simulate(s).steps) {
        if (revision < 0) revision = step.state.revision;
        if (step.etcd?.op === 'Txn' && step.etcd.succeeded) {
          expect(step.etcd.revision).toBe(revision + 1);
          revision = step.etcd.revision;
        }
        expect(step.state.revision).toBe(revision);
      }
    }), PARAMS);
  });

  it('resourceVersions never run ahead of etcd, and each object\'s only grows', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      for (const step of t.steps) {
        if (!step.watch && step.http?.leg !== 'response') continue;
        const seen = [...resourceVersions(step.http?.leg === 'response' ? step.http.responseBody : undefined), ...resourceVersions(step.watch?.object)];
        for (const rv of seen) expect(rv).toBeLessThanOrEqual(step.state.revision);
      }
      const pods = new Map<string, number>();
      for (const step of stateChanges(t)) {
        for (const p of step.state.pods) {
          const rv = Number(p.resourceVersion);
          expect(rv).toBeGreaterThanOrEqual(pods.get(p.uid) ?? 0);
          pods.set(p.uid, rv);
        }
      }
      const last = t.steps.at(-1)?.state;
      for (const row of last?.etcd ?? []) expect(row.modRevision).toBeLessThanOrEqual(last?.revision ?? 0);
    }), PARAMS);
  });

  it('only kube-apiserver talks to etcd', () => {
    fc.assert(fc.property(sample, (s) => {
      for (const step of simulate(s).steps) {
        if (step.etcd) {
          expect([step.from, step.to].sort()).toEqual(['etcd', 'kube-apiserver']);
          expect(step.actor === 'etcd' || step.actor === 'kube-apiserver').toBe(true);
        }
        if (step.from === 'etcd' || step.to === 'etcd') expect([step.from, step.to]).toContain('kube-apiserver');
      }
    }), PARAMS);
  });

  it('every command ends with kubectl having printed something, and every request is answered', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      const requests = new Set(t.steps.filter((x) => x.http?.leg === 'request').map((x) => x.http?.exchangeId));
      const answered = new Set(t.steps.filter((x) => x.http?.leg === 'response').map((x) => x.http?.exchangeId));
      expect([...requests].filter((id) => !answered.has(id))).toEqual([]);
      for (let i = 0; i < s.commands.length; i++) expect(t.steps.some((x) => x.command === i && (x.id === 'kubectl.print' || x.id === 'kubectl.error' || x.id === 'kubectl.watch')), s.commands[i]).toBe(true);
    }), PARAMS);
  });

  it('regression: a repeated name gets 409 and does not start a second pod', () => {
    const t = run(['kubectl run nginx --image=nginx', 'kubectl run nginx --image=busybox']);
    expect(t.steps.filter((s) => s.id === 'scheduler.bind')).toHaveLength(1);
    expect(t.steps.at(-1)?.state.kubectlOutput.at(-1)).toBe('Error from server (AlreadyExists): pods "nginx" already exists');
  });
});
