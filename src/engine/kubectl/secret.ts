// kubectl create secret generic NAME --from-literal=KEY=VALUE…: kubectl builds the Secret itself
// (data base64-encoded, no type: the API server defaults it to Opaque) and POSTs it.
import type { JsonObject } from '../types';
import type { Flags } from './flags';
import { base64, utf8 } from '../core/bytes';
import { w, type Said } from '../core/said';

export type SecretParse = { ok: true; name: string; data: Record<string, string> } | { ok: false; error: Said };

// validation.IsConfigMapKey: the rule kubectl checks each key against before sending anything.
const KEY = /^[-._a-zA-Z0-9]+$/;

export function parseCreateSecret(rest: string[], flags: Flags): SecretParse {
  const [type, name, extra] = rest;
  if (type !== 'generic') return { ok: false, error: w`unsupported secret type "${type ?? ''}" (kubewalk models create secret generic)` };
  if (!name || extra) return { ok: false, error: w`exactly one NAME is required, got ${rest.length - 1}` };
  const data: Record<string, string> = {};
  for (const literal of flags.fromLiterals ?? []) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return { ok: false, error: w`invalid literal source ${literal}, expected key=value` };
    const key = literal.slice(0, eq);
    if (!KEY.test(key) || key === '.' || key === '..') return { ok: false, error: w`"${key}" is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.'` };
    if (key in data) return { ok: false, error: w`cannot add key ${key}, another key by that name already exists in Data for Secret "${name}"` };
    data[key] = base64(utf8(literal.slice(eq + 1)));
  }
  return { ok: true, name, data };
}

/** The body kubectl sends: the values are base64 in JSON, the API's encoding, not encryption. */
export function secretFor(name: string, data: Record<string, string>): JsonObject {
  return { kind: 'Secret', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, data };
}
