import { describe, expect, it } from 'vitest';
import { API_SERVER_STAGES } from '../types';
import { defaultCluster } from '../cluster/default';
import { run, only, stepsWithId } from '../testing';
import { requestInfo } from './request-info';
import { defaultPod, defaultPullPolicy } from './pods/defaulting';
import { strategicMerge } from './pods/strategic-merge';
import { at } from '../core/json';

describe('request info', () => {
  it('derives verbs and resources from method and path', () => {
    expect(requestInfo('GET', '/api/v1/nodes?limit=500')).toMatchObject({ verb: 'list', resource: 'nodes', namespace: '' });
    expect(requestInfo('POST', '/api/v1/namespaces/default/pods/nginx/binding')).toMatchObject({ verb: 'create', resource: 'pods', name: 'nginx', subresource: 'binding', namespace: 'default' });
    expect(requestInfo('PATCH', '/api/v1/namespaces/default/pods/nginx/status')).toMatchObject({ verb: 'patch', subresource: 'status' });
    expect(requestInfo('POST', '/apis/events.k8s.io/v1/namespaces/default/events')).toMatchObject({ apiGroup: 'events.k8s.io', resource: 'events' });
  });
});

describe('handler chain', () => {
  it('runs the stages of the user request in the real order', () => {
    const t = run(['kubectl run nginx --image=nginx']);
    const firstResponse = t.steps.findIndex((s) => s.id === 'apiserver.response');
    const stages = t.steps.slice(0, firstResponse).flatMap((s) => (s.stage ? [s.stage] : []));
    const unique = stages.filter((s, i) => stages.indexOf(s) === i);
    expect(unique).toEqual(['authentication', 'audit', 'impersonation', 'priority-and-fairness', 'authorization', 'decode', 'mutating-admission', 'validation', 'validating-admission', 'storage']);
    const order = unique.map((s) => API_SERVER_STAGES.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('reads skip admission and are served from the watch cache after a revision check', () => {
    const t = run(['kubectl get nodes']);
    expect(t.steps.some((s) => s.stage === 'mutating-admission')).toBe(false);
    const range = only(t, 'etcd.range');
    expect(range.etcd).toMatchObject({ op: 'Range', key: '/registry/minions/' });
    const list = only(t, 'apiserver.list');
    expect(list.stage).toBe('watch-cache');
    expect(list.index).toBeGreaterThan(range.index);
    const resp = only(t, 'apiserver.response');
    expect(resp.http).toMatchObject({ status: 200, path: '/api/v1/nodes?limit=500' });
    expect(resp.state.revision).toBe(range.etcd?.revision);
  });

  it('RBAC allows kubernetes-admin through kubeadm:cluster-admins and classifies it as global-default', () => {
    const t = run(['kubectl get nodes']);
    expect(only(t, 'apiserver.authz').detail).toMatchObject({ allowed: true, attributes: { user: 'kubernetes-admin', verb: 'list', resource: 'nodes', namespace: '' } });
    expect(only(t, 'apiserver.apf').detail).toMatchObject({ flowSchema: 'global-default', priorityLevel: 'global-default' });
  });

  it('a user without bindings gets 403 with the real message, and nothing reaches etcd', () => {
    const cluster = defaultCluster();
    cluster.user = { name: 'jane', groups: ['developers'], credential: 'x509' };
    const t = run(['kubectl get nodes'], { cluster });
    const resp = only(t, 'apiserver.response');
    expect(resp.http?.status).toBe(403);
    expect(at(resp.http?.responseBody as never, 'message')).toBe('nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope');
    expect(t.steps.some((s) => s.etcd)).toBe(false);
    expect(t.steps[t.steps.length - 1]?.state.kubectlOutput[0]).toMatch(/^Error from server \(Forbidden\): nodes is forbidden/);
  });

  it('system:masters is allowed before RBAC is consulted', () => {
    const cluster = defaultCluster();
    cluster.user = { name: 'root', groups: ['system:masters'], credential: 'x509' };
    const t = run(['kubectl get pods'], { cluster });
    expect(only(t, 'apiserver.authz').detail).toMatchObject({ allowed: true, reason: 'member of system:masters' });
    expect(only(t, 'apiserver.apf').detail).toMatchObject({ flowSchema: 'exempt' });
  });
});

describe('defaulting and admission', () => {
  it('defaults pull policy from the tag', () => {
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:latest')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.27')).toBe('IfNotPresent');
    expect(defaultPullPolicy('localhost:5000/app')).toBe('Always');
    const d = defaultPod({ spec: { containers: [{ name: 'a', image: 'nginx' }] } });
    expect(d.pod).toMatchObject({ spec: { terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', containers: [{ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log' }] } });
  });

  it('the stored Pod carries the admission changes, a uid and RV = the etcd revision', () => {
    const t = run(['kubectl run nginx --image=nginx']);
    const resp = stepsWithId(t, 'apiserver.response')[0];
    const pod = resp?.http?.responseBody as Record<string, never>;
    const txn = stepsWithId(t, 'etcd.txn')[0];
    expect(resp?.http?.status).toBe(201);
    expect(at(pod, 'metadata.resourceVersion')).toBe(String(txn?.etcd?.revision));
    expect(at(pod, 'metadata.uid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(at(pod, 'spec.serviceAccountName')).toBe('default');
    expect(at(pod, 'spec.priority')).toBe(0);
    expect(JSON.stringify(at(pod, 'spec.volumes'))).toMatch(/"name":"kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}"/);
    expect(at(pod, 'spec.tolerations')).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    expect(at(pod, 'status')).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    expect(at(pod, 'spec.nodeName')).toBeUndefined();
  });

  it('an invalid name is a 422 with causes; a second create is a 409 AlreadyExists', () => {
    const bad = run(['kubectl run Bad_Name --image=nginx']);
    const r = only(bad, 'apiserver.response');
    expect(r.http?.status).toBe(422);
    expect(at(r.http?.responseBody as never, 'message')).toMatch(/^Pod "Bad_Name" is invalid: \[metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain.*, spec.containers\[0\].name: Invalid value/);
    const twice = run(['kubectl run nginx --image=nginx', 'kubectl run nginx --image=nginx']);
    const last = stepsWithId(twice, 'apiserver.response').filter((s) => s.command === 1)[0];
    expect(last?.http?.status).toBe(409);
    expect(at(last?.http?.responseBody as never, 'message')).toBe('pods "nginx" already exists');
  });

  it('a missing namespace is rejected by NamespaceLifecycle with 404', () => {
    const t = run(['kubectl create -f p.yaml'], { files: { 'p.yaml': { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'nope' }, spec: { containers: [{ name: 'x', image: 'nginx' }] } } } });
    expect(only(t, 'apiserver.response').http?.status).toBe(404);
    expect(t.steps.some((s) => s.etcd)).toBe(false);
  });
});

describe('binding and status', () => {
  const t = run(['kubectl run nginx --image=nginx']);

  it('BindingREST sets nodeName and PodScheduled=True in one etcd update', () => {
    const bind = only(t, 'scheduler.bind');
    expect(bind.http).toMatchObject({ method: 'POST', path: '/api/v1/namespaces/default/pods/nginx/binding', status: 201 });
    const txns = stepsWithId(t, 'etcd.txn').filter((s) => s.etcd?.key === '/registry/pods/default/nginx');
    const bindingTxn = txns[1];
    expect(bindingTxn?.etcd?.compare).toBe(`mod_revision("/registry/pods/default/nginx") == ${txns[0]?.etcd?.revision}`);
    const podAfter = bindingTxn?.state.pods.find((p) => p.name === 'nginx');
    expect(podAfter?.nodeName).toBe(bind.scheduling?.selected ?? (bind.http?.requestBody as { target: { name: string } }).target.name);
  });

  it('the pod RV rises at create, binding and each status PATCH', () => {
    const revs = stepsWithId(t, 'etcd.txn').filter((s) => s.etcd?.key === '/registry/pods/default/nginx').map((s) => s.etcd?.revision ?? 0);
    expect(revs).toHaveLength(4);
    expect([...revs].sort((a, b) => a - b)).toEqual(revs);
    expect(new Set(revs).size).toBe(4);
  });

  it('strategic merge merges conditions by type, deletes with null, replaces atomic lists', () => {
    const merged = strategicMerge(
      { conditions: [{ type: 'PodScheduled', status: 'True' }, { type: 'Ready', status: 'False', reason: 'ContainersNotReady' }], containerStatuses: [{ name: 'a', state: { waiting: { reason: 'X' } } }] },
      { conditions: [{ type: 'Ready', status: 'True', reason: null }], containerStatuses: [{ name: 'a', state: { running: {} } }] },
    );
    expect(merged).toEqual({ conditions: [{ type: 'PodScheduled', status: 'True' }, { type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'a', state: { running: {} } }] });
  });

  it('the kubelet on the chosen node gets ADDED while the scheduler gets MODIFIED for the binding', () => {
    const fanout = stepsWithId(t, 'apiserver.watchcache')[1];
    const deliveries = (fanout?.detail?.deliveries ?? []) as { watcher: string; type: string }[];
    expect(deliveries.find((d) => d.watcher === 'kube-scheduler')?.type).toBe('MODIFIED');
    expect(deliveries.find((d) => d.watcher.startsWith('kubelet/'))?.type).toBe('ADDED');
    expect(fanout?.misconception).toBe('same-event-for-everyone');
  });
});

describe('field validation', () => {
  const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', imagePullPolicyy: 'Always' }] } };

  it('kubectl create -f (Strict) fails with 400 on an unknown field', () => {
    const t = run(['kubectl create -f pod.yaml'], { files: { 'pod.yaml': manifest } });
    const resp = only(t, 'apiserver.response');
    expect(resp.http?.status).toBe(400);
    expect(t.steps.at(-1)?.state.kubectlOutput).toEqual(['Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy"']);
    expect(t.steps.some((s) => s.etcd)).toBe(false);
  });

  it('lists every unknown field, metadata included', () => {
    const t = run(['kubectl create -f pod.yaml'], { files: { 'pod.yaml': { ...manifest, metadata: { name: 'web', colour: 'blue' } } } });
    expect(t.steps.at(-1)?.state.kubectlOutput).toEqual(['Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "metadata.colour", unknown field "spec.containers[0].imagePullPolicyy"']);
  });
});
