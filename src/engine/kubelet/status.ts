// The pod status the kubelet's status manager reports (generateAPIPodStatus), as the strategic
// merge patch body it PATCHes to pods/<name>/status with the UID as a precondition.
import type { JsonObject } from '../types';
import { list, obj, str, text } from '../core/json';
import { sortKeys, statusDiff } from './status-diff';
import type { KubeletPod } from '../core/state';

const KUBELET_CONDITIONS = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'];

/** A kubelet-owned condition; lastTransitionTime moves only when the status flips. */
function condition(old: JsonObject[], type: string, status: 'True' | 'False', now: string, extra: JsonObject = {}): JsonObject {
  const before = old.find((c) => c.type === type);
  const since = before && before.status === status ? text(before.lastTransitionTime, now) : now;
  return { type, status, lastProbeTime: null, lastTransitionTime: since, ...extra };
}

/** The status the kubelet wants (generateAPIPodStatus): its conditions first, others (PodScheduled) kept. */
function desiredStatus(kp: KubeletPod, old: JsonObject, hostIP: string, now: string, running: boolean): JsonObject {
  const containers = list(kp.pod, 'spec.containers');
  const names = containers.map((c) => text(c.name));
  const notReady = { reason: 'ContainersNotReady', message: `containers with unready status: [${names.join(' ')}]` };
  const oldConds = list(old, 'conditions');
  const conditions = [
    condition(oldConds, 'PodReadyToStartContainers', running ? 'True' : 'False', now),
    condition(oldConds, 'Initialized', 'True', now),
    condition(oldConds, 'Ready', running ? 'True' : 'False', now, running ? {} : notReady),
    condition(oldConds, 'ContainersReady', running ? 'True' : 'False', now, running ? {} : notReady),
    ...oldConds.filter((c) => !KUBELET_CONDITIONS.includes(text(c.type))),
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
      base.state = { running: { startedAt: kp.startedAt ?? now } };
    } else {
      base.state = { waiting: kp.waiting ? { ...kp.waiting } : { reason: 'ContainerCreating' } };
    }
    return base;
  });
  const status: JsonObject = {
    ...old,
    conditions,
    containerStatuses,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    phase: running ? 'Running' : 'Pending',
    startTime: str(old, 'startTime') ?? now,
  };
  if (running && kp.podIP) {
    status.podIP = kp.podIP;
    status.podIPs = [{ ip: kp.podIP }];
  }
  return status;
}

/** The PATCH body: the UID precondition plus the two-way diff against the status the kubelet last saw. */
export function statusPatch(kp: KubeletPod, hostIP: string, now: string, running: boolean): JsonObject {
  const old = obj(kp.pod, 'status');
  const patch = { metadata: { uid: kp.uid }, status: statusDiff(old, desiredStatus(kp, old, hostIP, now, running)) };
  return sortKeys(patch) as JsonObject;
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
