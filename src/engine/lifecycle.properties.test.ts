// Lifecycle and watch invariants over random command sequences that create, scale, watch and
// delete (fast-check; seeds fixed so a failure reproduces).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PodPhase, Trace } from './types';
import { defaultCluster } from './cluster/default';
import { run } from './testing';

const command = fc.oneof(
  fc.constantFrom('kubectl get pods -w', 'kubectl get pods -A -w', 'kubectl get pods', 'kubectl create deployment web --image=nginx --replicas=2', 'kubectl scale deployment web --replicas=3'),
  fc.constantFrom('nginx', 'db').map((n) => `kubectl run ${n} --image=${n === 'db' ? 'postgres:99' : 'nginx'}`),
  fc.tuple(fc.constantFrom('nginx', 'db'), fc.constantFrom('', ' --grace-period=0 --force', ' --wait=false')).map(([n, f]) => `kubectl delete pod ${n}${f}`),
);
const commands = fc.array(command, { minLength: 1, maxLength: 4 });
const cluster = { ...defaultCluster(), unpullableImages: ['postgres:99'] };
const simulateAll = (cmds: string[]): Trace => run(cmds, { cluster });
const PARAMS = { numRuns: 6, seed: 1337 };
const RANK: Record<PodPhase, number> = { Pending: 0, Running: 1, Succeeded: 2, Failed: 2, Unknown: 1 };

describe('pod lifecycle invariants', () => {
  it('phases only move forward, and a pod keeps the node it was bound to', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const seen = new Map<string, { rank: number; node: string | null }>();
      for (const s of simulateAll(cmds).steps) {
        for (const p of s.state.pods) {
          const before = seen.get(p.uid);
          if (before) {
            expect(RANK[p.phase]).toBeGreaterThanOrEqual(before.rank);
            if (before.node) expect(p.nodeName).toBe(before.node);
          }
          seen.set(p.uid, { rank: RANK[p.phase], node: p.nodeName });
        }
      }
    }), PARAMS);
  });

  it('a graceful delete ends with the pod gone from etcd before the command ends', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const t = simulateAll(cmds);
      for (const s of t.steps) {
        if (s.id !== 'apiserver.delete' || s.text.key !== 'apiserver.delete.graceful') continue;
        const key = `/registry/pods/${String(s.text.params.pod)}`;
        const last = t.steps.filter((x) => x.command === s.command).at(-1);
        expect(last?.state.etcd.some((r) => r.key === key)).toBe(false);
      }
    }), PARAMS);
  });
});

describe('watch invariants', () => {
  it('every watcher gets each change at most once, in revision order', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const last = new Map<string, number>();
      for (const s of simulateAll(cmds).steps) {
        if (!s.watch) continue;
        // kubectl may hold several watches (one per get -w or delete); the exchange tells them apart.
        const stream = `${s.watch.watcher}|${s.watch.resource}|${s.watch.fieldSelector ?? ''}|${JSON.stringify(s.detail?.exchange ?? '')}`;
        const rv = Number(s.watch.resourceVersion);
        expect(rv).toBeGreaterThan(last.get(stream) ?? 0);
        last.set(stream, rv);
      }
    }), PARAMS);
  });

  it('an unfiltered watcher gets every pod write', () => {
    fc.assert(fc.property(commands, (cmds) => {
      const t = simulateAll(cmds);
      const writes = t.steps.filter((s) => s.etcd?.op === 'Txn' && s.etcd.succeeded && s.etcd.key.startsWith('/registry/pods/')).map((s) => s.etcd?.revision ?? 0);
      const seen = t.steps.filter((s) => s.watch?.watcher === 'kube-controller-manager' && s.watch.resource === 'pods').map((s) => Number(s.watch?.resourceVersion));
      expect(seen).toEqual(writes);
    }), PARAMS);
  });
});
