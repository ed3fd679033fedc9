// Test support for the property tests (*.properties.test.ts): random command sequences over every
// command kubectl supports in the engine, run as one of the identities a learner can switch to.
// Samples share names (web, nginx, app) so that commands meet: a delete finds the pod a run made,
// a scale (up or down) finds the Deployment, a replace finds it changed.
import fc from 'fast-check';
import type { ClusterSpec, JsonObject, Trace } from './types';
import { defaultCluster } from './cluster/default';
import { USER_PRESETS, withUser, type UserPreset } from './cluster/users';
import { run } from './testing';

const pod = (name: string, image: string, labels: Record<string, string> = { app: name }): JsonObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels },
  spec: { containers: [{ name, image }] },
});

const deployment = (replicas: number, resourceVersion?: string): JsonObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'app', labels: { app: 'app' }, ...(resourceVersion ? { resourceVersion } : {}) },
  spec: { replicas, selector: { matchLabels: { app: 'app' } }, template: { metadata: { labels: { app: 'app' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
});

export const FILES: Record<string, JsonObject> = {
  'pod.yaml': pod('web', 'nginx:1.27'),
  'web-v2.yaml': pod('web', 'nginx:1.27', { app: 'web', tier: 'frontend' }),
  // resourceVersion 1 is long gone by the time any Deployment exists: always a 409.
  'app-stale.yaml': deployment(1, '1'),
  'app.yaml': deployment(1),
};

const NAMES = ['web', 'nginx'];

const reads = fc.constantFrom(
  'kubectl get nodes',
  'kubectl get pods',
  'kubectl get pods -o wide',
  'kubectl get pods -A',
  'kubectl get pods -n kube-system',
  'kubectl get pods -o json',
  'kubectl get pods -w',
  'kubectl get pods -A -w',
  'kubectl auth can-i create pods',
  'kubectl auth can-i list nodes',
);

const podReads = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom('get pod {} ', 'get pod {} -o yaml', 'describe pod {}', 'logs {}', 'exec {} -- ls /'))
  .map(([name, form]) => `kubectl ${form.replace('{}', name).trim()}`);

const writes = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('nginx', 'nginx:1.27', 'postgres:99')).map(([n, i]) => `kubectl run ${n} --image=${i}`),
  fc.constantFrom('kubectl create -f pod.yaml', 'kubectl apply -f pod.yaml', 'kubectl apply -f web-v2.yaml', 'kubectl apply -f pod.yaml --server-side'),
  fc.constantFrom(
    'kubectl create deployment app --image=nginx --replicas=2',
    'kubectl scale deployment app --replicas=3',
    'kubectl scale deployment app --replicas=1',
    'kubectl scale deployment app --replicas=0',
    'kubectl replace -f app-stale.yaml',
    'kubectl replace -f app.yaml',
    'kubectl create secret generic creds --from-literal=user=admin',
  ),
  fc.constantFrom(
    'kubectl cordon node-1',
    'kubectl uncordon node-1',
    'kubectl taint nodes node-2 dedicated=db:NoSchedule',
    'kubectl taint nodes node-2 dedicated=db:NoSchedule-',
    'kubectl taint nodes node-1 evict=now:NoExecute',
  ),
);

const deletes = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('', ' --grace-period=0 --force', ' --wait=false', ' --now')).map(([n, f]) => `kubectl delete pod ${n}${f}`);

/** One command, sometimes impersonating a user (--as) the way an admin checks another's access. */
const command = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: writes }, { weight: 2, arbitrary: deletes }, { weight: 1, arbitrary: reads }, { weight: 1, arbitrary: podReads }),
    fc.constantFrom('', '', '', '', '', '', '', '', ' --as=jane', ' --as=system:serviceaccount:default:ci-bot'),
  )
  .map(([line, as]) => `${line}${as}`);

export interface Sample {
  user: UserPreset;
  commands: string[];
}

/**
 * Mostly the admin, and often a first command that makes something for the others to meet. No
 * bias: fast-check's bias towards the first alternatives would leave deletes and taints untried.
 */
export const sample: fc.Arbitrary<Sample> = fc.noBias(fc.record({
  user: fc.oneof({ weight: 6, arbitrary: fc.constant<UserPreset>('admin') }, { weight: 1, arbitrary: fc.constantFrom(...USER_PRESETS) }),
  commands: fc
    .tuple(fc.constantFrom(['kubectl run web --image=nginx'], ['kubectl create deployment app --image=nginx --replicas=2'], ['kubectl create deployment app --image=nginx --replicas=3', 'kubectl scale deployment app --replicas=1'], ['kubectl get pods -w', 'kubectl run nginx --image=nginx'], ['kubectl run web --image=postgres:99', 'kubectl get pods -A -w'], []), fc.array(command, { minLength: 1, maxLength: 5 }))
    .map(([setup, rest]) => [...setup, ...rest]),
}));

export function clusterFor(user: UserPreset): ClusterSpec {
  return withUser({ ...defaultCluster(), unpullableImages: ['postgres:99'] }, user);
}

export function simulateSample(s: Sample): Trace {
  return run(s.commands, { cluster: clusterFor(s.user), files: FILES });
}

/** The properties of one file see the same samples (same seed): simulate each once. */
export function cachedSimulator(): (s: Sample) => Trace {
  const cache = new Map<string, Trace>();
  return (s) => {
    const key = JSON.stringify(s);
    let t = cache.get(key);
    if (!t) {
      t = simulateSample(s);
      cache.set(key, t);
    }
    return t;
  };
}

/**
 * The steps whose state may differ from the step before: pods and etcd rows are views of etcd, so
 * they change only with the revision. Reading `state.pods` on these alone keeps the checks cheap.
 */
export function stateChanges(t: Trace): Trace['steps'] {
  return t.steps.filter((s, i) => i === 0 || s.state.revision !== t.steps[i - 1]?.state.revision);
}
