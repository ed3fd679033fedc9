// The pod status the kubelet's status manager reports (generateAPIPodStatus), as the strategic
// merge patch body it PATCHes to pods/<name>/status with the UID as a precondition.
import type { JsonObject } from '../types';
import { list, str, text } from '../core/json';
import type { KubeletPod } from '../core/state';

function condition(type: string, status: 'True' | 'False', now: string, extra: JsonObject = {}): JsonObject {
  return { type, status, lastProbeTime: null, lastTransitionTime: now, ...extra };
}

export function statusPatch(kp: KubeletPod, hostIP: string, now: string, running: boolean): JsonObject {
  const containers = list(kp.pod, 'spec.containers');
  const names = containers.map((c) => text(c.name));
  const notReady = { reason: 'ContainersNotReady', message: `containers with unready status: [${names.join(' ')}]` };
  const conditions = [
    condition('PodReadyToStartContainers', running ? 'True' : 'False', now),
    condition('Initialized', 'True', now),
    condition('Ready', running ? 'True' : 'False', now, running ? {} : notReady),
    condition('ContainersReady', running ? 'True' : 'False', now, running ? {} : notReady),
  ];
  const containerStatuses = containers.map((c, i): JsonObject => {
    const image = text(c.image);
    const base: JsonObject = {
      name: text(c.name),
      image: running ? normalizeImage(image) : image,
      imageID: running ? (kp.imageRefs[i] ?? '') : '',
      ready: running,
      restartCount: 0,
      started: running,
      lastState: {},
    };
    if (running) {
      base.containerID = `containerd://${kp.containerIds[i] ?? ''}`;
      base.state = { running: { startedAt: kp.startedAt ?? now }, waiting: null };
    } else {
      base.state = { waiting: { reason: 'ContainerCreating' } };
    }
    return base;
  });
  const status: JsonObject = {
    '$setElementOrder/conditions': ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type })),
    conditions,
    containerStatuses,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    phase: running ? 'Running' : 'Pending',
    startTime: str(kp.pod, 'status.startTime') ?? now,
  };
  if (running && kp.podIP) {
    status.podIP = kp.podIP;
    status.podIPs = [{ ip: kp.podIP }];
  }
  return { metadata: { uid: kp.uid }, status };
}

/** containerd reports images fully qualified: `nginx` → `docker.io/library/nginx:latest`. */
export function normalizeImage(image: string): string {
  let name = image;
  const last = name.slice(name.lastIndexOf('/') + 1);
  if (!last.includes(':') && !name.includes('@')) name += ':latest';
  const first = name.split('/')[0] ?? '';
  if (!name.includes('/')) return `docker.io/library/${name}`;
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') return `docker.io/${name}`;
  return name;
}
