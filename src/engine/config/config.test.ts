// Each modelled kube-apiserver flag changes the trace the way the reference says; kubeadm's
// flags change nothing (the get-nodes and create-pod goldens guard that too).
import { describe, expect, it } from 'vitest';
import { run, stepsWithId, only } from '../testing';
import { defaultCluster } from '../cluster/default';
import type { ApiServerOverrides, ClusterSpec } from '../types';
import { resolveApiServer, effectiveFlags } from './resolve';
import { KUBEADM_APISERVER_FLAGS } from './kubeadm';
import { runCommand, startSimulation } from '../simulate';
import { MODEL_VERSION } from '../version';
import { pmapGet } from '../core/pmap';
import { flatten } from '../core/chunked';

const withFlags = (apiServer: ApiServerOverrides, cluster: ClusterSpec = defaultCluster()): ClusterSpec => ({ ...cluster, apiServer });
const jane = (): ClusterSpec => ({ ...defaultCluster(), user: { name: 'jane', groups: [], credential: 'x509' } });
const status = (t: ReturnType<typeof run>): number => stepsWithId(t, 'apiserver.response')[0]?.http?.status ?? 0;
const pluginsOf = (t: ReturnType<typeof run>, id: string): string[] => {
  const d = stepsWithId(t, id)[0]?.detail?.plugins;
  return Array.isArray(d) ? d.map((p) => (p as { plugin: string }).plugin) : [];
};

describe('resolveApiServer', () => {
  it('is kubeadm\'s command line by default', () => {
    const r = resolveApiServer();
    if (!r.ok) throw new Error('kubeadm flags must resolve');
    expect(r.config.flags).toEqual(KUBEADM_APISERVER_FLAGS);
    expect(r.config.authorizationModes).toEqual(['Node', 'RBAC']);
    expect(r.config.admissionPlugins).toContain('NodeRestriction');
    expect(r.config.audit).toBeNull();
    expect(r.config.anonymousAuth).toBe(true);
    expect(r.config.notSimulated).toContain('service-account-issuer');
  });

  it('rejects bad values with the binary\'s own messages', () => {
    const errors = (o: ApiServerOverrides): string[] => {
      const r = resolveApiServer(o);
      return r.ok ? [] : r.errors.map((e) => e.message);
    };
    expect(errors({ 'authorization-mode': 'Node,Magic' })).toEqual(['authorization-mode "Magic" is not a valid mode']);
    expect(errors({ 'authorization-mode': 'Webhook' })).toEqual(["authorization-mode Webhook's authorization config file not passed"]);
    expect(errors({ 'enable-admission-plugins': 'Initializers' })).toEqual(['enable-admission-plugins plugin "Initializers" is unknown']);
    expect(errors({ 'disable-admission-plugins': 'NodeRestriction' })).toEqual(['[NodeRestriction] in enable-admission-plugins and disable-admission-plugins overlapped']);
    expect(errors({ 'secure-port': '0' })).toEqual(['--secure-port 0 must be between 1 and 65535, inclusive. It cannot be turned off with 0']);
    expect(errors({ 'anonymous-auth': 'maybe' })).toEqual(['invalid argument "maybe" for "--anonymous-auth" flag: strconv.ParseBool: parsing "maybe": invalid syntax']);
    expect(errors({ 'event-ttl': '1 hour' })).toEqual(['invalid argument "1 hour" for "--event-ttl" flag: time: invalid duration "1 hour"']);
    expect(errors({ 'etcd-servers': null })).toEqual(['--etcd-servers must be specified']);
    expect(errors({ 'service-cluster-ip-range': '10.96.0.0/40' })).toEqual(['service-cluster-ip-range[0] is not a valid cidr']);
    expect(errors({ 'insecure-port': '8080' })).toEqual(['unknown flag: --insecure-port']);
    expect(errors({ 'enable-swagger-ui': 'true' })).toEqual(['unknown flag: --enable-swagger-ui']);
  });

  it('names flags it does not simulate instead of dropping them', () => {
    const r = resolveApiServer({ 'max-requests-inflight': '800' });
    expect(r.ok && r.config.notSimulated).toContain('max-requests-inflight');
    expect(effectiveFlags({ 'max-requests-inflight': '800' }).at(-1)).toEqual({ name: 'max-requests-inflight', value: '800' });
  });

  it('resets anonymous auth with AlwaysAllow, as the binary warns', () => {
    const r = resolveApiServer({ 'authorization-mode': 'AlwaysAllow' });
    expect(r.ok && r.config.anonymousAuth).toBe(false);
    expect(r.ok && r.config.warnings[0]).toMatch(/^AnonymousAuth is not allowed with the AlwaysAllow authorizer/);
  });
});

