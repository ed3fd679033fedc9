// Scaling a Deployment down: the replicaset controller deletes the surplus through the API server,
// each Pod terminates gracefully, and nothing replaces it.
import { describe, expect, it } from 'vitest';
import type { RawStep, Trace } from '../types';
import { run } from '../testing';

const requests = (t: Trace, method: string, path: RegExp): RawStep[] => t.steps.filter((s) => s.http?.leg === 'request' && s.http.method === method && path.test(s.http.path));
const webPods = (s: RawStep | undefined) => (s?.state.pods ?? []).filter((p) => p.name.startsWith('web-'));

describe('replicaset controller scale-down', () => {
  const t = run(['kubectl create deployment web --image=nginx --replicas=3', 'kubectl scale deployment web --replicas=1', 'kubectl get pods']);
  const before = webPods(t.steps.filter((s) => s.command === 0).at(-1));
  const deletes = requests(t, 'DELETE', /^\/api\/v1\/namespaces\/default\/pods\/web-/).filter((s) => s.id === 'controller.request');
  const deleted = deletes.map((s) => s.http?.path.split('/').at(-1) ?? '');

  it('3 → 1 deletes 2 Pods with the replicaset controller\'s credentials, and creates none', () => {
    expect(before).toHaveLength(3);
    expect(deleted).toHaveLength(2);
    expect(new Set(deleted).size).toBe(2);
    for (const s of deletes) expect(s.http?.requestHeaders['User-Agent']).toMatch(/system:serviceaccount:kube-system:replicaset-controller$/);
    expect(requests(t, 'POST', /^\/api\/v1\/namespaces\/default\/pods$/)).toHaveLength(3);
    const plan = t.steps.find((s) => s.text.key === 'controller.replicaset.delete');
    expect(plan?.text.params).toMatchObject({ desired: 1, active: 3, deleting: 2, pods: deleted.join(', ') });
  });

  it('deletes the two that share a node and keeps the one alone', () => {
    const byNode = new Map<string, string[]>();
    for (const p of before) byNode.set(p.nodeName ?? '', [...(byNode.get(p.nodeName ?? '') ?? []), p.name]);
    const crowded = [...byNode.values()].find((names) => names.length === 2);
    expect([...deleted].sort()).toEqual([...(crowded ?? [])].sort());
    expect(webPods(t.steps.at(-1)).map((p) => p.name)).toEqual(before.map((p) => p.name).filter((n) => !deleted.includes(n)));
    expect(t.steps.at(-1)?.state.kubectlOutput.filter((l) => l.startsWith('web-'))).toHaveLength(1);
  });

  it('each Pod is deleted gracefully: deletionTimestamp, the kubelet stops it, then its final DELETE', () => {
    for (const name of deleted) {
      const about = (s: RawStep) => s.text.params.pod === `default/${name}`;
      const graceful = t.steps.findIndex((s) => s.text.key === 'apiserver.delete.graceful' && about(s));
      const kill = t.steps.findIndex((s) => s.text.key === 'kubelet.kill' && about(s));
      const final = t.steps.findIndex((s) => s.text.key === 'kubelet.delete' && about(s));
      const gone = t.steps.findIndex((s) => s.id === 'etcd.txn' && s.text.key === 'etcd.txn.delete' && s.text.params.key === `/registry/pods/default/${name}`);
      expect(graceful, name).toBeGreaterThan(-1);
      expect(kill).toBeGreaterThan(graceful);
      expect(final).toBeGreaterThan(kill);
      expect(gone).toBeGreaterThan(final);
    }
  });

  it('records SuccessfulDelete for each Pod on its ReplicaSet', () => {
    const events = requests(t, 'POST', /\/events$/).map((s) => s.http?.requestBody as { reason: string; message: string; type: string; involvedObject: { kind: string }; source: { component: string } });
    const successful = events.filter((e) => e.reason === 'SuccessfulDelete');
    expect(successful.map((e) => e.message).sort()).toEqual(deleted.map((n) => `Deleted pod: ${n}`).sort());
    for (const e of successful) expect(e).toMatchObject({ type: 'Normal', involvedObject: { kind: 'ReplicaSet' }, source: { component: 'replicaset-controller' } });
  });

  it('scaling to 0 deletes every Pod, and a Pending one at once (grace 0 when unscheduled)', () => {
    const z = run(['kubectl cordon node-1', 'kubectl cordon node-2', 'kubectl create deployment web --image=nginx --replicas=2', 'kubectl scale deployment web --replicas=0']);
    expect(z.steps.filter((s) => s.text.key === 'controller.request.pod.delete')).toHaveLength(2);
    expect(z.steps.filter((s) => s.text.key === 'apiserver.delete.now' && String(s.text.params.pod as string).startsWith('default/web-'))).toHaveLength(2);
    expect(webPods(z.steps.at(-1))).toHaveLength(0);
  });

  it('scaling down then up again creates the Pods anew', () => {
    const u = run(['kubectl create deployment web --image=nginx --replicas=2', 'kubectl scale deployment web --replicas=1', 'kubectl scale deployment web --replicas=3']);
    expect(requests(u, 'POST', /^\/api\/v1\/namespaces\/default\/pods$/)).toHaveLength(4);
    expect(webPods(u.steps.at(-1)).filter((p) => p.phase === 'Running')).toHaveLength(3);
  });
});
