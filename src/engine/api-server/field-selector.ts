// Field selectors as the API server evaluates them for watches: `a=b,c!=d` (all terms must hold).
import type { JsonObject } from '../types';
import { str } from '../core/json';

export function matchesFieldSelector(selector: string | undefined, obj: JsonObject | null): boolean {
  if (obj === null) return false;
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const neq = term.indexOf('!=');
    const [field, value, negate] =
      neq >= 0 ? [term.slice(0, neq), term.slice(neq + 2), true] : [term.slice(0, term.indexOf('=')), term.slice(term.indexOf('=') + 1).replace(/^=/, ''), false];
    const actual = str(obj, field) ?? '';
    return negate ? actual !== value : actual === value;
  });
}
