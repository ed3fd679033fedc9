// Pod lifecycle and watch invariants over random sequences of every supported command (fast-check;
// the seed is fixed so a failure reproduces). The expected watch events are worked out from etcd's
// writes and each watch's own definition, not from the engine's fan-out code.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ClusterView, PodPhase, PodView, Trace } from './types';
import { cachedSimulator, sample, stateChanges } from './property-commands';

const simulate = cachedSimulator();
const PARAMS = { numRuns: 30, seed: 1337 };
const RANK: Record<PodPhase, number> = { Pending: 0, Running: 1, Succeeded: 2, Failed: 2, Unknown: 1 };

describe('pod lifecycle invariants', () => {
  it('a Pod is bound once, to a node that exists, and keeps that node', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      const nodes = new Set(t.steps[0]?.state.nodes.map((n) => n.name));
      const bound = new Map<string, string>();
      for (const step of stateChanges(t)) {
        for (const p of step.state.pods) {
          if (!p.nodeName) continue;
          expect(nodes.has(p.nodeName)).toBe(true);
          expect(p.nodeName).toBe(bound.get(p.uid) ?? p.nodeName);
          bound.set(p.uid, p.nodeName);
        }
      }
      const uids = t.steps.filter((x) => x.id === 'scheduler.bind' && x.http?.leg === 'response' && x.http.status === 201).map((x) => JSON.stringify((x.http?.requestBody as { metadata: { uid: string } }).metadata.uid));
      expect(new Set(uids).size).toBe(uids.length);
    }), PARAMS);
  });

  it('phases only move forward', () => {
    fc.assert(fc.property(sample, (s) => {
      const rank = new Map<string, number>();
      for (const step of stateChanges(simulate(s))) {
        for (const p of step.state.pods) {
          expect(RANK[p.phase]).toBeGreaterThanOrEqual(rank.get(p.uid) ?? 0);
          rank.set(p.uid, RANK[p.phase]);
        }
      }
    }), PARAMS);
  });

  it('a deleted pod leaves etcd before its command ends, and never comes back', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      // uid → index of the last step of the command that deleted it.
      const gone = new Map<string, number>();
      for (const step of t.steps) {
        const line = step.id === 'kubectl.print' ? step.state.kubectlOutput.at(-1) ?? '' : '';
        const name = /^pod "(.*)" (force )?deleted$/.exec(line)?.[1];
        if (!name) continue;
        const last = t.steps.filter((x) => x.command === step.command).at(-1);
        expect(last?.state.etcd.some((r) => r.key === `/registry/pods/default/${name}`), `${name} still in etcd`).toBe(false);
        const uid = t.steps[step.index - 1]?.state.pods.find((p) => p.name === name && p.namespace === 'default')?.uid;
        if (uid && last) gone.set(uid, last.index);
      }
      for (const step of stateChanges(t)) {
        for (const p of step.state.pods) expect(step.index > (gone.get(p.uid) ?? Infinity), `${p.name} came back`).toBe(false);
      }
    }), PARAMS);
  });
});

/** The replicas a command set on Deployment app, read from what kubectl printed for it. */
function replicasSet(line: string, printed: string[]): number | undefined {
  if (printed.includes('deployment.apps/app replaced')) return 1;
  if (!printed.includes('deployment.apps/app created') && !printed.includes('deployment.apps/app scaled')) return undefined;
  return Number(/--replicas=(\d+)/.exec(line)?.[1] ?? 1);
}

describe('replicaset invariants', () => {
  it('when a command ends, Deployment app has exactly its replicas in Pods that are not terminating, scaled up or down', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      let desired: number | undefined;
      s.commands.forEach((line, i) => {
        const steps = t.steps.filter((x) => x.command === i);
        const output = steps.at(-1)?.state.kubectlOutput ?? [];
        desired = replicasSet(line, output.slice(t.steps[(steps[0]?.index ?? 1) - 1]?.state.kubectlOutput.length ?? 0)) ?? desired;
        if (desired === undefined) return;
        const live = (steps.at(-1)?.state.pods ?? []).filter((p) => p.name.startsWith('app-') && p.status !== 'Terminating');
        expect(live, `after "${line}"`).toHaveLength(desired);
      });
    }), PARAMS);
  });
});

/** A watch as its client defined it: what it selects and from which revision. */
interface Stream {
  id: string;
  namespace: string;
  fieldSelector: string;
  from: number;
}

const FIELDS: Record<string, (p: PodView) => string> = {
  'spec.nodeName': (p) => p.nodeName ?? '',
  'status.phase': (p) => p.phase,
  'metadata.name': (p) => p.name,
  'metadata.namespace': (p) => p.namespace,
};

