// Field selectors as the API server evaluates them for watches: `a=b,c!=d` (all terms must hold).
import type { JsonObject } from '../types';
import { str } from '../core/json';

interface Term {
  field: string;
  value: string;
  negate: boolean;
}

/** Selectors come from a few watch registrations: parse each once. */
const PARSED = new Map<string, Term[]>();

function parse(selector: string): Term[] {
  let terms = PARSED.get(selector);
  if (terms) return terms;
  terms = selector.split(',').map((term) => {
    const neq = term.indexOf('!=');
    if (neq >= 0) return { field: term.slice(0, neq), value: term.slice(neq + 2), negate: true };
    const eq = term.indexOf('=');
    return { field: term.slice(0, eq), value: term.slice(eq + 1).replace(/^=/, ''), negate: false };
  });
  PARSED.set(selector, terms);
  return terms;
}

/** The fields a selector reads (none for no selector). */
export function selectorFields(selector: string | undefined): string[] {
  return selector ? parse(selector).map((t) => t.field) : [];
}

/**
 * `memo` caches field values of one object across many watchers' selectors (one etcd event is
 * checked against every kubelet's spec.nodeName selector).
 */
export function matchesFieldSelector(selector: string | undefined, obj: JsonObject | null, memo?: Map<string, string>): boolean {
  if (obj === null) return false;
  if (!selector) return true;
  for (const t of parse(selector)) {
    let actual = memo?.get(t.field);
    if (actual === undefined) {
      actual = str(obj, t.field) ?? '';
      memo?.set(t.field, actual);
    }
    if (t.negate ? actual === t.value : actual !== t.value) return false;
  }
  return true;
}
