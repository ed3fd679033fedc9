// Deleting a pod and failing to pull its image, end to end through the kubelet.
import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../cluster/default';
import { run, stepsWithId } from '../testing';

describe('graceful delete', () => {
  const t = run(['kubectl run nginx --image=nginx', 'kubectl delete pod nginx']);
  const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];

  it('marks the pod first, the kubelet stops it, then its DELETE with grace 0 and the UID removes it', () => {
    const order = t.steps.filter((s) => s.command === 1).map((s) => s.id);
    const marked = t.steps.find((s) => s.id === 'etcd.txn' && s.command === 1 && s.etcd?.then === 'Put');
    expect(marked?.etcd?.key).toBe('/registry/pods/default/nginx');
    expect(order.indexOf('kubelet.kill')).toBeLessThan(order.indexOf('kubelet.cri.StopContainer'));
    expect(order.indexOf('kubelet.cri.StopContainer')).toBeLessThan(order.indexOf('kubelet.delete'));
    const final = stepsWithId(t, 'kubelet.delete')[0];
    expect(final?.http?.requestBody).toMatchObject({ gracePeriodSeconds: 0, preconditions: { uid: expect.any(String) as string } });
    const removed = t.steps.find((s) => s.id === 'etcd.txn' && s.etcd?.then === 'Delete');
    expect(removed?.etcd?.key).toBe('/registry/pods/default/nginx');
    expect(t.steps[t.steps.length - 1]?.state.pods.some((p) => p.name === 'nginx')).toBe(false);
  });

  it('kubectl prints "deleted" and waits on a watch until DELETED', () => {
    expect(out).toContain('pod "nginx" deleted');
    const watch = t.steps.find((s) => s.http?.path.includes('fieldSelector=metadata.name%3Dnginx'));
    expect(watch?.http?.path).toMatch(/watch=true$/);
    const last = t.steps.filter((s) => s.id === 'kubectl.watch').at(-1);
    expect(last?.watch?.type).toBe('DELETED');
    expect(t.steps[t.steps.length - 1]?.state.watches.some((w) => w.watcher === 'kubectl')).toBe(false);
  });

  it('shows Terminating while the deletionTimestamp is set', () => {
    expect(t.steps.some((s) => s.state.pods.some((p) => p.name === 'nginx' && p.status === 'Terminating'))).toBe(true);
  });

  it('--grace-period=0 --force removes the key at once and warns', () => {
    const f = run(['kubectl run nginx --image=nginx', 'kubectl delete pod nginx --grace-period=0 --force']);
    const fo = f.steps[f.steps.length - 1]?.state.kubectlOutput ?? [];
    expect(fo.slice(-1)).toEqual(['pod "nginx" force deleted']);
    expect(f.steps.some((s) => s.id === 'kubelet.delete')).toBe(false);
    expect(f.steps.some((s) => s.id === 'kubelet.kill')).toBe(true);
  });

  it('an unknown pod is 404', () => {
    const n = run(['kubectl delete pod nope']);
    expect(n.steps[n.steps.length - 1]?.state.kubectlOutput).toEqual(['Error from server (NotFound): pods "nope" not found']);
  });
});

describe('get -w', () => {
  it('lists, then prints each change from one watch opened at the list\'s resourceVersion', () => {
    const t = run(['kubectl get pods -w', 'kubectl run nginx --image=nginx']);
    const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
    expect(out[0]).toBe('No resources found in default namespace.');
    expect(out.filter((l) => l.startsWith('nginx')).map((l) => l.split(/\s+/)[2])).toEqual(['Pending', 'Pending', 'ContainerCreating', 'Running']);
    expect(t.steps.filter((s) => s.http?.leg === 'request' && s.http.path.includes('watch=true'))).toHaveLength(1);
  });
});

describe('image pull failure', () => {
  it('ErrImagePull, then ImagePullBackOff; the pod stays Pending', () => {
    const c = defaultCluster();
    c.unpullableImages = ['nginx:1.99'];
    const t = run(['kubectl run web --image=nginx:1.99', 'kubectl get pods'], { cluster: c });
    const reasons = t.steps.filter((s) => s.event?.type === 'Warning').map((s) => s.event?.message);
    expect(reasons[0]).toMatch(/^Failed to pull image "nginx:1.99": rpc error: code = NotFound/);
    expect(reasons).toContain('Error: ErrImagePull');
    expect(reasons).toContain('Error: ImagePullBackOff');
    const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
    expect(out.at(-1)).toMatch(/^web\s+0\/1\s+ImagePullBackOff\s+0/);
  });
});

describe('logs and exec', () => {
  const t = run(['kubectl run nginx --image=nginx', 'kubectl logs nginx', 'kubectl exec nginx -- hostname']);
  it('kube-apiserver dials the kubelet on 10250 and streams its answer back', () => {
    const serve = stepsWithId(t, 'kubelet.serve');
    expect(serve.map((s) => s.detail?.url)).toEqual([
      'https://192.168.56.11:10250/containerLogs/default/nginx/nginx',
      'https://192.168.56.11:10250/exec/default/nginx/nginx',
    ]);
    expect(serve.every((s) => s.from === 'kube-apiserver')).toBe(true);
    const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
    expect(out).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(out.at(-1)).toBe('nginx');
    const exec = t.steps.find((s) => s.id === 'apiserver.response' && s.http?.path.includes('/exec?'));
    expect(exec?.http?.status).toBe(101);
  });
});
