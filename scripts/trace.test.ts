// The "done when" for the trace CLI, checked through the real command line.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface CliStep {
  id: string;
  index: number;
  level: string;
  actor: string;
  from: string;
  to: string;
  title: string;
  narration: string;
  http?: { method: string; path: string; status: number; leg: string; requestHeaders: Record<string, string> };
  etcd?: { op: string; key: string; revision: number; then?: string };
  watch?: { watcher: string; type: string; key: string };
  cri?: { call: string };
}

function trace(...args: string[]): string {
  return execFileSync('./node_modules/.bin/tsx', ['scripts/trace.ts', ...args], { encoding: 'utf8' });
}

// Each case spawns tsx: on a busy shared machine that alone can take more than vitest's 5 s default.
describe('npm run trace', { timeout: 60_000 }, () => {
  const createPod = JSON.parse(trace('create-pod', '--format', 'json')) as { scenario: string; kubernetesVersion: string; steps: CliStep[] };
  const steps = createPod.steps;

  it('names the scenario and the Kubernetes version it models', () => {
    expect(createPod.scenario).toBe('create-pod');
    expect(createPod.kubernetesVersion).toMatch(/^1\.\d+/);
    for (const s of steps) {
      for (const field of ['id', 'level', 'actor', 'from', 'to', 'title', 'narration'] as const) expect(s[field], `${s.id}.${field}`).toBeTruthy();
    }
    expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
  });

  it('shows kubectl run POSTing the Pod, answered 201', () => {
    const post = steps.find((s) => s.http?.method === 'POST' && s.http.path === '/api/v1/namespaces/default/pods?fieldManager=kubectl-run');
    expect(post?.http?.status).toBe(201);
  });

  it('shows the scheduler POSTing the Binding', () => {
    const bind = steps.find((s) => s.http?.method === 'POST' && s.http.path === '/api/v1/namespaces/default/pods/nginx/binding');
    expect(bind?.from === 'kube-scheduler' || bind?.to === 'kube-scheduler').toBe(true);
    expect(bind?.http?.status).toBe(201);
  });

  it("shows the kubelet's status PATCHes", () => {
    const patches = steps.filter((s) => s.http?.method === 'PATCH' && s.http.path.startsWith('/api/v1/namespaces/default/pods/nginx/status') && s.http.leg === 'request');
    expect(patches.length).toBeGreaterThanOrEqual(2);
    for (const p of patches) expect(p.from).toMatch(/^kubelet\//);
  });

  it('writes /registry/pods/default/nginx at rising revisions', () => {
    const writes = steps.filter((s) => s.etcd?.op === 'Txn' && s.etcd.key === '/registry/pods/default/nginx' && s.etcd.then === 'Put');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    const revisions = writes.map((s) => s.etcd!.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(revisions.length);
  });

  it('delivers the Pod to the kubelet as an ADDED watch event', () => {
    const added = steps.find((s) => s.watch?.type === 'ADDED' && s.watch.watcher.startsWith('kubelet/') && s.watch.key === '/registry/pods/default/nginx');
    expect(added).toBeDefined();
  });

  it('shows kubectl get nodes as GET /api/v1/nodes?limit=500 answered 200', () => {
    const getNodes = JSON.parse(trace('get-nodes')) as { steps: CliStep[] };
    const get = getNodes.steps.find((s) => s.http?.method === 'GET' && s.http.path === '/api/v1/nodes?limit=500');
    expect(get?.http?.status).toBe(200);
    expect(get?.http?.requestHeaders.Accept).toContain('as=Table');
  });

  it('writes a Markdown transcript', () => {
    const md = trace('get-nodes', '--format', 'md');
    expect(md).toMatch(/^# /);
    expect(md).toContain('GET /api/v1/nodes?limit=500');
  });

  it('rejects an unknown scenario, listing the known ones', () => {
    let stderr = '';
    let status = 0;
    try {
      trace('no-such-scenario');
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = String(err.stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('create-pod');
    expect(stderr).toContain('get-nodes');
  });
});
