// SyncPod's runtime half, driven by CRI answers: sandbox → (pull) → create → start for each
// container; then the PLEG relist notices ContainerStarted and the status goes to Running.
import type { JsonObject } from '../types';
import type { CriCall } from '../core/messages';
import { record, send, type Ctx } from '../core/ctx';
import { extend, list, str, text } from '../core/json';
import { timestamp } from '../core/time';
import { recordKubeletEvent } from './events';
import { startContainer, syncPod } from './handle';
import type { KubeletPod } from '../core/state';
import { sandboxStopped, stopNext } from './terminate';
import { pullFailed } from './image-pull';
import { kubeletPod, kubeletPods, setKubeletPod } from './pods';

function setPod(ctx: Ctx, node: string, kp: KubeletPod): void {
  setKubeletPod(ctx, node, kp);
}

function cri(ctx: Ctx, node: string, podKey: string, call: CriCall, request: JsonObject): void {
  send(ctx, { type: 'cri.request', node, podKey, call, request }, 1);
}

export function handleCriResponse(ctx: Ctx, node: string, podKey: string, call: CriCall, request: JsonObject, response: JsonObject): void {
  const kp = kubeletPod(ctx.state, node, podKey);
  if (!kp) return;
  if (call === 'StopContainer') return stopNext(ctx, node, kp);
  if (call === 'StopPodSandbox') return sandboxStopped(ctx, node, kp);
  // A pod that started terminating mid-creation stops here: the runtime answers, nobody continues.
  if (kp.stage === 'terminating') return;
  const c = list(kp.pod, 'spec.containers')[kp.container] ?? {};
  const cname = text(c.name);
  const image = text(c.image);
  switch (call) {
    case 'RunPodSandbox': {
      const id = str(response, 'pod_sandbox_id') ?? '';
      setPod(ctx, node, extend(kp, { sandboxId: id }));
      cri(ctx, node, podKey, 'PodSandboxStatus', { pod_sandbox_id: id, ip: str(response, 'ip') ?? '' });
      return;
    }
    case 'PodSandboxStatus': {
      const next: KubeletPod = extend(kp, { podIP: str(response, 'status.network.ip') ?? '', stage: 'containers' });
      setPod(ctx, node, next);
      startContainer(ctx, node, next);
      return;
    }
    case 'ImageStatus': {
      // imagePullPolicy Always pulls even when the image is present (defaulted for :latest).
      if (response.image && text(c.imagePullPolicy, 'IfNotPresent') !== 'Always') {
        const ref = str(response, 'image.id') ?? '';
        setPod(ctx, node, { ...kp, imageRefs: [...kp.imageRefs, ref] });
        recordKubeletEvent(ctx, node, kp, 'Pulled', `Container image "${image}" already present on machine`, cname);
        cri(ctx, node, podKey, 'CreateContainer', { pod_sandbox_id: kp.sandboxId ?? '', config: { metadata: { name: cname, attempt: 0 }, image: { image } } });
      } else {
        recordKubeletEvent(ctx, node, kp, 'Pulling', `Pulling image "${image}"`, cname);
        cri(ctx, node, podKey, 'PullImage', { image: { image } });
      }
      return;
    }
    case 'PullImage': {
      if (typeof response.error === 'string') return pullFailed(ctx, node, kp, image, response.error);
      const took = str(response, 'duration') ?? '';
      setPod(ctx, node, { ...kp, imageRefs: [...kp.imageRefs, str(response, 'image_ref') ?? ''] });
      recordKubeletEvent(ctx, node, kp, 'Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${text(response.size, '0')} bytes.`, cname);
      cri(ctx, node, podKey, 'CreateContainer', { pod_sandbox_id: kp.sandboxId ?? '', config: { metadata: { name: cname, attempt: 0 }, image: { image } } });
      return;
    }
    case 'CreateContainer': {
      const id = str(response, 'container_id') ?? '';
      setPod(ctx, node, { ...kp, containerIds: [...kp.containerIds, id] });
      recordKubeletEvent(ctx, node, kp, 'Created', `Created container: ${cname}`, cname);
      cri(ctx, node, podKey, 'StartContainer', { container_id: id });
      return;
    }
    case 'StartContainer': {
      const next = extend(kp, { container: kp.container + 1, startedAt: kp.startedAt ?? timestamp(ctx.state.clock) });
      setPod(ctx, node, next);
      recordKubeletEvent(ctx, node, kp, 'Started', `Started container ${cname}`, cname);
      startContainer(ctx, node, next);
      return;
    }
  }
  void request;
}

/** The generic PLEG relists the runtime every second and turns differences into pod events. */
export function pleg(ctx: Ctx, node: string): void {
  const pods = Object.values(kubeletPods(ctx.state, node)).filter((p) => p.stage === 'started');
  for (const kp of pods) {
    record(ctx, {
      id: 'kubelet.pleg',
      level: 'deep',
      actor: `kubelet/${node}`,
      from: `containerd/${node}`,
      to: `kubelet/${node}`,
      text: { key: 'kubelet.pleg', params: { pod: kp.key, containers: kp.containerIds.length } },
      detail: { relistPeriod: '1s', events: kp.containerIds.map((id) => ({ type: 'ContainerStarted', data: id.slice(0, 13) })) },
    });
    syncPod(ctx, node, kp.key);
  }
}
