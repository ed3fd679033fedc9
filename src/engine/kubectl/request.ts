// The HTTP requests real kubectl sends (checked against kubectl v1.32 with -v=8; the 1.34 client
// sends the same paths and headers).
import type { JsonObject } from '../types';
import type { HttpRequest } from '../core/messages';
import { namespaceFor, type Flags, type KubectlCommand } from './parse';
import { userAgent } from '../version';
import { obj, str } from '../core/json';
import { secretFor } from './secret';
import { replaceFirst } from './replace';

export const USER_AGENT = userAgent('kubectl');

/** Server-side printing: ask for a Table, fall back to the plain list. */
export const TABLE_ACCEPT =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

/** The bare Pod `kubectl run` builds (only a Pod since v1.18, labelled run=NAME). */
export function runPod(name: string, image: string): JsonObject {
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: { name, creationTimestamp: null, labels: { run: name } },
    spec: {
      containers: [{ name, image, resources: {} }],
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
    },
    status: {},
  };
}

export function namespaceOf(manifest: JsonObject): string {
  const md = manifest.metadata;
  const ns = typeof md === 'object' && md !== null && !Array.isArray(md) ? md.namespace : undefined;
  return typeof ns === 'string' && ns !== '' ? ns : 'default';
}

/** The Deployment `kubectl create deployment` builds: label app=NAME, container named after the image. */
export function deploymentFor(name: string, image: string, replicas: number): JsonObject {
  const container = (image.split('/').pop() ?? image).split(/[:@]/)[0] ?? name;
  const labels = { app: name };
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name, creationTimestamp: null, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { creationTimestamp: null, labels }, spec: { containers: [{ name: container, image, resources: {} }] } },
      strategy: {},
    },
    status: {},
  };
}

/**
 * apply --server-side: no read first. One PATCH carries the whole file (JSON is YAML) and the
 * server does the merge; force=false means a field owned by another manager is a 409, not a takeover.
 */
function serverSideApply(manifest: JsonObject, ns: string, name: string, headers: Record<string, string>): HttpRequest {
  const body: JsonObject = { ...manifest, metadata: { ...obj(manifest, 'metadata'), namespace: ns } };
  return { method: 'PATCH', path: `/api/v1/namespaces/${ns}/pods/${name}?fieldManager=kubectl&fieldValidation=Strict&force=false`, headers, body };
}

/** What kubectl asks for: a server-side Table, or the plain object for -o yaml/json. */
function acceptFor(flags: Flags): string {
  return flags.output === 'yaml' || flags.output === 'json' ? 'application/json' : TABLE_ACCEPT;
}

function getPath(command: Extract<KubectlCommand, { verb: 'get' }>): string {
  if (command.resource === 'nodes') return '/api/v1/nodes?limit=500';
  if (command.name) return `/api/v1/namespaces/${namespaceFor(command.flags)}/pods/${command.name}`;
  if (command.flags.allNamespaces) return '/api/v1/pods?limit=500';
  return `/api/v1/namespaces/${namespaceFor(command.flags)}/pods?limit=500`;
}

/** The body of `kubectl auth can-i VERB RESOURCE` (a SelfSubjectAccessReview). */
export function accessReview(command: Extract<KubectlCommand, { verb: 'auth-can-i' }>): JsonObject {
  const attrs: JsonObject = { verb: command.canVerb, resource: command.canResource };
  if (command.canResource !== 'nodes' && command.canResource !== 'namespaces') attrs.namespace = namespaceFor(command.flags);
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec: { resourceAttributes: attrs },
    status: { allowed: false },
  };
}

