// One line saying what went over the wire in a step, for the side-by-side view.
import type { Step } from '../../catalog/types';

export function wireLine(step: Step): string {
  if (step.http) return step.http.leg === 'request' ? `${step.http.method} ${step.http.path}` : `${step.http.status} ${step.http.statusText} to ${step.http.method} ${step.http.path}`;
  if (step.etcd) return `etcd ${step.etcd.op} ${step.etcd.key} (revision ${step.etcd.revision})`;
  if (step.watch) return `watch event ${step.watch.type} ${step.watch.key} to ${step.watch.watcher}`;
  if (step.cri) return `CRI ${step.cri.call}`;
  if (step.event) return `Event ${step.event.reason}`;
  return 'nothing on the wire: in-process work';
}
