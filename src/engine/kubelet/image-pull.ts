// A pull the registry refuses: the pod worker reports ErrImagePull with the runtime's error, and
// the next sync finds the image in back-off (10 s, doubling to 5 min): ImagePullBackOff. The
// model stops at the first back-off; the kubelet would keep retrying on that schedule.
import type { KubeletPod } from '../core/state';
import type { JsonObject, Text } from '../types';
import { record, send, type Ctx } from '../core/ctx';
import { list, text } from '../core/json';
import { recordKubeletEvent } from './events';
import { patchStatus } from './handle';
import { setKubeletPod } from './terminate';

/** The pod worker syncs again soon after a failed sync (PLEG relist / resync). */
const RESYNC_MS = 1000;

/** The kubelet's own step about a failed pull or its back-off (it works alone, no message). */
function recordBackoff(ctx: Ctx, node: string, key: string, params: Text['params'], detail: JsonObject): void {
  const self = `kubelet/${node}` as const;
  record(ctx, { id: 'kubelet.backoff', level: 'standard', actor: self, from: self, to: self, text: { key, params }, detail });
}

export function pullFailed(ctx: Ctx, node: string, kp: KubeletPod, image: string, error: string): void {
  const cname = text(list(kp.pod, 'spec.containers')[kp.container]?.name);
  recordKubeletEvent(ctx, node, kp, 'Failed', `Failed to pull image "${image}": ${error}`, cname, 'Warning');
  recordKubeletEvent(ctx, node, kp, 'Failed', 'Error: ErrImagePull', cname, 'Warning');
  const next: KubeletPod = { ...kp, stage: 'pull-failed', waiting: { reason: 'ErrImagePull', message: `failed to pull and unpack image: ${error}` } };
  setKubeletPod(ctx, node, next);
  recordBackoff(ctx, node, 'kubelet.pull.failed', { pod: kp.key, image }, { error });
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
  recordBackoff(ctx, node, 'kubelet.pull.backoff', { pod: kp.key, image }, { backOff: '10s, doubling up to 5m', image });
  recordKubeletEvent(ctx, node, next, 'BackOff', message, cname);
  recordKubeletEvent(ctx, node, next, 'Failed', 'Error: ImagePullBackOff', cname, 'Warning');
  patchStatus(ctx, node, next, false);
}