export function buildRequest(
  command: KubectlCommand,
  session: string,
  files: Record<string, JsonObject>,
): HttpRequest {
  const impersonation: Record<string, string> = {};
  if (command.flags.as) impersonation['Impersonate-User'] = command.flags.as;
  if (command.flags.asGroups.length) impersonation['Impersonate-Group'] = command.flags.asGroups.join(',');
  const headers = (verb: string, extra: Record<string, string>): Record<string, string> => ({
    ...extra,
    ...impersonation,
    'User-Agent': USER_AGENT,
    'Kubectl-Command': `kubectl ${verb}`,
    'Kubectl-Session': session,
  });
  const write = { Accept: 'application/json, */*', 'Content-Type': 'application/json' };
  switch (command.verb) {
    case 'get':
      return { method: 'GET', path: getPath(command), headers: headers('get', { Accept: acceptFor(command.flags) }) };
    case 'run':
      return {
        method: 'POST',
        path: `/api/v1/namespaces/${namespaceFor(command.flags)}/pods?fieldManager=kubectl-run`,
        headers: headers('run', write),
        body: runPod(command.name, command.image),
      };
    case 'create': {
      const body = files[command.file] ?? {};
      const ns = command.flags.namespace ?? namespaceOf(body);
      return {
        method: 'POST',
        path: `/api/v1/namespaces/${ns}/pods?fieldManager=kubectl-create&fieldValidation=Strict`,
        headers: headers('create', write),
        body,
      };
    }
    case 'delete': {
      // kubectl treats --grace-period=0 without --force as 1 (a graceful delete of one second).
      const grace = command.flags.gracePeriod === 0 && !command.flags.force ? 1 : command.flags.gracePeriod;
      const body: JsonObject = grace === undefined ? { propagationPolicy: 'Background' } : { gracePeriodSeconds: grace, propagationPolicy: 'Background' };
      return {
        method: 'DELETE',
        path: `/api/v1/namespaces/${namespaceFor(command.flags)}/pods/${command.name}`,
        headers: headers('delete', { Accept: 'application/json', 'Content-Type': 'application/json' }),
        body,
      };
    }
    case 'create-deployment':
      return {
        method: 'POST',
        path: `/apis/apps/v1/namespaces/${namespaceFor(command.flags)}/deployments?fieldManager=kubectl-create&fieldValidation=Strict`,
        headers: headers('create', write),
        body: deploymentFor(command.name, command.image, command.replicas),
      };
    case 'create-secret':
      return {
        method: 'POST',
        path: `/api/v1/namespaces/${namespaceFor(command.flags)}/secrets?fieldManager=kubectl-create&fieldValidation=Strict`,
        headers: headers('create', write),
        body: secretFor(command.name, command.data),
      };
    case 'scale':
      // Without --current-replicas or --resource-version, kubectl scale is one merge patch of the scale subresource.
      return {
        method: 'PATCH',
        path: `/apis/apps/v1/namespaces/${namespaceFor(command.flags)}/deployments/${command.name}/scale`,
        headers: headers('scale', { Accept: 'application/json, */*', 'Content-Type': 'application/merge-patch+json' }),
        body: { spec: { replicas: command.replicas } },
      };
    case 'logs':
      return { method: 'GET', path: `/api/v1/namespaces/${namespaceFor(command.flags)}/pods/${command.name}/log`, headers: headers('logs', { Accept: 'application/json, */*' }) };
    case 'exec': {
      // kubectl has used WebSockets for exec since v1.31: a GET that asks to upgrade the connection.
      const query = [...command.command.map((c) => `command=${encodeURIComponent(c)}`), 'stderr=true', 'stdout=true'].join('&');
      return {
        method: 'GET',
        path: `/api/v1/namespaces/${namespaceFor(command.flags)}/pods/${command.name}/exec?${query}`,
        headers: headers('exec', { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-Websocket-Protocol': 'v5.channel.k8s.io' }),
      };
    }
    case 'cordon':
    case 'uncordon':
    case 'taint':
      // The Node is read first; the PATCH follows from what it holds (kubectl/node-patch.ts).
      return { method: 'GET', path: `/api/v1/nodes/${command.node}`, headers: headers(command.verb, { Accept: 'application/json' }) };
    case 'apply': {
      // Client-side apply reads the live object first; what follows depends on the answer (kubectl/apply.ts).
      const manifest = files[command.file] ?? {};
      const name = str(manifest, 'metadata.name') ?? '';
      const ns = command.flags.namespace ?? namespaceOf(manifest);
      if (command.flags.serverSide) return serverSideApply(manifest, ns, name, headers('apply', { Accept: 'application/json', 'Content-Type': 'application/apply-patch+yaml' }));
      return { method: 'GET', path: `/api/v1/namespaces/${ns}/pods/${name}`, headers: headers('apply', { Accept: 'application/json' }) };
    }
    case 'replace': {
      // A PUT of the file, or first a GET for the resourceVersion it lacks (kubectl/replace.ts).
      const manifest = files[command.file] ?? {};
      return replaceFirst(manifest, command.flags.namespace ?? namespaceOf(manifest), headers('replace', {}));
    }
    case 'describe':
      // The resource builder's GET; the pod describer then reads the pod again and its events (kubectl/describe.ts).
      return { method: 'GET', path: `/api/v1/namespaces/${namespaceFor(command.flags)}/pods/${command.name}`, headers: headers('describe', { Accept: 'application/json' }) };
    case 'auth-can-i':
      return {
        method: 'POST',
        path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
        headers: headers('auth can-i', write),
        body: accessReview(command),
      };
  }
}

/**
 * The watch kubectl opens after its first answer: get -w watches the listed pods from the list's
 * resourceVersion (each event as a Table row); delete waits on the one pod until it is DELETED.
 */
export function watchRequest(command: KubectlCommand, session: string, resourceVersion: string): HttpRequest | null {
  const base = { 'User-Agent': USER_AGENT, 'Kubectl-Session': session };
  if (command.verb === 'get' && command.flags.watch) {
    const collection = command.flags.allNamespaces ? '/api/v1/pods' : `/api/v1/namespaces/${namespaceFor(command.flags)}/pods`;
    return { method: 'GET', path: `${collection}?resourceVersion=${resourceVersion}&watch=true`, headers: { Accept: TABLE_ACCEPT, ...base, 'Kubectl-Command': 'kubectl get' } };
  }
  if (command.verb === 'delete' && !command.flags.noWait && !command.flags.force) {
    const path = `/api/v1/namespaces/${namespaceFor(command.flags)}/pods?fieldSelector=metadata.name%3D${command.name}&resourceVersion=${resourceVersion}&watch=true`;
    return { method: 'GET', path, headers: { Accept: 'application/json', ...base, 'Kubectl-Command': 'kubectl delete' } };
  }
  return null;
}
