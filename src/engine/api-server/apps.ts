// apps/v1 objects the model stores: Deployments and ReplicaSets, with the defaults their
// SetDefaults_* functions fill in while decoding.
import type { JsonObject } from '../types';
import { isObject, obj, text } from '../core/json';

export const APPS = ['deployments', 'replicasets'];

export const RESOURCE_OF_KIND: Record<string, string> = { Pod: 'pods', Event: 'events', Deployment: 'deployments', ReplicaSet: 'replicasets', Secret: 'secrets' };

function defaultTemplate(template: JsonObject): JsonObject {
  const spec = obj(template, 'spec');
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  return {
    ...template,
    spec: {
      ...spec,
      containers: containers.map((c) => (isObject(c) ? { terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: text(c.image).includes(':') ? 'IfNotPresent' : 'Always', ...c } : c)),
      restartPolicy: spec.restartPolicy ?? 'Always',
      terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
      dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
      securityContext: spec.securityContext ?? {},
      schedulerName: spec.schedulerName ?? 'default-scheduler',
    },
  };
}

export function defaultApps(body: JsonObject): { pod: JsonObject; changes: string[] } {
  const spec = obj(body, 'spec');
  const changes: string[] = [];
  const out: JsonObject = { ...spec, template: defaultTemplate(obj(spec, 'template')) };
  const set = (field: string, value: JsonObject | number): void => {
    const current = spec[field];
    if (current === undefined || (isObject(current) && Object.keys(current).length === 0)) {
      out[field] = value;
      changes.push(`spec.${field}`);
    }
  };
  set('replicas', 1);
  set('revisionHistoryLimit', 10);
  if (body.kind === 'Deployment') {
    set('strategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    set('progressDeadlineSeconds', 600);
  } else delete out.revisionHistoryLimit;
  return { pod: { ...body, spec: out }, changes };
}
