// Each kubelet's pods, per node. The per-node records live in a PMap: a pod change copies one
// shard instead of the whole 100-node record (it did so on every kubelet step of a big scale-up).
import type { Ctx } from '../core/ctx';
import { update } from '../core/ctx';
import { pmapGet, pmapSet, type PMap } from '../core/pmap';
import type { EngineState, KubeletPod, KubeletState } from '../core/state';

const NONE: Record<string, KubeletPod> = Object.freeze({});

export function kubeletPods(state: EngineState, node: string): Record<string, KubeletPod> {
  return pmapGet(state.kubelets, node)?.pods ?? NONE;
}

export function kubeletPod(state: EngineState, node: string, key: string): KubeletPod | undefined {
  return pmapGet(state.kubelets, node)?.pods[key];
}

export function withKubeletPod(kubelets: PMap<KubeletState>, node: string, kp: KubeletPod): PMap<KubeletState> {
  const pods = pmapGet(kubelets, node)?.pods ?? NONE;
  return pmapSet(kubelets, node, { pods: { ...pods, [kp.key]: kp } });
}

export function setKubeletPod(ctx: Ctx, node: string, kp: KubeletPod): void {
  update(ctx, { kubelets: withKubeletPod(ctx.state.kubelets, node, kp) });
}

export function forgetKubeletPod(ctx: Ctx, node: string, key: string): void {
  const kl = pmapGet(ctx.state.kubelets, node);
  if (!kl || !(key in kl.pods)) return;
  const { [key]: _gone, ...pods } = kl.pods;
  update(ctx, { kubelets: pmapSet(ctx.state.kubelets, node, { pods }) });
}
