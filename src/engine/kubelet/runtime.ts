// containerd's CRI plugin on one node: answers the kubelet's gRPC calls. It, not the kubelet,
// calls the CNI plugin (inside RunPodSandbox) and pulls images.
import { pmapGet, pmapSet } from '../core/pmap';
import type { CriPayload, JsonObject } from '../types';
import type { CriCall } from '../core/messages';
import { record, send, update, type Ctx } from '../core/ctx';
import { hex } from '../core/prng';
import { str, text } from '../core/json';
import { goDuration } from '../core/time';
import { IMAGE_SIZES } from '../scheduler/score';
import { hostNumberOf } from '../cluster/seed';
import { normalizeImage } from './status';
import { nodeSpec } from '../core/node-spec';

/** Logical time each call takes on the node. */
const DURATION_MS: Record<CriCall, number> = {
  RunPodSandbox: 420,
  PodSandboxStatus: 2,
  ImageStatus: 3,
  PullImage: 2311,
  CreateContainer: 48,
  StartContainer: 95,
  // nginx exits on SIGTERM at once; a process that ignored it would be killed when grace runs out.
  StopContainer: 120,
  StopPodSandbox: 60,
};

const LEVEL: Record<CriCall, 'standard' | 'deep'> = {
  RunPodSandbox: 'standard',
  PodSandboxStatus: 'deep',
  ImageStatus: 'deep',
  PullImage: 'standard',
  CreateContainer: 'standard',
  StartContainer: 'standard',
  StopContainer: 'standard',
  StopPodSandbox: 'deep',
};

const SERVICE: Record<CriCall, CriPayload['service']> = {
  RunPodSandbox: 'RuntimeService',
  PodSandboxStatus: 'RuntimeService',
  ImageStatus: 'ImageService',
  PullImage: 'ImageService',
  CreateContainer: 'RuntimeService',
  StartContainer: 'RuntimeService',
  StopContainer: 'RuntimeService',
  StopPodSandbox: 'RuntimeService',
};

export function handleCri(ctx: Ctx, node: string, podKey: string, call: CriCall, request: JsonObject): void {
  const rt = pmapGet(ctx.state.runtimes, node);
  const spec = nodeSpec(ctx.cluster, node);
  if (!rt || !spec) throw new Error(`no container runtime on node ${node}`);
  const runtime = `containerd/${node}` as const;
  let response: JsonObject = {};
  let cniIp: string | undefined;
  const image = str(request, 'image.image') ?? '';
  switch (call) {
    case 'RunPodSandbox': {
      const ip = `${hostNumberOf(spec.podCIDR)}.${rt.nextIp}`;
      update(ctx, { runtimes: pmapSet(ctx.state.runtimes, node, { ...rt, nextIp: rt.nextIp + 1, sandboxes: rt.sandboxes + 1 }) });
      cniIp = ip;
      response = { pod_sandbox_id: hex(ctx.rng, 64), ip };
      break;
    }
    case 'PodSandboxStatus':
      response = { status: { id: str(request, 'pod_sandbox_id') ?? '', state: 'SANDBOX_READY', network: { ip: str(request, 'ip') ?? '' } } };
      break;
    case 'ImageStatus': {
      const present = rt.images.includes(image);
      response = present ? { image: { id: `sha256:${hex(ctx.rng, 64)}`, repo_tags: [normalizeImage(image)], size: IMAGE_SIZES[image] ?? 0 } } : {};
      break;
    }
    case 'PullImage': {
      if ((ctx.cluster.unpullableImages ?? []).includes(image)) {
        const ref = normalizeImage(image);
        response = { error: `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found` };
        break;
      }
      update(ctx, { runtimes: pmapSet(ctx.state.runtimes, node, { ...rt, images: [...rt.images, image] }) });
      response = { image_ref: `${normalizeImage(image).replace(/:[^/:]*$/, '')}@sha256:${hex(ctx.rng, 64)}`, size: IMAGE_SIZES[image] ?? 0, duration: goDuration(DURATION_MS.PullImage) };
      break;
    }
    case 'CreateContainer':
      response = { container_id: hex(ctx.rng, 64) };
      break;
    case 'StartContainer':
    case 'StopContainer':
    case 'StopPodSandbox':
      response = {};
      break;
  }
  record(ctx, {
    id: `kubelet.cri.${call}`,
    level: LEVEL[call],
    actor: runtime,
    from: `kubelet/${node}`,
    to: runtime,
    text: { key: response.error ? `kubelet.cri.${call}.failed` : `kubelet.cri.${call}`, params: { pod: podKey, image, node, timeout: text(request.timeout, '0') } },
    cri: { service: SERVICE[call], call, request, response, node },
    ...(call === 'RunPodSandbox' ? { misconception: 'kubelet-calls-cni' } : {}),
  });
  // CNI ADD happens inside RunPodSandbox, so it is shown after the call that triggers it.
  if (cniIp !== undefined) {
    record(ctx, {
      id: 'containerd.cni',
      level: 'deep',
      actor: runtime,
      from: runtime,
      to: runtime,
      text: { key: 'containerd.cni', params: { pod: podKey, ip: cniIp, cidr: spec.podCIDR ?? '' } },
      detail: { command: 'ADD', netns: '/var/run/netns/cni-…', ip: cniIp, podCIDR: spec.podCIDR ?? '' },
    });
  }
  send(ctx, { type: 'cri.response', node, podKey, call, request, response }, DURATION_MS[call]);
}
