// A tiny validation toolkit that reports every problem with its file, line, field and a hint.
import type { Document, LineCounter } from 'yaml';
import type { JsonValue } from '../engine/types';
import type { Said } from '../catalog/said';
import { say, w } from '../catalog/said';
import type { ScenarioError } from './types';
import { closest, fieldName, locate, type Path } from './locate';

export interface Checker {
  errors: ScenarioError[];
  fail(path: Path, message: Said | string, hint: Said | string, atKey?: boolean): void;
  /** Reports unknown keys of a mapping; true when `value` is a mapping at all. */
  object(path: Path, value: JsonValue | undefined, allowed: readonly string[]): value is { [k: string]: JsonValue };
  string(path: Path, value: JsonValue | undefined, hint: Said): value is string;
  stringList(path: Path, value: JsonValue | undefined, hint: Said): value is string[];
}

/** An error with its words in English, and as templates for another language. */
export function problem(at: Pick<ScenarioError, 'file' | 'line' | 'column' | 'field'>, message: Said | string, hint: Said | string): ScenarioError {
  return { ...at, message: say(message), hint: say(hint), said: { message, hint } };
}

export function checker(file: string, doc: Document, lc: LineCounter): Checker {
  const errors: ScenarioError[] = [];
  const fail: Checker['fail'] = (path, message, hint, atKey = false) => {
    const { line, column } = locate(doc, lc, path, atKey);
    errors.push(problem({ file, line, column, field: fieldName(path) || '(document)' }, message, hint));
  };
  const typeName = (v: JsonValue | undefined): Said | string =>
    v === undefined ? w`nothing` : v === null ? 'null' : Array.isArray(v) ? w`a list` : typeof v === 'object' ? w`a mapping` : typeof v === 'string' ? w`a string` : typeof v === 'number' ? w`a number` : w`a boolean`;
  return {
    errors,
    fail,
    object(path, value, allowed): value is { [k: string]: JsonValue } {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(path, w`expected a mapping, found ${typeName(value)}`, w`write ${fieldName(path) || w`the document`} as key: value lines`);
        return false;
      }
      for (const key of Object.keys(value)) {
        if (allowed.includes(key)) continue;
        const guess = closest(key, allowed);
        fail([...path, key], w`unknown field "${key}"`, guess ? w`did you mean "${guess}"?` : w`allowed fields: ${allowed.join(', ')}`, true);
      }
      return true;
    },
    string(path, value, hint): value is string {
      if (typeof value === 'string' && value.trim() !== '') return true;
      fail(path, w`expected a non-empty string, found ${typeName(value)}`, hint);
      return false;
    },
    stringList(path, value, hint): value is string[] {
      if (!Array.isArray(value)) {
        fail(path, w`expected a list, found ${typeName(value)}`, hint);
        return false;
      }
      let ok = true;
      value.forEach((v, i) => {
        if (typeof v !== 'string') {
          fail([...path, i], w`expected a string, found ${typeName(v)}`, hint);
          ok = false;
        }
      });
      return ok;
    },
  };
}
