// A pull the registry refuses: the pod worker reports ErrImagePull with the runtime's error, and
// the next sync finds the image in back-off (10 s, doubling to 5 min): ImagePullBackOff. The
// model stops at the first back-off; the kubelet would keep retrying on that schedule.
import type { KubeletPod } from '../core/state';
import { record, send, type Ctx } from '../core/ctx';
import { list, text } from '../core/json';
import { recordKubeletEvent } from './events';
import { patchStatus } from './handle';
import { setKubeletPod } from './terminate';

/** The pod worker syncs again soon after a failed sync (PLEG relist / resync). */
const RESYNC_MS = 1000;

export function pullFailed(ctx: Ctx, node: string, kp: KubeletPod, image: string, error: string): void {
  const cname = text(list(kp.pod, 'spec.containers')[kp.container]?.name);
  recordKubeletEvent(ctx, node, kp, 'Failed', `Failed to pull image "${image}": ${error}`, cname, 'Warning');
  recordKubeletEvent(ctx, node, kp, 'Failed', 'Error: ErrImagePull', cname, 'Warning');
  const next: KubeletPod = { ...kp, stage: 'pull-failed', waiting: { reason: 'ErrImagePull', message: `failed to pull and unpack image: ${error}` } };
  setKubeletPod(ctx, node, next);
  record(ctx, {
    id: 'kubelet.backoff',
    level: 'standard',
    actor: `kubelet/${node}`,
    from: `kubelet/${node}`,
    to: `kubelet/${node}`,
    text: { key: 'kubelet.pull.failed', params: { pod: kp.key, image } },
    detail: { error },
  });
  patchStatus(ctx, node, next, false);
  send(ctx, { type: 'kubelet.syncPod', node, podKey: kp.key }, RESYNC_MS);
}

export function imageBackOff(ctx: Ctx, node: string, kp: KubeletPod): void {
  const c = list(kp.pod, 'spec.containers')[kp.container] ?? {};
  const image = text(c.image);
  const cname = text(c.name);
  const message = `Back-off pulling image "${image}"`;
  const next: KubeletPod = { ...kp, stage: 'backoff', waiting: { reason: 'ImagePullBackOff', message } };
  setKubeletPod(ctx, node, next);
  record(ctx, {
    id: 'kubelet.backoff',
    level: 'standard',
    actor: `kubelet/${node}`,
    from: `kubelet/${node}`,
    to: `kubelet/${node}`,
    text: { key: 'kubelet.pull.backoff', params: { pod: kp.key, image } },
    detail: { backOff: '10s, doubling up to 5m', image },
  });
  recordKubeletEvent(ctx, node, next, 'BackOff', message, cname);
  recordKubeletEvent(ctx, node, next, 'Failed', 'Error: ImagePullBackOff', cname, 'Warning');
  patchStatus(ctx, node, next, false);
}
