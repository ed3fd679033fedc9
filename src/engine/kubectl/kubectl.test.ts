import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse';
import { buildRequest, TABLE_ACCEPT, USER_AGENT } from './request';
import { printTable, tabulate, warningLines } from './print';
import { run, only } from '../testing';

describe('kubectl parsing', () => {
  it('accepts the supported commands and aliases', () => {
    expect(parseCommand('kubectl get no')).toEqual({ ok: true, command: { verb: 'get', resource: 'nodes' } });
    expect(parseCommand('kubectl  get pods ')).toEqual({ ok: true, command: { verb: 'get', resource: 'pods' } });
    expect(parseCommand('kubectl run web --image nginx:1.27')).toEqual({ ok: true, command: { verb: 'run', name: 'web', image: 'nginx:1.27' } });
    expect(parseCommand('kubectl create -f pod.yaml')).toEqual({ ok: true, command: { verb: 'create', file: 'pod.yaml' } });
  });

  it('rejects anything else with the list of supported commands', () => {
    const r = parseCommand('kubectl delete pod nginx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint).toContain('kubectl run NAME --image=IMAGE');
    expect(parseCommand('kubectl run nginx').ok).toBe(false);
    expect(parseCommand('helm install x').ok).toBe(false);
  });
});

describe('kubectl requests (as kubectl v1.32 sends them with -v=8)', () => {
  it('get is a GET with limit=500 and the Table Accept header', () => {
    const r = buildRequest({ verb: 'get', resource: 'nodes' }, 'sess', {});
    expect(r.method).toBe('GET');
    expect(r.path).toBe('/api/v1/nodes?limit=500');
    expect(r.headers).toMatchObject({ Accept: TABLE_ACCEPT, 'Kubectl-Command': 'kubectl get', 'Kubectl-Session': 'sess', 'User-Agent': USER_AGENT });
  });

  it('run POSTs a bare Pod with fieldManager=kubectl-run', () => {
    const r = buildRequest({ verb: 'run', name: 'nginx', image: 'nginx' }, 's', {});
    expect(r.path).toBe('/api/v1/namespaces/default/pods?fieldManager=kubectl-run');
    expect(r.headers['Content-Type']).toBe('application/json');
    expect(JSON.stringify(r.body)).toBe(
      '{"kind":"Pod","apiVersion":"v1","metadata":{"name":"nginx","creationTimestamp":null,"labels":{"run":"nginx"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst"},"status":{}}',
    );
  });

  it('create -f asks for strict field validation', () => {
    const r = buildRequest({ verb: 'create', file: 'p.yaml' }, 's', { 'p.yaml': { kind: 'Pod', metadata: { name: 'a', namespace: 'kube-public' } } });
    expect(r.path).toBe('/api/v1/namespaces/kube-public/pods?fieldManager=kubectl-create&fieldValidation=Strict');
  });
});

describe('kubectl printing', () => {
  it('prints server warnings (fieldValidation=Warn) the way kubectl does', () => {
    const response = { status: 201, statusText: 'Created', headers: { Warning: '299 - "unknown field \\"spec.foo\\"", 299 - "unknown field \\"spec.bar\\""' } };
    expect(warningLines(response)).toEqual(['Warning: unknown field "spec.foo"', 'Warning: unknown field "spec.bar"']);
  });

  it('pads columns like text/tabwriter (padding 3)', () => {
    expect(tabulate([['NAME', 'AGE'], ['a', '1s']])).toEqual(['NAME   AGE', 'a      1s']);
  });

  it('prints the empty-namespace message', () => {
    expect(printTable({ columnDefinitions: [], rows: [] }, 'default')).toEqual(['No resources found in default namespace.']);
  });

  it('prints what real kubectl prints for the default cluster', () => {
    const t = run(['kubectl get nodes', 'kubectl get pods', 'kubectl run nginx --image=nginx', 'kubectl get pods']);
    const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];
    expect(out).toEqual([
      'NAME            STATUS   ROLES           AGE   VERSION',
      'control-plane   Ready    control-plane   15m   v1.34.1',
      'node-1          Ready    <none>          12m   v1.34.1',
      'node-2          Ready    <none>          11m   v1.34.1',
      'No resources found in default namespace.',
      'pod/nginx created',
      'NAME    READY   STATUS    RESTARTS   AGE',
      'nginx   1/1     Running   0          5s',
    ]);
  });

  it('an unsupported command becomes an error step, not an exception', () => {
    const t = run(['kubectl delete pod x']);
    expect(only(t, 'kubectl.error').text.params.hint).toContain('kubectl get nodes');
    expect(t.steps.some((s) => s.http)).toBe(false);
  });
});
