import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse';
import { buildRequest, TABLE_ACCEPT, USER_AGENT } from './request';
import { printTable, tabulate, warningLines } from './print';
import { run, only } from '../testing';
import { say, type Said } from '../core/said';

describe('kubectl parsing', () => {
  it('accepts the supported commands and aliases', () => {
    expect(parseCommand('kubectl get no')).toEqual({ ok: true, command: { verb: 'get', resource: 'nodes', flags: { allNamespaces: false, asGroups: [] } } });
    expect(parseCommand('kubectl  get pods ')).toEqual({ ok: true, command: { verb: 'get', resource: 'pods', flags: { allNamespaces: false, asGroups: [] } } });
    expect(parseCommand('kubectl run web --image nginx:1.27')).toEqual({ ok: true, command: { verb: 'run', name: 'web', image: 'nginx:1.27', flags: { allNamespaces: false, asGroups: [] } } });
    expect(parseCommand('kubectl create -f pod.yaml')).toEqual({ ok: true, command: { verb: 'create', file: 'pod.yaml', flags: { allNamespaces: false, asGroups: [] } } });
    expect(parseCommand('kubectl get po web -n dev -o wide --as=jane')).toEqual({ ok: true, command: { verb: 'get', resource: 'pods', name: 'web', flags: { namespace: 'dev', output: 'wide', as: 'jane', allNamespaces: false, asGroups: [] } } });
    expect(parseCommand('kubectl auth can-i create pods -n dev')).toEqual({ ok: true, command: { verb: 'auth-can-i', canVerb: 'create', canResource: 'pods', flags: { namespace: 'dev', allNamespaces: false, asGroups: [] } } });
  });

  it('rejects anything else with the list of supported commands', () => {
    const error = (line: string) => {
      const r = parseCommand(line);
      return r.ok ? '' : say(r.error);
    };
    expect(error('kubectl get pods --sort-by=x')).toContain('unknown flag "--sort-by"');
    expect(error('kubectl get pods -o jsonpath')).toContain('unsupported output format');
    const r = parseCommand('kubectl drain node-1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.hint)).toContain('kubectl run NAME --image=IMAGE');
    expect(parseCommand('kubectl run nginx').ok).toBe(false);
    expect(parseCommand('helm install x').ok).toBe(false);
  });
});

describe('kubectl requests (as kubectl v1.32 sends them with -v=8)', () => {
  it('get is a GET with limit=500 and the Table Accept header', () => {
    const r = buildRequest({ verb: 'get', resource: 'nodes', flags: { allNamespaces: false, asGroups: [] } }, 'sess', {});
    expect(r.method).toBe('GET');
    expect(r.path).toBe('/api/v1/nodes?limit=500');
    expect(r.headers).toMatchObject({ Accept: TABLE_ACCEPT, 'Kubectl-Command': 'kubectl get', 'Kubectl-Session': 'sess', 'User-Agent': USER_AGENT });
  });

  it('run POSTs a bare Pod with fieldManager=kubectl-run', () => {
    const r = buildRequest({ verb: 'run', name: 'nginx', image: 'nginx', flags: { allNamespaces: false, asGroups: [] } }, 's', {});
    expect(r.path).toBe('/api/v1/namespaces/default/pods?fieldManager=kubectl-run');
    expect(r.headers['Content-Type']).toBe('application/json');
    expect(JSON.stringify(r.body)).toBe(
      '{"kind":"Pod","apiVersion":"v1","metadata":{"name":"nginx","creationTimestamp":null,"labels":{"run":"nginx"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst"},"status":{}}',
    );
  });

  it('create -f asks for strict field validation', () => {
    const r = buildRequest({ verb: 'create', file: 'p.yaml', flags: { allNamespaces: false, asGroups: [] } }, 's', { 'p.yaml': { kind: 'Pod', metadata: { name: 'a', namespace: 'kube-public' } } });
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
    expect(printTable({ columnDefinitions: [], rows: [] }, { namespace: 'default', wide: false, withNamespace: false })).toEqual(['No resources found in default namespace.']);
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
    const t = run(['kubectl drain node-1']);
    expect(say(only(t, 'kubectl.error').text.params.hint as Said)).toContain('kubectl get nodes');
    expect(t.steps.some((s) => s.http)).toBe(false);
  });
});

describe('kubectl get variants', () => {
  const t = run(['kubectl run nginx --image=nginx', 'kubectl get pods -o wide', 'kubectl get pod nginx', 'kubectl get pod nope', 'kubectl get pods -A', 'kubectl get pod nginx -o yaml']);
  const out = t.steps[t.steps.length - 1]?.state.kubectlOutput ?? [];

  it('-o wide shows the priority-1 columns', () => {
    expect(out[1]).toBe('NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES');
  });

  it('a single pod is a GET of its path, read from etcd; a missing one is 404', () => {
    const get = t.steps.find((s) => s.http?.path === '/api/v1/namespaces/default/pods/nginx' && s.http.leg === 'response');
    expect(get?.http?.status).toBe(200);
    expect(t.steps.some((s) => s.id === 'etcd.range' && s.etcd?.key === '/registry/pods/default/nginx')).toBe(true);
    expect(out).toContain('Error from server (NotFound): pods "nope" not found');
  });

  it('-A lists /api/v1/pods and adds a NAMESPACE column', () => {
    expect(t.steps.some((s) => s.http?.path === '/api/v1/pods?limit=500')).toBe(true);
    expect(out.find((l) => l.startsWith('NAMESPACE'))).toMatch(/^NAMESPACE\s+NAME\s+READY/);
  });

  it('-o yaml asks for plain JSON and prints sorted keys, lists under their key', () => {
    const req = t.steps.filter((s) => s.http?.path === '/api/v1/namespaces/default/pods/nginx').at(-1);
    expect(req?.http?.requestHeaders.Accept).toBe('application/json');
    const start = out.indexOf('apiVersion: v1');
    expect(out.slice(start, start + 3)).toEqual(['apiVersion: v1', 'kind: Pod', 'metadata:']);
    expect(out).toContain('  containers:');
    expect(out).toContain('  - image: nginx');
    expect(out).toContain('  phase: Running');
  });
});
