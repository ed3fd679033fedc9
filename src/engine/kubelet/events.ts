// The kubelet's event recorder: core/v1 Events POSTed to kube-apiserver (Pulling, Pulled, …).
import type { Ctx } from '../core/ctx';
import type { KubeletPod } from '../core/state';
import { sendRequest } from '../core/http';
import { fromKubelet } from './identity';
import { eventPayload, kubeletEvent } from '../core/events';

export function recordKubeletEvent(ctx: Ctx, node: string, kp: KubeletPod, reason: string, message: string, container: string, type: 'Normal' | 'Warning' = 'Normal'): void {
  const ns = kp.key.split('/')[0] ?? '';
  sendRequest(
    ctx,
    {
      ...fromKubelet(
        node,
        'POST',
        `/api/v1/namespaces/${ns}/events`,
        'application/vnd.kubernetes.protobuf',
        kubeletEvent({ pod: kp.pod, reason, message, type, clock: ctx.state.clock, seq: ctx.state.exchanges, node, container }),
      ),
      story: { request: 'standard', chain: 'deep', write: 'deep', response: 'deep' },
      purpose: { kind: 'event' },
    },
    { id: 'kubelet.event', text: { key: 'kubelet.event', params: { reason, message } }, extra: { event: eventPayload(kp.pod, reason, message, type, 'kubelet') } },
  );
}
