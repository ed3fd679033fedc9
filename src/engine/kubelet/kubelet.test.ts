import { describe, expect, it } from 'vitest';
import { run, stepsWithId } from '../testing';
import { normalizeImage } from './status';
import { at } from '../core/json';

describe('kubelet and containerd', () => {
  const t = run(['kubectl run nginx --image=nginx']);

  it('calls CRI in SyncPod order, all on the bound node', () => {
    const calls = t.steps.filter((s) => s.cri).map((s) => s.cri?.call);
    expect(calls).toEqual(['RunPodSandbox', 'PodSandboxStatus', 'ImageStatus', 'PullImage', 'CreateContainer', 'StartContainer']);
    const node = t.steps.find((s) => s.id === 'scheduler.score')?.scheduling?.selected;
    expect(new Set(t.steps.filter((s) => s.cri).map((s) => s.actor))).toEqual(new Set([`containerd/${node}`]));
  });

  it('records Pulling, Pulled, Created, Started with the kubelet\'s wording', () => {
    const events = stepsWithId(t, 'kubelet.event').map((s) => s.event);
    expect(events.map((e) => e?.reason)).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
    expect(events[0]?.message).toBe('Pulling image "nginx"');
    expect(events[1]?.message).toMatch(/^Successfully pulled image "nginx" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/);
    expect(events[2]?.message).toBe('Created container: nginx');
    expect(events[3]?.message).toBe('Started container nginx');
  });

  it('PATCHes status twice: ContainerCreating, then Running with the CNI-assigned IP', () => {
    const patches = stepsWithId(t, 'kubelet.status');
    expect(patches.map((p) => p.http?.path)).toEqual(['/api/v1/namespaces/default/pods/nginx/status', '/api/v1/namespaces/default/pods/nginx/status']);
    expect(patches[0]?.http?.requestHeaders['Content-Type']).toBe('application/strategic-merge-patch+json');
    const first = patches[0]?.http?.requestBody as never;
    // A two-way diff: phase stays Pending, so it is not in the patch; hostIP and startTime are new.
    expect(at(first, 'status.phase')).toBeUndefined();
    expect(at(first, 'status.hostIP')).toBeTruthy();
    expect(JSON.stringify(at(first, 'status.containerStatuses'))).toContain('"waiting":{"reason":"ContainerCreating"}');
    const second = patches[1]?.http?.requestBody as never;
    const ip = t.steps.find((s) => s.id === 'containerd.cni')?.detail?.ip;
    expect(at(second, 'status.phase')).toBe('Running');
    expect(at(second, 'status.podIP')).toBe(ip);
    expect(at(second, 'metadata.uid')).toBeTruthy();
    expect(at(second, 'status.hostIP')).toBeUndefined();
    const types = (at(second, 'status.conditions') as { type: string }[]).map((c) => c.type);
    // Initialized did not change, so only the three flipped conditions are sent.
    expect([...types].sort()).toEqual(['ContainersReady', 'PodReadyToStartContainers', 'Ready']);
    expect(patches[1]?.level).toBe('overview');
    const final = t.steps.at(-1)?.state.pods.find((p) => p.name === 'nginx');
    expect(final).toMatchObject({ phase: 'Running', status: 'Running' });
  });

  it('mounts the kube-api-access volume with a TokenRequest before the sandbox starts', () => {
    const token = stepsWithId(t, 'kubelet.token')[0];
    expect(token?.http).toMatchObject({ method: 'POST', path: '/api/v1/namespaces/default/serviceaccounts/default/token', status: 201 });
    expect(at(token?.http?.requestBody as never, 'spec.expirationSeconds')).toBe(3607);
    const volumes = stepsWithId(t, 'kubelet.volumes')[0];
    const sandbox = t.steps.find((s) => s.cri?.call === 'RunPodSandbox');
    expect(volumes && sandbox && token && token.index < volumes.index && volumes.index < sandbox.index).toBe(true);
    expect(t.steps.some((s) => s.etcd?.key.includes('serviceaccounts') && s.etcd.op === 'Txn')).toBe(false);
  });

  it('PLEG notices ContainerStarted before the Running PATCH', () => {
    const pleg = stepsWithId(t, 'kubelet.pleg')[0];
    const running = stepsWithId(t, 'kubelet.status')[1];
    const start = t.steps.find((s) => s.cri?.call === 'StartContainer');
    expect(pleg && running && start && start.index < pleg.index && pleg.index < running.index).toBe(true);
  });

  it('a pinned image that is already present skips the pull', () => {
    const t2 = run(['kubectl run px --image=registry.k8s.io/pause:3.10.1']);
    expect(t2.steps.filter((s) => s.cri).map((s) => s.cri?.call)).toEqual(['RunPodSandbox', 'PodSandboxStatus', 'ImageStatus', 'CreateContainer', 'StartContainer']);
    expect(stepsWithId(t2, 'kubelet.event')[0]?.event?.message).toBe('Container image "registry.k8s.io/pause:3.10.1" already present on machine');
  });

  it('normalises image names as containerd reports them', () => {
    expect(normalizeImage('nginx')).toBe('docker.io/library/nginx:latest');
    expect(normalizeImage('bitnami/nginx:1')).toBe('docker.io/bitnami/nginx:1');
    expect(normalizeImage('registry.k8s.io/pause:3.10.1')).toBe('registry.k8s.io/pause:3.10.1');
  });
});
