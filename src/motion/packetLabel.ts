// What the travelling packet says, derived from the step's payload: `GET /api/v1/nodes`,
// `POST …/binding`, `201 Created`, `ADDED pod`, `RunPodSandbox`, `Txn put`.
import type { Step } from '../catalog/types';

const MAX_PATH = 24;

function shortPath(path: string): string {
  const bare = path.split('?')[0] ?? path;
  if (bare.length <= MAX_PATH) return bare;
  const last = bare.slice(bare.lastIndexOf('/') + 1);
  return `…/${last}`;
}

function singular(resource: string): string {
  return resource.endsWith('s') ? resource.slice(0, -1) : resource;
}

/** The packet's label, or null when the step sends nothing between components. */
export function packetLabel(step: Step): string | null {
  if (step.from === step.to) return null;
  if (step.http) {
    const { http } = step;
    return http.leg === 'request' ? `${http.method} ${shortPath(http.path)}` : `${http.status} ${http.statusText}`;
  }
  if (step.watch) {
    const kind = step.watch.object.kind;
    const noun = typeof kind === 'string' ? kind.toLowerCase() : singular(step.watch.resource);
    return `${step.watch.type} ${noun}`;
  }
  if (step.cri) return step.cri.call;
  if (step.etcd) return step.etcd.then ? `${step.etcd.op} ${step.etcd.then.toLowerCase()}` : step.etcd.op;
  if (step.event) return `Event ${step.event.reason}`;
  return null;
}

/** How long a packet travels: most of the time a step is on screen, so it lands before the next. */
export function travelSeconds(stepMs: number): number {
  return Math.min(1.1, (stepMs * 0.55) / 1000);
}
