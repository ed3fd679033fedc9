// A tiny validation toolkit that reports every problem with its file, line, field and a hint.
import type { Document, LineCounter } from 'yaml';
import type { JsonValue } from '../engine/types';
import type { ScenarioError } from './types';
import { closest, fieldName, locate, type Path } from './locate';

export interface Checker {
  errors: ScenarioError[];
  fail(path: Path, message: string, hint: string, atKey?: boolean): void;
  /** Reports unknown keys of a mapping; true when `value` is a mapping at all. */
  object(path: Path, value: JsonValue | undefined, allowed: readonly string[]): value is { [k: string]: JsonValue };
  string(path: Path, value: JsonValue | undefined, hint: string): value is string;
  stringList(path: Path, value: JsonValue | undefined, hint: string): value is string[];
}

export function checker(file: string, doc: Document, lc: LineCounter): Checker {
  const errors: ScenarioError[] = [];
  const fail: Checker['fail'] = (path, message, hint, atKey = false) => {
    const { line, column } = locate(doc, lc, path, atKey);
    errors.push({ file, line, column, field: fieldName(path) || '(document)', message, hint });
  };
  const typeName = (v: JsonValue | undefined): string =>
    v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;
  return {
    errors,
    fail,
    object(path, value, allowed): value is { [k: string]: JsonValue } {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(path, `expected a mapping, found ${typeName(value)}`, `write ${fieldName(path) || 'the document'} as key: value lines`);
        return false;
      }
      for (const key of Object.keys(value)) {
        if (allowed.includes(key)) continue;
        const guess = closest(key, allowed);
        fail([...path, key], `unknown field "${key}"`, guess ? `did you mean "${guess}"?` : `allowed fields: ${allowed.join(', ')}`, true);
      }
      return true;
    },
    string(path, value, hint): value is string {
      if (typeof value === 'string' && value.trim() !== '') return true;
      fail(path, `expected a non-empty string, found ${typeName(value)}`, hint);
      return false;
    },
    stringList(path, value, hint): value is string[] {
      if (!Array.isArray(value)) {
        fail(path, `expected a list, found ${typeName(value)}`, hint);
        return false;
      }
      let ok = true;
      value.forEach((v, i) => {
        if (typeof v !== 'string') {
          fail([...path, i], `expected a string, found ${typeName(v)}`, hint);
          ok = false;
        }
      });
      return ok;
    },
  };
}
