// ValidateCreate for a Pod: the causes a 422 Invalid lists (reference C7).
import type { JsonObject } from '../../types';
import { isObject, list, str } from '../../core/json';

export interface Cause {
  reason: string;
  message: string;
  field: string;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

export function validatePod(pod: JsonObject): Cause[] {
  const causes: Cause[] = [];
  const name = str(pod, 'metadata.name') ?? '';
  if (name === '') causes.push({ reason: 'FieldValueRequired', message: 'Required value: name or generateName is required', field: 'metadata.name' });
  else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: "${name}": ${SUBDOMAIN_MSG}`, field: 'metadata.name' });
  }
  const containers = list(pod, 'spec.containers');
  if (containers.length === 0) causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers' });
  containers.forEach((c, i) => {
    const cname = typeof c.name === 'string' ? c.name : '';
    if (!DNS1123_LABEL.test(cname) || cname.length > 63) {
      causes.push({ reason: 'FieldValueInvalid', message: `Invalid value: "${cname}": ${LABEL_MSG}`, field: `spec.containers[${i}].name` });
    }
    if (typeof c.image !== 'string' || c.image.trim() === '') {
      causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `spec.containers[${i}].image` });
    }
  });
  if (!isObject(pod.spec)) causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec' });
  return causes;
}

/** The Status message for a 422: `Pod "x" is invalid: field: message, …`. */
export function invalidMessage(kind: string, name: string, causes: Cause[]): string {
  const parts = causes.map((c) => `${c.field}: ${c.message}`);
  return `${kind} "${name}" is invalid: ${parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`}`;
}
