// SetDefaults_Pod and friends: run while the body is decoded (reference A2 step 4).
import type { JsonObject } from '../../types';
import { extend, isObject } from '../../core/json';

export interface Defaulted {
  pod: JsonObject;
  /** Each field the defaulter filled, as `path: value`. */
  changes: string[];
}

/** `nginx` and `nginx:latest` are pulled Always; a pinned tag or digest IfNotPresent. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.lastIndexOf(':');
  const tag = colon >= 0 ? lastPart.slice(colon + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

export function defaultPod(input: JsonObject): Defaulted {
  const changes: string[] = [];
  // Copies that get keys added: extend() keeps their hidden classes shared (see core/json.ts).
  const spec: JsonObject = isObject(input.spec) ? extend({}, input.spec) : {};
  const set = (target: JsonObject, field: string, value: JsonObject[string], path: string): void => {
    if (target[field] === undefined) {
      target[field] = value;
      changes.push(`${path}: ${JSON.stringify(value)}`);
    }
  };
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  spec.containers = containers.map((c, i) => {
    if (!isObject(c)) return c;
    const out: JsonObject = extend({}, c);
    const p = `spec.containers[${i}]`;
    set(out, 'resources', {}, `${p}.resources`);
    set(out, 'terminationMessagePath', '/dev/termination-log', `${p}.terminationMessagePath`);
    set(out, 'terminationMessagePolicy', 'File', `${p}.terminationMessagePolicy`);
    set(out, 'imagePullPolicy', defaultPullPolicy(typeof c.image === 'string' ? c.image : ''), `${p}.imagePullPolicy`);
    return out;
  });
  set(spec, 'restartPolicy', 'Always', 'spec.restartPolicy');
  set(spec, 'terminationGracePeriodSeconds', 30, 'spec.terminationGracePeriodSeconds');
  set(spec, 'dnsPolicy', 'ClusterFirst', 'spec.dnsPolicy');
  set(spec, 'securityContext', {}, 'spec.securityContext');
  set(spec, 'schedulerName', 'default-scheduler', 'spec.schedulerName');
  set(spec, 'enableServiceLinks', true, 'spec.enableServiceLinks');
  return { pod: { ...input, spec }, changes };
}