describe('flags in the trace', () => {
  it('--authorization-mode=AlwaysAllow lets a user without RBAC list nodes; RBAC is not consulted', () => {
    expect(status(run(['kubectl get nodes'], { cluster: jane() }))).toBe(403);
    const t = run(['kubectl get nodes'], { cluster: withFlags({ 'authorization-mode': 'AlwaysAllow' }, jane()) });
    expect(status(t)).toBe(200);
    expect(only(t, 'apiserver.authz').detail).toMatchObject({ modes: 'AlwaysAllow', reason: 'AlwaysAllow allows every request' });
  });

  it('--authorization-mode=AlwaysDeny refuses even the admin (but not system:masters)', () => {
    expect(status(run(['kubectl get nodes'], { cluster: withFlags({ 'authorization-mode': 'AlwaysDeny' }) }))).toBe(403);
    const masters = { ...defaultCluster(), user: { name: 'root', groups: ['system:masters'], credential: 'x509' as const } };
    expect(status(run(['kubectl get nodes'], { cluster: withFlags({ 'authorization-mode': 'AlwaysDeny' }, masters) }))).toBe(200);
  });

  it('--authorization-mode=RBAC without Node leaves kubelets to RBAC alone', () => {
    const t = run(['kubectl run nginx --image=nginx'], { cluster: withFlags({ 'authorization-mode': 'RBAC' }) });
    const kubeletStatus = t.steps.filter((s) => s.id === 'apiserver.authz' && String(s.text.params.user as string).startsWith('system:node:'));
    expect(kubeletStatus.length).toBeGreaterThan(0);
    expect(kubeletStatus.every((s) => s.detail?.allowed === false)).toBe(true);
  });

  it('--anonymous-auth=false turns a request without credentials into 401', () => {
    const none: ClusterSpec = { ...defaultCluster(), user: { name: 'x', groups: [], credential: 'none' } };
    expect(status(run(['kubectl get nodes'], { cluster: none }))).toBe(403);
    expect(status(run(['kubectl get nodes'], { cluster: withFlags({ 'anonymous-auth': 'false' }, none) }))).toBe(401);
  });

  it('without --client-ca-file the certificate identifies nobody', () => {
    const t = run(['kubectl get nodes'], { cluster: withFlags({ 'client-ca-file': null }) });
    expect(only(t, 'apiserver.authn').detail).toMatchObject({ user: 'system:anonymous' });
    expect(status(t)).toBe(403);
  });

  it('audit events appear only with both --audit-policy-file and --audit-log-path', () => {
    const flags = { 'audit-policy-file': '/etc/kubernetes/audit-policy.yaml', 'audit-log-path': '/var/log/audit.log' };
    expect(stepsWithId(run(['kubectl get nodes']), 'apiserver.audit.event')).toHaveLength(0);
    expect(stepsWithId(run(['kubectl get nodes'], { cluster: withFlags({ 'audit-policy-file': flags['audit-policy-file'] }) }), 'apiserver.audit.event')).toHaveLength(0);
    const t = run(['kubectl get nodes'], { cluster: withFlags(flags) });
    const received = only(t, 'apiserver.audit').detail?.event as Record<string, unknown>;
    const complete = only(t, 'apiserver.audit.event').detail?.event as Record<string, unknown>;
    expect(received).toMatchObject({ stage: 'RequestReceived', verb: 'list', requestURI: '/api/v1/nodes?limit=500' });
    expect(complete).toMatchObject({ stage: 'ResponseComplete', responseStatus: { code: 200 } });
    expect(complete.auditID).toBe(received.auditID);
  });

  it('a watch is audited as ResponseStarted', () => {
    const t = run(['kubectl get pods -w'], { cluster: withFlags({ 'audit-policy-file': '/p.yaml', 'audit-log-path': '/a.log' }) });
    const stages = stepsWithId(t, 'apiserver.audit.event').map((s) => (s.detail?.event as Record<string, unknown>).stage);
    expect(stages).toEqual(['ResponseComplete', 'ResponseStarted']);
  });

  it('admission plugins run in code order whatever the flag order, and disabled ones are gone', () => {
    const t = run(['kubectl run web --image=nginx:1.27'], { cluster: withFlags({ 'enable-admission-plugins': 'AlwaysPullImages,NodeRestriction', 'disable-admission-plugins': 'DefaultTolerationSeconds' }) });
    const plugins = pluginsOf(t, 'apiserver.admission.mutating');
    expect(plugins).toEqual(['NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'AlwaysPullImages', 'Priority', 'MutatingAdmissionWebhook']);
    const created = stepsWithId(t, 'apiserver.response')[0]?.http?.responseBody as { spec: { containers: { imagePullPolicy: string }[]; tolerations?: unknown[] } };
    expect(created.spec.containers[0]?.imagePullPolicy).toBe('Always');
    expect(created.spec.tolerations ?? []).toEqual([]);
  });

  it('disabling NamespaceLifecycle lets a Pod into a namespace that does not exist', () => {
    expect(status(run(['kubectl run x --image=nginx -n ghost']))).toBe(404);
    const t = run(['kubectl run x --image=nginx -n ghost'], { cluster: withFlags({ 'disable-admission-plugins': 'NamespaceLifecycle,ServiceAccount' }) });
    expect(status(t)).toBe(201);
  });

  it('AlwaysDeny admission refuses every write', () => {
    const t = run(['kubectl run x --image=nginx'], { cluster: withFlags({ 'enable-admission-plugins': 'NodeRestriction,AlwaysDeny' }) });
    expect(stepsWithId(t, 'apiserver.response')[0]?.http?.responseBody).toMatchObject({ code: 403, message: 'pods "x" is forbidden: admission control is denying all modifications' });
  });

  it('--etcd-servers with three members adds a raft commit per write', () => {
    expect(stepsWithId(run(['kubectl run nginx --image=nginx']), 'etcd.raft')).toHaveLength(0);
    const t = run(['kubectl run nginx --image=nginx'], { cluster: withFlags({ 'etcd-servers': 'https://a:2379,https://b:2379,https://c:2379' }) });
    const raft = stepsWithId(t, 'etcd.raft');
    expect(raft.length).toBe(stepsWithId(t, 'etcd.txn').filter((s) => s.etcd?.succeeded).length);
    expect(raft[0]?.detail).toMatchObject({ leader: 'https://a:2379', quorum: '2 of 3' });
    expect(raft.every((s) => s.level === 'deep')).toBe(true);
  });

  it('--event-ttl sets the etcd lease of every Event', () => {
    const leases = (apiServer?: ApiServerOverrides): number[] => {
      const sim = startSimulation({ id: 't', kubernetesVersion: MODEL_VERSION, cluster: apiServer ? withFlags(apiServer) : defaultCluster(), files: {} });
      runCommand(sim, 'kubectl run nginx --image=nginx');
      const events = sim.ctx.state.etcd.buckets.events;
      return events ? flatten(events.keys).map((k) => pmapGet(events.entries, k)?.leaseTtl ?? -1) : [];
    };
    expect(leases().length).toBeGreaterThan(0);
    expect(new Set(leases())).toEqual(new Set([3600]));
    expect(new Set(leases({ 'event-ttl': '30m' }))).toEqual(new Set([1800]));
  });

  it('without a kubelet client certificate, logs end in 401 from the kubelet', () => {
    const t = run(['kubectl run nginx --image=nginx', 'kubectl logs nginx'], { cluster: withFlags({ 'kubelet-client-certificate': null, 'kubelet-client-key': null }) });
    const serve = stepsWithId(t, 'kubelet.serve');
    expect(serve.at(-1)?.text.key).toBe('kubelet.serve.unauthorized');
    expect(stepsWithId(t, 'apiserver.response').at(-1)?.http?.status).toBe(401);
  });
});

describe('start: control-plane', () => {
  it('runs etcd and kube-apiserver from manifests before any API exists, then registers mirror Pods', async () => {
    const { simulate } = await import('../simulate');
    const cp = defaultCluster();
    cp.nodes = cp.nodes.filter((n) => n.role === 'control-plane');
    const t = simulate({ id: 't', kubernetesVersion: MODEL_VERSION, cluster: cp, commands: ['kubectl get pods -n kube-system'], files: {}, start: 'control-plane' });
    const ids = t.steps.map((s) => s.id);
    const firstHttp = t.steps.findIndex((s) => s.http);
    expect(ids.indexOf('bootstrap.apiserver.ready')).toBeLessThan(firstHttp);
    expect(t.steps[0]?.state.etcd).toEqual([]);
    expect(stepsWithId(t, 'bootstrap.kubelet.start').map((s) => s.text.params.component)).toEqual(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']);
    const mirrors = stepsWithId(t, 'bootstrap.kubelet.mirror');
    expect(mirrors.map((s) => s.http?.status)).toEqual([201, 201, 201, 201]);
    expect(t.steps.at(-1)?.state.kubectlOutput.slice(1).map((l) => l.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'etcd-control-plane 1/1 Running', 'kube-apiserver-control-plane 1/1 Running', 'kube-controller-manager-control-plane 1/1 Running', 'kube-scheduler-control-plane 1/1 Running',
    ]);
    const ps = only(t, 'bootstrap.ps').detail?.output as string[];
    expect(ps.some((l) => l.includes('kube-apiserver --advertise-address=192.168.56.10') && l.includes('--authorization-mode=Node,RBAC'))).toBe(true);
  });
});
