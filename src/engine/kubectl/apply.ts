// kubectl apply -f (client-side): GET the object; if it is absent, POST it carrying the
// last-applied-configuration annotation; if present, a three-way diff of last-applied (original),
// the file (modified) and the live object (current) becomes one strategic merge PATCH, or nothing.
import type { JsonObject, JsonValue } from '../types';
import type { Exchange, HttpRequest } from '../core/messages';
import { isObject, obj, str } from '../core/json';
import type { KubectlCommand } from './parse';
import { namespaceOf } from './request';

export type ApplyCommand = Extract<KubectlCommand, { verb: 'apply' }>;

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MANAGER = 'kubectl-client-side-apply';

/** Go marshals maps with sorted keys; so do the annotation and the patch. */
function sorted(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sorted);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) out[k] = sorted(v[k] as JsonValue);
  return out;
}

/** The file as kubectl sends it: namespace filled in, and itself (as JSON) in the annotation. */
export function withLastApplied(manifest: JsonObject, namespace: string): JsonObject {
  const md = obj(manifest, 'metadata');
  const { [LAST_APPLIED]: _old, ...annotations } = obj(md, 'annotations');
  const bare: JsonObject = { ...manifest, metadata: { ...md, annotations, namespace } };
  const annotation = `${JSON.stringify(sorted(bare))}\n`;
  return { ...bare, metadata: { ...obj(bare, 'metadata'), annotations: { ...annotations, [LAST_APPLIED]: annotation } } };
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Lists whose elements have a name merge by it (containers, volumes, env); other lists are atomic. */
function named(v: JsonValue | undefined): v is JsonObject[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e) && typeof e.name === 'string');
}

function byName(list: JsonValue | undefined, name: JsonValue | undefined): JsonObject {
  const found = Array.isArray(list) ? list.find((e) => isObject(e) && e.name === name) : undefined;
  return isObject(found) ? found : {};
}

/** Element-wise diff of a named list; null when nothing changed. Removing an element is not modelled. */
function listPatch(original: JsonValue | undefined, modified: JsonObject[], current: JsonObject[]): JsonObject[] | null {
  const changes = modified.flatMap((m) => {
    const c = byName(current, m.name);
    if (Object.keys(c).length === 0) return [m];
    const sub = threeWayPatch(byName(original, m.name), m, c);
    return Object.keys(sub).length ? [{ ...sub, name: m.name ?? '' }] : [];
  });
  return changes.length ? changes : null;
}

/** Changes from current to modified, plus null for what was in original and is gone from modified. */
export function threeWayPatch(original: JsonObject, modified: JsonObject, current: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [k, m] of Object.entries(modified)) {
    const c = current[k];
    if (isObject(m) && isObject(c)) {
      const sub = threeWayPatch(isObject(original[k]) ? original[k] : {}, m, c);
      if (Object.keys(sub).length) patch[k] = sub;
    } else if (named(m) && named(c)) {
      const changes = listPatch(original[k], m, c);
      if (changes) {
        patch[`$setElementOrder/${k}`] = m.map((e) => ({ name: e.name ?? '' }));
        patch[k] = changes;
      }
    } else if (!same(m, c)) {
      patch[k] = m;
    }
  }
  for (const k of Object.keys(original)) if (!(k in modified) && k in current) patch[k] = null;
  return sorted(patch) as JsonObject;
}

function headers(exchange: Exchange, contentType: string): Record<string, string> {
  const { Authorization: _auth, ...h } = exchange.request.headers;
  return { ...h, Accept: 'application/json', 'Content-Type': contentType };
}

/** What follows the GET: the create, the patch, or "unchanged". */
export function applyNext(command: ApplyCommand, exchange: Exchange, status: number, live: JsonObject, manifest: JsonObject): { request: HttpRequest; key: string } | { lines: string[] } {
  const ns = command.flags.namespace ?? namespaceOf(manifest);
  const name = str(manifest, 'metadata.name') ?? '';
  const modified = withLastApplied(manifest, ns);
  const query = `fieldManager=${MANAGER}&fieldValidation=Strict`;
  if (status === 404) {
    return { request: { method: 'POST', path: `/api/v1/namespaces/${ns}/pods?${query}`, headers: headers(exchange, 'application/json'), body: modified }, key: 'kubectl.request.POST.apply' };
  }
  // The annotation's key has dots in it: read it from the map, not by a dotted path.
  const previous = obj(live, 'metadata.annotations')[LAST_APPLIED];
  const original = typeof previous === 'string' && previous ? (JSON.parse(previous) as JsonObject) : {};
  const patch = threeWayPatch(original, modified, live);
  if (Object.keys(patch).length === 0) return { lines: [`pod/${name} unchanged`] };
  return { request: { method: 'PATCH', path: `/api/v1/namespaces/${ns}/pods/${name}?${query}`, headers: headers(exchange, 'application/strategic-merge-patch+json'), body: patch }, key: 'kubectl.request.PATCH.apply' };
}
