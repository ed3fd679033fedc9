// kubectl replace -f (resource.Helper.Replace): a PUT of the whole object from the file. If the
// file carries metadata.resourceVersion it is sent as is, so the API server refuses it with 409 if
// the object changed since; if not, kubectl first GETs the live object only to copy its
// resourceVersion, and the PUT then overwrites whatever changed in between.
import type { JsonObject } from '../types';
import type { Exchange, HttpRequest } from '../core/messages';
import { obj, str } from '../core/json';
import { w, type Said } from '../core/said';
import type { KubectlCommand } from './parse';

export type ReplaceCommand = Extract<KubectlCommand, { verb: 'replace' }>;

/** Only Deployments are modelled: their PUT has no immutable spec fields the engine would have to check. */
export function replaceProblem(manifest: JsonObject): Said | null {
  if (manifest.kind === 'Deployment' && manifest.apiVersion === 'apps/v1' && str(manifest, 'metadata.name')) return null;
  return w`replace is modelled for Deployment manifests (apiVersion apps/v1, kind Deployment, metadata.name); this file is a ${str(manifest, 'kind') ?? w`manifest without a kind`}`;
}

function objectPath(manifest: JsonObject, ns: string): string {
  return `/apis/apps/v1/namespaces/${ns}/deployments/${str(manifest, 'metadata.name') ?? ''}`;
}

/** The resource builder sets the namespace on the object before it is sent. */
function put(manifest: JsonObject, ns: string, headers: Record<string, string>): HttpRequest {
  const body: JsonObject = { ...manifest, metadata: { ...obj(manifest, 'metadata'), namespace: ns } };
  return { method: 'PUT', path: `${objectPath(manifest, ns)}?fieldManager=kubectl-replace&fieldValidation=Strict`, headers: { ...headers, Accept: 'application/json', 'Content-Type': 'application/json' }, body };
}

/** The first request: the PUT when the file has a resourceVersion, else the GET that fetches one. */
export function replaceFirst(manifest: JsonObject, ns: string, headers: Record<string, string>): HttpRequest {
  if (str(manifest, 'metadata.resourceVersion')) return put(manifest, ns, headers);
  return { method: 'GET', path: objectPath(manifest, ns), headers: { ...headers, Accept: 'application/json' } };
}

export function replaceReadsFirst(manifest: JsonObject): boolean {
  return !str(manifest, 'metadata.resourceVersion');
}

/** After the GET: copy the live resourceVersion into the object; if the GET failed, PUT it as it is. */
export function replaceAfterRead(exchange: Exchange, status: number, live: JsonObject, manifest: JsonObject, ns: string): HttpRequest {
  const { Authorization: _auth, ...headers } = exchange.request.headers;
  const rv = status < 400 ? str(live, 'metadata.resourceVersion') : undefined;
  const versioned = rv ? { ...manifest, metadata: { ...obj(manifest, 'metadata'), resourceVersion: rv } } : manifest;
  return put(versioned, ns, headers);
}
