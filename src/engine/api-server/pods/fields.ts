// The fields a v1 Pod may have, for field validation while decoding: unknown fields fail the
// request with fieldValidation=Strict (kubectl create's default) and become warnings with Warn.
import type { JsonValue } from '../../types';
import { isObject } from '../../core/json';

/** A field is a leaf (not checked further), a nested object, or a list of objects. */
type Rule = 'leaf' | { object: Schema } | { listOf: Schema };
type Schema = { [field: string]: Rule };

const CONTAINER: Schema = Object.fromEntries(
  ['args', 'command', 'env', 'envFrom', 'image', 'imagePullPolicy', 'lifecycle', 'livenessProbe', 'name', 'ports', 'readinessProbe', 'resizePolicy', 'resources', 'restartPolicy', 'securityContext', 'startupProbe', 'stdin', 'stdinOnce', 'terminationMessagePath', 'terminationMessagePolicy', 'tty', 'volumeDevices', 'volumeMounts', 'workingDir'].map((f): [string, Rule] => [f, 'leaf']),
);

const METADATA: Schema = Object.fromEntries(
  ['annotations', 'creationTimestamp', 'deletionGracePeriodSeconds', 'deletionTimestamp', 'finalizers', 'generateName', 'generation', 'labels', 'managedFields', 'name', 'namespace', 'ownerReferences', 'resourceVersion', 'selfLink', 'uid'].map((f): [string, Rule] => [f, 'leaf']),
);

const SPEC: Schema = {
  ...Object.fromEntries(
    ['activeDeadlineSeconds', 'affinity', 'automountServiceAccountToken', 'dnsConfig', 'dnsPolicy', 'enableServiceLinks', 'ephemeralContainers', 'hostAliases', 'hostIPC', 'hostNetwork', 'hostPID', 'hostUsers', 'hostname', 'imagePullSecrets', 'nodeName', 'nodeSelector', 'os', 'overhead', 'preemptionPolicy', 'priority', 'priorityClassName', 'readinessGates', 'resourceClaims', 'resources', 'restartPolicy', 'runtimeClassName', 'schedulerName', 'schedulingGates', 'securityContext', 'serviceAccount', 'serviceAccountName', 'setHostnameAsFQDN', 'shareProcessNamespace', 'subdomain', 'terminationGracePeriodSeconds', 'tolerations', 'topologySpreadConstraints', 'volumes'].map((f): [string, Rule] => [f, 'leaf']),
  ),
  containers: { listOf: CONTAINER },
  initContainers: { listOf: CONTAINER },
};

const POD: Schema = { apiVersion: 'leaf', kind: 'leaf', metadata: { object: METADATA }, spec: { object: SPEC }, status: 'leaf' };

/** Paths of fields a v1 Pod does not have, as the API server names them. */
export function unknownPodFields(value: JsonValue): string[] {
  const out: string[] = [];
  walk(value, POD, '', out);
  return out;
}

function walk(value: JsonValue, schema: Schema, path: string, out: string[]): void {
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const rule = schema[key];
    if (rule === undefined) out.push(here);
    else if (rule === 'leaf') continue;
    else if ('object' in rule) walk(child, rule.object, here, out);
    else if (Array.isArray(child)) child.forEach((item, i) => walk(item, rule.listOf, `${here}[${i}]`, out));
  }
}
