// One line saying what went over the wire in a step, for the side-by-side view.
import type { Step } from '../../catalog/types';
import { t } from '../../store/lang';

export function wireLine(step: Step): string {
  if (step.http) return step.http.leg === 'request' ? `${step.http.method} ${step.http.path}` : t('wire.response', { status: step.http.status, statusText: step.http.statusText, method: step.http.method, path: step.http.path });
  if (step.etcd) return t('wire.etcd', { op: step.etcd.op, key: step.etcd.key, revision: step.etcd.revision });
  if (step.watch) return t('wire.watch', { type: step.watch.type, key: step.watch.key, watcher: step.watch.watcher });
  if (step.cri) return `CRI ${step.cri.call}`;
  if (step.event) return `Event ${step.event.reason}`;
  return t('wire.none');
}
