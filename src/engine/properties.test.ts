// Invariants over random sequences of the supported commands (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Trace } from './types';
import { run } from './testing';

const FILES = {
  'pod.yaml': { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
};

const command = fc.oneof(
  fc.constant('kubectl get nodes'),
  fc.constant('kubectl get pods'),
  fc.constant('kubectl create -f pod.yaml'),
  fc.tuple(fc.constantFrom('nginx', 'web', 'db', 'a', 'Bad_Name'), fc.constantFrom('nginx', 'nginx:1.27', 'busybox')).map(([n, i]) => `kubectl run ${n} --image=${i}`),
);
const commands = fc.array(command, { minLength: 1, maxLength: 3 });
const simulateAll = (cmds: string[]): Trace => run(cmds, { files: FILES });
// Few runs keep the unit suite fast; the seed is fixed so a failure reproduces.
const PARAMS = { numRuns: 8, seed: 4242 };

describe('engine invariants', () => {
  it('is deterministic: the same input gives a byte-identical trace', () => {
    fc.assert(fc.property(commands, (cmds) => JSON.stringify(simulateAll(cmds)) === JSON.stringify(simulateAll(cmds))), PARAMS);
  });

  it('traces survive a JSON round trip (no undefined, classes, Maps or Infinity)', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const t = simulateAll(cmds);
      expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);
    }), { ...PARAMS, numRuns: 4 });
  });

  it('every successful etcd write raises the global revision by exactly one; reads never do', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const t = simulateAll(cmds);
      let revision = -1;
      for (const s of t.steps) {
        if (revision < 0) revision = s.state.revision;
        if (s.etcd?.op === 'Txn' && s.etcd.succeeded) {
          expect(s.etcd.revision).toBe(revision + 1);
          revision = s.etcd.revision;
        }
        expect(s.state.revision).toBe(revision);
      }
    }), PARAMS);
  });

  it('only kube-apiserver talks to etcd', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const steps = simulateAll(cmds).steps;
      for (const s of steps) {
        if (!s.etcd) continue;
        expect([s.from, s.to].sort()).toEqual(['etcd', 'kube-apiserver']);
        expect(s.actor === 'etcd' || s.actor === 'kube-apiserver').toBe(true);
      }
      for (const s of steps) if (s.from === 'etcd' || s.to === 'etcd') expect([s.from, s.to]).toContain('kube-apiserver');
    }), PARAMS);
  });

  it('a Pod is bound at most once, and only to a node that exists', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const t = simulateAll(cmds);
      const nodes = new Set(t.steps[0]?.state.nodes.map((n) => n.name));
      const bound = new Map<string, string>();
      for (const s of t.steps) {
        for (const p of s.state.pods) {
          if (!p.nodeName) continue;
          expect(nodes.has(p.nodeName)).toBe(true);
          const before = bound.get(p.uid);
          if (before) expect(p.nodeName).toBe(before);
          bound.set(p.uid, p.nodeName);
        }
      }
      const binds = t.steps.filter((s) => s.id === 'scheduler.bind' && s.http?.status === 201);
      const uids = binds.map((b) => JSON.stringify((b.http?.requestBody as { metadata: { uid: string } }).metadata.uid));
      expect(new Set(uids).size).toBe(uids.length);
    }), PARAMS);
  });

  it('regression: a repeated name gets 409 and does not start a second pod', () => {
    const t = simulateAll(['kubectl run nginx --image=nginx', 'kubectl run nginx --image=busybox']);
    expect(t.steps.filter((s) => s.id === 'scheduler.bind')).toHaveLength(1);
    expect(t.steps.at(-1)?.state.kubectlOutput.at(-1)).toBe('Error from server (AlreadyExists): pods "nginx" already exists');
  });
});
