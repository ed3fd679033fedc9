// A tiny YAML writer for display only (the `yaml` package never ships to the browser). Output is
// valid YAML for JSON values; strings that YAML would misread are double-quoted.
import type { JsonValue } from '../../engine/types';

const PLAIN = /^[A-Za-z0-9_./@(][A-Za-z0-9_./@()+=,%~\- ]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|~|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan)$/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (value === '' || !PLAIN.test(value) || RESERVED.test(value) || value.endsWith(' ')) return JSON.stringify(value);
  return value;
}

function key(k: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function isScalar(v: JsonValue): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

function isEmpty(v: JsonValue): boolean {
  return typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
}

function inline(v: JsonValue): string {
  if (isScalar(v)) return scalar(v);
  return Array.isArray(v) ? '[]' : '{}';
}

function lines(value: JsonValue, pad: string): string[] {
  if (isScalar(value) || isEmpty(value)) return [pad + inline(value)];
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isScalar(item) || isEmpty(item)) return [`${pad}- ${inline(item)}`];
      const inner = lines(item, `${pad}  `);
      const [head = '', ...rest] = inner;
      return [`${pad}- ${head.slice(pad.length + 2)}`, ...rest];
    });
  }
  return Object.entries(value).flatMap(([k, v]) => {
    if (isScalar(v) || isEmpty(v)) return [`${pad}${key(k)}: ${inline(v)}`];
    // Sequences under a key stay at the key's indentation, as kubectl prints them.
    const childPad = Array.isArray(v) ? pad : `${pad}  `;
    return [`${pad}${key(k)}:`, ...lines(v, childPad)];
  });
}

export function toYaml(value: JsonValue): string {
  return lines(value, '').join('\n');
}