function selects(stream: Stream, pod: PodView | undefined): boolean {
  if (!pod || (stream.namespace && pod.namespace !== stream.namespace)) return false;
  return stream.fieldSelector.split(',').filter(Boolean).every((term) => {
    const [field = '', value = ''] = term.split(/!?=/);
    const read = FIELDS[field];
    if (!read) throw new Error(`no field ${field} in the test's selector model`);
    return term.includes('!=') ? read(pod) !== value : read(pod) === value;
  });
}

const podAt = (state: ClusterView | undefined, key: string): PodView | undefined => state?.pods.find((p) => `/registry/pods/${p.namespace}/${p.name}` === key);

/** The pod watches of a trace: the components' (open since start-up) and each kubectl watch that was answered 200. */
function podStreams(t: Trace): Stream[] {
  const components = (t.steps[0]?.state.watches ?? []).filter((w) => w.resource === 'pods' && w.watcher !== 'kubectl').map((w) => ({ id: `${w.watcher}|${w.fieldSelector ?? ''}|`, namespace: '', fieldSelector: w.fieldSelector ?? '', from: 0 }));
  const answered = new Set(t.steps.filter((x) => x.http?.leg === 'response' && x.http.status === 200).map((x) => x.http?.exchangeId));
  const kubectl = t.steps
    .filter((x) => x.id === 'kubectl.request' && x.http?.path.includes('watch=true') && answered.has(x.http.exchangeId))
    .map((x) => {
      const [path = '', query = ''] = (x.http?.path ?? '').split('?');
      const params = new URLSearchParams(query);
      return { id: `kubectl|${params.get('fieldSelector') ?? ''}|${x.http?.exchangeId ?? ''}`, namespace: /\/namespaces\/([^/]+)\//.exec(path)?.[1] ?? '', fieldSelector: params.get('fieldSelector') ?? '', from: Number(params.get('resourceVersion')) };
    });
  return [...components, ...kubectl];
}

describe('watch invariants', () => {
  it('every pod watcher gets every matching change exactly once, in revision order, with the right type', () => {
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      const writes = t.steps
        .filter((x) => x.etcd?.op === 'Txn' && x.etcd.succeeded && x.etcd.key.startsWith('/registry/pods/'))
        .map((x) => ({ revision: x.etcd?.revision ?? 0, before: podAt(t.steps[x.index - 1]?.state, x.etcd?.key ?? ''), after: x.etcd?.then === 'Delete' ? undefined : podAt(x.state, x.etcd?.key ?? '') }));
      const received = new Map<string, string[]>();
      for (const x of t.steps) {
        if (x.watch?.resource !== 'pods') continue;
        const exchange = typeof x.detail?.exchange === 'string' ? x.detail.exchange : '';
        const id = `${x.watch.watcher}|${x.watch.fieldSelector ?? ''}|${exchange}`;
        received.set(id, [...(received.get(id) ?? []), `${x.watch.resourceVersion} ${x.watch.type}`]);
      }
      for (const stream of podStreams(t)) {
        const got = received.get(stream.id) ?? [];
        // kubectl delete stops watching once it has seen DELETED.
        const closedAt = stream.fieldSelector.startsWith('metadata.name=') ? got.find((e) => e.endsWith(' DELETED')) : undefined;
        const until = closedAt ? Number(closedAt.split(' ')[0]) : Infinity;
        const expected = writes
          .filter((w) => w.revision > stream.from && w.revision <= until)
          .flatMap((w) => {
            const [was, is] = [selects(stream, w.before), selects(stream, w.after)];
            const type = was && is ? 'MODIFIED' : is ? 'ADDED' : was ? 'DELETED' : null;
            return type ? [`${w.revision} ${type}`] : [];
          });
        expect(got, stream.id).toEqual(expected);
      }
    }), PARAMS);
  });

  it('unfiltered watchers of nodes, Deployments and ReplicaSets get every write under their prefix once, in order', () => {
    const PREFIX: Record<string, string> = { nodes: '/registry/minions/', deployments: '/registry/deployments/', replicasets: '/registry/replicasets/' };
    fc.assert(fc.property(sample, (s) => {
      const t = simulate(s);
      for (const w of t.steps[0]?.state.watches ?? []) {
        const prefix = PREFIX[w.resource];
        if (!prefix || w.fieldSelector) continue;
        const writes = t.steps.filter((x) => x.etcd?.op === 'Txn' && x.etcd.succeeded && x.etcd.key.startsWith(prefix)).map((x) => x.etcd?.revision ?? 0);
        const got = t.steps.filter((x) => x.watch?.watcher === w.watcher && x.watch.resource === w.resource).map((x) => Number(x.watch?.resourceVersion));
        expect(got, `${w.watcher} ${w.resource}`).toEqual(writes);
      }
    }), PARAMS);
  });
});
