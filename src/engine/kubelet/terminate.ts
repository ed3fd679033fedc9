// The kubelet's side of a graceful delete: its watch shows deletionTimestamp, the pod worker
// stops each container with the remaining grace (the runtime sends SIGTERM, SIGKILL on timeout),
// stops the sandbox (CNI DEL), then the status manager issues the final DELETE with grace 0 and
// a UID precondition. A force-deleted pod is already gone from the API; the kubelet just cleans up.
import type { KubeletPod } from '../core/state';
import { record, send, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { at, list, text } from '../core/json';
import { recordKubeletEvent } from './events';
import { fromKubelet } from './identity';
import { forgetKubeletPod, setKubeletPod } from './pods';

export { forgetKubeletPod, setKubeletPod };


function grace(kp: KubeletPod): number {
  const g = at(kp.pod, 'metadata.deletionGracePeriodSeconds');
  return typeof g === 'number' ? g : 0;
}

export function startTermination(ctx: Ctx, node: string, kp: KubeletPod, removed: boolean): void {
  const next: KubeletPod = { ...kp, stage: 'terminating', container: 0, removed };
  setKubeletPod(ctx, node, next);
  record(ctx, {
    id: 'kubelet.kill',
    level: 'standard',
    actor: `kubelet/${node}`,
    from: `kubelet/${node}`,
    to: `kubelet/${node}`,
    text: { key: removed ? 'kubelet.kill.removed' : 'kubelet.kill', params: { pod: kp.key, seconds: grace(kp), containers: kp.containerIds.length } },
    detail: { gracePeriodSeconds: grace(kp), containers: kp.containerIds.map((id) => id.slice(0, 13)) },
  });
  for (const c of list(kp.pod, 'spec.containers')) {
    const name = text(c.name);
    recordKubeletEvent(ctx, node, kp, 'Killing', `Stopping container ${name}`, name);
  }
  stopNext(ctx, node, next);
}

/** One container after another, then the sandbox. */
export function stopNext(ctx: Ctx, node: string, kp: KubeletPod): void {
  const id = kp.containerIds[kp.container];
  if (id !== undefined) {
    setKubeletPod(ctx, node, { ...kp, container: kp.container + 1 });
    send(ctx, { type: 'cri.request', node, podKey: kp.key, call: 'StopContainer', request: { container_id: id, timeout: grace(kp) } }, 1);
    return;
  }
  send(ctx, { type: 'cri.request', node, podKey: kp.key, call: 'StopPodSandbox', request: { pod_sandbox_id: kp.sandboxId ?? '' } }, 1);
}

export function sandboxStopped(ctx: Ctx, node: string, kp: KubeletPod): void {
  if (kp.removed) {
    forgetKubeletPod(ctx, node, kp.key);
    return;
  }
  const [ns, name] = kp.key.split('/') as [string, string];
  sendRequest(
    ctx,
    {
      ...fromKubelet(node, 'DELETE', `/api/v1/namespaces/${ns}/pods/${name}`, 'application/json', {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        gracePeriodSeconds: 0,
        preconditions: { uid: kp.uid },
      }),
      story: { request: 'standard', chain: 'deep', write: 'standard', response: 'deep' },
      purpose: { kind: 'pod-delete', node, podKey: kp.key },
    },
    { id: 'kubelet.delete', text: { key: 'kubelet.delete', params: { pod: kp.key, uid: kp.uid } } },
  );
}
