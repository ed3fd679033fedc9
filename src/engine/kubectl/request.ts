// The HTTP requests real kubectl sends (checked against kubectl v1.32 with -v=8; the 1.34 client
// sends the same paths and headers).
import type { JsonObject } from '../types';
import type { HttpRequest } from '../core/messages';
import type { KubectlCommand } from './parse';
import { userAgent } from '../version';

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

export function buildRequest(
  command: KubectlCommand,
  session: string,
  files: Record<string, JsonObject>,
): HttpRequest {
  const headers = (verb: string, extra: Record<string, string>): Record<string, string> => ({
    ...extra,
    'User-Agent': USER_AGENT,
    'Kubectl-Command': `kubectl ${verb}`,
    'Kubectl-Session': session,
  });
  switch (command.verb) {
    case 'get': {
      const path = command.resource === 'nodes' ? '/api/v1/nodes?limit=500' : '/api/v1/namespaces/default/pods?limit=500';
      return { method: 'GET', path, headers: headers('get', { Accept: TABLE_ACCEPT }) };
    }
    case 'run':
      return {
        method: 'POST',
        path: '/api/v1/namespaces/default/pods?fieldManager=kubectl-run',
        headers: headers('run', { Accept: 'application/json, */*', 'Content-Type': 'application/json' }),
        body: runPod(command.name, command.image),
      };
    case 'create': {
      const body = files[command.file] ?? {};
      return {
        method: 'POST',
        path: `/api/v1/namespaces/${namespaceOf(body)}/pods?fieldManager=kubectl-create&fieldValidation=Strict`,
        headers: headers('create', { Accept: 'application/json, */*', 'Content-Type': 'application/json' }),
        body,
      };
    }
  }
}
