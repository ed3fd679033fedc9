// kubectl -o yaml output (sigs.k8s.io/yaml over go-yaml v2): keys sorted, lists not indented
// under their key, strings quoted only when they would read as another type. The engine ships
// to the browser, so it prints YAML itself instead of pulling in a YAML library.
import type { JsonValue } from '../types';

const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;
const PLAIN = /^[A-Za-z_/][-A-Za-z0-9_./]*$/;

function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  if (v === '') return '""';
  return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
}

function isEmpty(v: JsonValue): boolean {
  return Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function emit(v: JsonValue, indent: string, out: string[], firstPrefix: string | null): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (typeof item === 'object' && item !== null && !isEmpty(item)) emit(item, `${indent}  `, out, `${indent}- `);
      else out.push(`${indent}- ${inline(item)}`);
    }
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  Object.keys(v).sort().forEach((key, i) => {
    const prefix = i === 0 && firstPrefix !== null ? firstPrefix : indent;
    const child = v[key] as JsonValue;
    const name = scalar(key);
    if (typeof child === 'object' && child !== null && !isEmpty(child)) {
      out.push(`${prefix}${name}:`);
      emit(child, Array.isArray(child) ? indent : `${indent}  `, out, null);
    } else out.push(`${prefix}${name}: ${inline(child)}`);
  });
}

function inline(v: JsonValue): string {
  if (Array.isArray(v)) return '[]';
  if (typeof v === 'object' && v !== null) return '{}';
  return scalar(v);
}

export function toYaml(v: JsonValue): string[] {
  const out: string[] = [];
  emit(v, '', out, null);
  return out;
}
