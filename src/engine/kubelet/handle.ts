// The kubelet on one node. It learns about pods only through its own watch
// (fieldSelector=spec.nodeName=<node>), admits them, drives containerd through CRI, and reports
// status by PATCHing pods/<name>/status.
import type { JsonObject } from '../types';
import type { CriCall, Story } from '../core/messages';
import type { KubeletPod } from '../core/state';
import { record, send, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { list, str, text } from '../core/json';
import { timestamp } from '../core/time';
import { statusPatch } from './status';
import { admitPod } from './admit';
import { requestToken } from './volumes';
import { fromKubelet } from './identity';
import { forgetKubeletPod, startTermination } from './terminate';
import { imageBackOff } from './image-pull';
import { kubeletPod, setKubeletPod } from './pods';
import { nodeSpec } from '../core/node-spec';

const PLEG_RELIST_MS = 1000;


function setPod(ctx: Ctx, node: string, kp: KubeletPod): void {
  setKubeletPod(ctx, node, kp);
}

export function kubeletWatch(ctx: Ctx, node: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: JsonObject, key: string, fieldSelector?: string): void {
  const pk = `${str(object, 'metadata.namespace') ?? ''}/${str(object, 'metadata.name') ?? ''}`;
  const existing = kubeletPod(ctx.state, node, pk);
  const isNew = type === 'ADDED' && !existing;
  record(ctx, {
    id: 'kubelet.watch',
    level: isNew ? 'overview' : 'deep',
    actor: `kubelet/${node}`,
    from: 'kube-apiserver',
    to: `kubelet/${node}`,
    text: { key: isNew ? 'kubelet.watch.added' : 'kubelet.watch.other', params: { type, pod: pk, node } },
    watch: { watcher: `kubelet/${node}`, type, key, resource: 'pods', resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) },
    ...(isNew ? { misconception: 'kubelet-pushed' } : {}),
  });
  if (existing) {
    if (type === 'DELETED') {
      if (existing.stage === 'terminating') forgetKubeletPod(ctx, node, pk);
      else startTermination(ctx, node, { ...existing, pod: object }, true);
      return;
    }
    const updated = { ...existing, pod: object };
    setPod(ctx, node, updated);
    if (str(object, 'metadata.deletionTimestamp') && existing.stage !== 'terminating') startTermination(ctx, node, updated, false);
    return;
  }
  if (!isNew) return;
  const verdict = admitPod(ctx, node, object);
  const kp: KubeletPod = { key: pk, uid: str(object, 'metadata.uid') ?? '', stage: verdict.admitted ? 'admitted' : 'rejected', pod: object, container: 0, containerIds: [], imageRefs: [] };
  setPod(ctx, node, kp);
  record(ctx, {
    id: 'kubelet.admit',
    level: 'standard',
    actor: `kubelet/${node}`,
    from: `kubelet/${node}`,
    to: `kubelet/${node}`,
    text: { key: verdict.admitted ? 'kubelet.admit' : 'kubelet.admit.rejected', params: { pod: pk, node, reason: verdict.reason } },
    detail: { handlers: verdict.checks },
  });
  if (verdict.admitted) send(ctx, { type: 'kubelet.syncPod', node, podKey: pk }, 1);
}

function cri(ctx: Ctx, node: string, podKey: string, call: CriCall, request: JsonObject): void {
  send(ctx, { type: 'cri.request', node, podKey, call, request }, 1);
}

function hostIP(ctx: Ctx, node: string): string {
  return nodeSpec(ctx.cluster, node)?.internalIP ?? '';
}

export function patchStatus(ctx: Ctx, node: string, kp: KubeletPod, running: boolean): void {
  const [ns, name] = kp.key.split('/') as [string, string];
  const body = statusPatch(kp, hostIP(ctx, node), timestamp(ctx.state.clock), running);
  const story: Story = running
    ? { request: 'overview', chain: 'deep', write: 'standard', response: 'deep' }
    : { request: 'standard', chain: 'deep', write: 'standard', response: 'deep' };
  sendRequest(
    ctx,
    {
      ...fromKubelet(node, 'PATCH', `/api/v1/namespaces/${ns}/pods/${name}/status`, 'application/strategic-merge-patch+json', body),
      story,
      purpose: { kind: 'pod-status', node, podKey: kp.key, running },
    },
    { id: 'kubelet.status', text: { key: running ? 'kubelet.status.running' : 'kubelet.status.pending', params: { pod: kp.key, node, ip: kp.podIP ?? '' } }, misconception: 'apiserver-updates-status' },
  );
}

export function syncPod(ctx: Ctx, node: string, podKey: string): void {
  const kp = kubeletPod(ctx.state, node, podKey);
  if (!kp) return;
  if (kp.stage === 'admitted') {
    record(ctx, {
      id: 'kubelet.syncPod',
      level: 'deep',
      actor: `kubelet/${node}`,
      from: `kubelet/${node}`,
      to: `kubelet/${node}`,
      text: { key: 'kubelet.syncPod', params: { pod: podKey } },
    });
    patchStatus(ctx, node, kp, false);
    setPod(ctx, node, { ...kp, stage: 'sandbox' });
    requestToken(ctx, node, kp);
  } else if (kp.stage === 'pull-failed') {
    imageBackOff(ctx, node, kp);
  } else if (kp.stage === 'started') {
    setPod(ctx, node, { ...kp, stage: 'running' });
    patchStatus(ctx, node, { ...kp, stage: 'running' }, true);
  }
}

export function startContainer(ctx: Ctx, node: string, kp: KubeletPod): void {
  const c = list(kp.pod, 'spec.containers')[kp.container];
  if (!c) {
    setPod(ctx, node, { ...kp, stage: 'started' });
    const wait = PLEG_RELIST_MS - (ctx.state.clock % PLEG_RELIST_MS);
    send(ctx, { type: 'kubelet.pleg', node }, wait);
    return;
  }
  // EnsureImageExists always asks ImageStatus first; the pull policy decides what follows.
  cri(ctx, node, kp.key, 'ImageStatus', { image: { image: text(c.image) } });
}

