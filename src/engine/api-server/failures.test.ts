// The failure branches of the filter chain and admission return the Status a real cluster does,
// and nothing reaches etcd for a rejected request.
import { describe, expect, it } from 'vitest';
import type { ClusterSpec, Trace } from '../types';
import { defaultCluster } from '../cluster/default';
import { run } from '../testing';

function cluster(change: (c: ClusterSpec) => void): ClusterSpec {
  const c = defaultCluster();
  change(c);
  return c;
}

function output(t: Trace): string[] {
  return t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
}

function statuses(t: Trace): number[] {
  return t.steps.filter((s) => s.id === 'apiserver.response' && s.http?.exchangeId === 'x1').map((s) => s.http?.status ?? 0);
}

describe('authentication and authorization failures', () => {
  it('an invalid token is 401 before any other filter runs', () => {
    const t = run(['kubectl get pods'], { cluster: cluster((c) => (c.user = { name: 'ci', groups: [], credential: 'invalid-token' })) });
    expect(statuses(t)).toEqual([401]);
    expect(t.steps.some((s) => s.id === 'apiserver.authz')).toBe(false);
    expect(output(t)).toEqual(['error: You must be logged in to the server (Unauthorized)']);
  });

  it('no credentials is system:anonymous and a 403 from authorization, not a 401', () => {
    const t = run(['kubectl get nodes'], { cluster: cluster((c) => (c.user = { name: '', groups: [], credential: 'none' })) });
    expect(statuses(t)).toEqual([403]);
    expect(output(t)).toEqual(['Error from server (Forbidden): nodes is forbidden: User "system:anonymous" cannot list resource "nodes" in API group "" at the cluster scope']);
  });

  it('a RoleBinding allows its own namespace only; can-i asks the same authorizers', () => {
    const c = cluster((c) => {
      c.namespaces = [...c.namespaces, 'dev'];
      c.bindings = [{ name: 'jane-edit', namespace: 'dev', clusterRole: 'edit', subjects: [{ kind: 'User', name: 'jane' }] }];
      c.user = { name: 'jane', groups: ['developers'], credential: 'x509' };
    });
    const t = run(['kubectl auth can-i create pods -n dev', 'kubectl auth can-i create pods', 'kubectl run web --image=nginx -n dev', 'kubectl run web --image=nginx'], { cluster: c });
    expect(output(t)).toEqual([
      'yes',
      'no',
      'pod/web created',
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"',
    ]);
    const review = t.steps.find((s) => s.http?.path === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews' && s.http.leg === 'response');
    expect(review?.http?.status).toBe(201);
  });

  it('--as needs the impersonate verb; admin may, and then acts as the other user', () => {
    const t = run(['kubectl get pods --as=jane'], {});
    const imp = t.steps.find((s) => s.id === 'apiserver.impersonation');
    expect(imp?.text.key).toBe('apiserver.impersonation.as');
    expect(imp?.http).toBeUndefined();
    expect(output(t)[0]).toContain('User "jane" cannot list resource "pods"');
    const c = cluster((c) => (c.user = { name: 'jane', groups: [], credential: 'x509' }));
    const denied = run(['kubectl get pods --as=kubernetes-admin'], { cluster: c });
    expect(output(denied)).toEqual(['Error from server (Forbidden): users "kubernetes-admin" is forbidden: User "jane" cannot impersonate resource "users" in API group "" at the cluster scope']);
  });

  it('APF with no room left answers 429 with Retry-After', () => {
    const t = run(['kubectl get pods'], { cluster: cluster((c) => (c.apfSaturated = true)) });
    const r = t.steps.find((s) => s.id === 'apiserver.response');
    expect(r?.http?.status).toBe(429);
    expect(r?.http?.responseHeaders['Retry-After']).toBe('1');
  });
});

describe('admission failures write nothing to etcd', () => {
  const c = cluster((c) => {
    c.quotas = [{ name: 'pod-count', namespace: 'default', hard: { pods: '1' } }];
    c.namespaceLabels = { 'kube-public': { 'pod-security.kubernetes.io/enforce': 'restricted' } };
    c.webhooks = [{ name: 'deny.example.com', message: 'no', namespace: 'kube-system' }];
  });
  const t = run(['kubectl run a --image=nginx', 'kubectl run b --image=nginx', 'kubectl run c --image=nginx -n kube-public', 'kubectl run d --image=nginx -n kube-system'], { cluster: c });

  it('prints the plugins\' own messages', () => {
    const out = output(t);
    expect(out[1]).toBe('Error from server (Forbidden): pods "b" is forbidden: exceeded quota: pod-count, requested: pods=1, used: pods=1, limited: pods=1');
    expect(out[2]).toMatch(/^Error from server \(Forbidden\): pods "c" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false \(container "c" must set securityContext.allowPrivilegeEscalation=false\), unrestricted capabilities/);
    expect(out[3]).toBe('Error from server (Forbidden): pods "d" is forbidden: admission webhook "deny.example.com" denied the request: no');
  });

  it('only the admitted Pod is stored', () => {
    const txns = t.steps.filter((s) => s.id === 'etcd.txn' && s.etcd?.key.startsWith('/registry/pods/') && s.etcd.then === 'Put');
    expect(new Set(txns.map((s) => s.etcd?.key))).toEqual(new Set(['/registry/pods/default/a']));
  });
});
