// Deployment → ReplicaSet → Pods, through the API server like every other client.
import { describe, expect, it } from 'vitest';
import { run } from '../testing';
import { templateHash } from './deployment';

describe('deployment and replicaset controllers', () => {
  const t = run(['kubectl create deployment web --image=nginx --replicas=3', 'kubectl scale deployment web --replicas=5', 'kubectl get pods']);
  const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
  const posts = (path: string) => t.steps.filter((s) => s.http?.leg === 'request' && s.http.method === 'POST' && s.http.path === path);

  it('kubectl sends the Deployment and a merge patch of its scale subresource', () => {
    expect(out.slice(0, 1)).toEqual(['deployment.apps/web created']);
    expect(out).toContain('deployment.apps/web scaled');
    const patch = t.steps.find((s) => s.http?.method === 'PATCH' && s.http.path.endsWith('/deployments/web/scale'));
    expect(patch?.http?.requestHeaders['Content-Type']).toBe('application/merge-patch+json');
    expect(patch?.http?.requestBody).toEqual({ spec: { replicas: 5 } });
  });

  it('the deployment controller creates one ReplicaSet named after the template hash, owned by the Deployment', () => {
    const rs = posts('/apis/apps/v1/namespaces/default/replicasets');
    expect(rs).toHaveLength(1);
    const body = rs[0]?.http?.requestBody as { metadata: { name: string; ownerReferences: { kind: string }[] } };
    expect(body.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(body.metadata.ownerReferences[0]?.kind).toBe('Deployment');
    expect(rs[0]?.http?.requestHeaders['User-Agent']).toMatch(/system:serviceaccount:kube-system:deployment-controller$/);
  });

  it('the replicaset controller creates exactly the missing Pods with generateName, and records SuccessfulCreate', () => {
    const pods = posts('/api/v1/namespaces/default/pods');
    expect(pods).toHaveLength(5);
    expect((pods[0]?.http?.requestBody as { metadata: { generateName: string } }).metadata.generateName).toMatch(/^web-\w+-$/);
    expect(t.steps.filter((s) => s.text.key === 'controller.event' && s.text.params.reason === 'SuccessfulCreate')).toHaveLength(5);
    const running = t.steps[t.steps.length - 1]?.state.pods.filter((p) => p.name.startsWith('web-') && p.phase === 'Running');
    expect(running).toHaveLength(5);
  });

  it('scaling updates the ReplicaSet with a PUT carrying its resourceVersion', () => {
    const put = t.steps.find((s) => s.http?.method === 'PUT' && s.http.leg === 'response');
    expect(put?.http?.status).toBe(200);
    expect((put?.http?.requestBody as { spec: { replicas: number } }).spec.replicas).toBe(5);
  });

  it('the template hash is stable and uses the safe alphabet', () => {
    expect(templateHash({ a: 1 })).toBe(templateHash({ a: 1 }));
    expect(templateHash({ a: 1 })).not.toBe(templateHash({ a: 2 }));
  });
});
